/**
 * i18n of the verifier's check sentences: each check's sentence comes from the catalogue
 * (`verify.checkMessages` by check id and outcome, `verify.codeMessages` by code), made from the
 * check's details (algorithm, issuer, status purpose, dates), not the engine's English `message`.
 * A check the catalogue does not know keeps the engine's sentence. Real engine, real HTTP from the
 * sample issuer on the wtr server.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/badge-verify.js';
import type { BadgeVerifiedEvent, BadgeVerify } from '../../src/badge-verify.js';
import type { VerificationCheck, VerificationReport } from '../../src/core/types.js';
import { formatDate } from '../../src/elements/shared/format-date.js';
import { de } from '../../src/elements/shared/i18n/de.js';
import { ar } from '../../src/elements/shared/i18n/ar.js';

interface Entry {
  key: string;
  url: string;
}
const catalog: Entry[] = await (await fetch('/issuer/catalog.json')).json();
const url = (key: string): string => catalog.find((e) => e.key === key)!.url;

/** Inside the sample issuer's validity window (2026–2030). */
const NOW = new Date('2027-06-01T12:00:00Z');

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A `<badge-verify lang>` verifying `key`; resolves once its report is shown. */
async function verified(key: string, lang: string): Promise<{ el: BadgeVerify; report: VerificationReport }> {
  let report: VerificationReport | undefined;
  const el = await fixture<BadgeVerify>(
    html`<badge-verify lang=${lang} theme="light" .now=${NOW} @badge-verified=${(e: BadgeVerifiedEvent) => (report = e.detail.report)} src=${url(key)}></badge-verify>`,
  );
  await waitUntil(() => report, 'badge-verified was fired', { timeout: 12_000 });
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('.check-message'), 'the checks are shown', { timeout: 5000 });
  return { el, report: report! };
}

const item = (el: BadgeVerify, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-check="${id}"]`)!;
const sentence = (el: BadgeVerify, id: string) => squash(item(el, id).querySelector('.check-message')!.textContent);
const check = (report: VerificationReport, id: string) => report.checks.find((c) => c.id === id)!;
/** Every check's sentence without the values shown isolated (the issuer's id may contain English words). */
function sentences(el: BadgeVerify): string {
  return Array.from(el.shadowRoot!.querySelectorAll('.check-message'), (p) =>
    Array.from(p.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : ' ')).join(''),
  ).join(' ');
}
/** The values of a check's sentence shown isolated (`<bdi>`). */
const isolated = (el: BadgeVerify, id: string) => Array.from(item(el, id).querySelectorAll('.check-message bdi'), (b) => b.textContent);

describe('i18n: the verifier’s check sentences', function () {
  this.timeout(30_000);

  it('German, a valid VC-JWT: proof, key binding and status in German with their values; no English sentence from the engine', async () => {
    const { el, report } = await verified('ob3-jwt-1edtech-valid', 'de');
    expect(report.state).to.equal('valid');
    const alg = String(check(report, 'proof').details!.alg);
    const issuer = String(check(report, 'key-binding').details!.issuer);
    expect(sentence(el, 'proof')).to.equal(`Die ${alg}-Signatur ist gültig.`);
    expect(sentence(el, 'key-binding')).to.equal(`Der Schlüssel ist an den Aussteller ${issuer} gebunden.`);
    expect(sentence(el, 'status')).to.equal('Die Widerrufsliste des Ausstellers führt das Badge nicht auf.');
    expect(sentence(el, 'format')).to.equal('Dies ist ein Open-Badges-3.0-Nachweis, signiert als JWT (VC-JWT).');
    // values are credential text: each in its own <bdi>
    expect(isolated(el, 'proof')).to.deep.equal([alg]);
    expect(isolated(el, 'key-binding')).to.deep.equal([issuer]);
    // every check is worded by the catalogue: none shows the engine's English sentence
    for (const c of report.checks) expect(sentence(el, c.id), c.id).to.not.equal(squash(c.message));
    expect(sentences(el)).to.not.match(/\b(The|is valid|issuer)\b/);
    await expect(el).to.be.accessible();
  });

  it('Arabic, a valid VC-JWT: the same checks in Arabic, right to left, values isolated', async () => {
    const { el, report } = await verified('ob3-jwt-1edtech-valid', 'ar');
    const alg = String(check(report, 'proof').details!.alg);
    const issuer = String(check(report, 'key-binding').details!.issuer);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(sentence(el, 'proof')).to.equal(`توقيع ${alg} صالح.`);
    expect(sentence(el, 'key-binding')).to.equal(`المفتاح مرتبط بالجهة المُصدِرة ${issuer}.`);
    expect(sentence(el, 'status')).to.equal('قائمة الإلغاء لدى الجهة المُصدِرة لا تتضمن الشارة.');
    expect(isolated(el, 'key-binding')).to.deep.equal([issuer]);
    for (const c of report.checks) expect(sentence(el, c.id), c.id).to.not.equal(squash(c.message));
    expect(sentences(el)).to.not.match(/\b(The|is valid|issuer)\b/);
  });

  it('Spanish, a status list with the purpose "suspension": the status sentence says suspended; the expiry date is formatted', async () => {
    const { el, report } = await verified('ob3-di-status-suspended', 'es');
    expect(report.state).to.equal('suspended');
    expect(check(report, 'status').details!.statusPurpose).to.equal('suspension');
    expect(sentence(el, 'status')).to.equal('La lista de estado del emisor marca la insignia como suspendida.');
    const expiry = check(report, 'expiry');
    if (expiry.outcome === 'pass') {
      const iso = String(Object.values(expiry.details!)[0]);
      expect(sentence(el, 'expiry')).to.equal(`La insignia es válida hasta el ${formatDate(iso, 'es')}.`);
    }
  });

  for (const [lang, cat] of Object.entries({ de, ar })) {
    it(`${lang}: a tampered VC-JWT’s failing proof shows the code’s translated sentence`, async () => {
      const { el, report } = await verified('broken-jwt-tampered', lang);
      const proof = check(report, 'proof');
      expect(proof.outcome).to.equal('fail');
      expect(proof.code).to.equal('invalid-signature');
      expect(sentence(el, 'proof')).to.equal(cat.verify.codeMessages['invalid-signature']);
      expect(sentence(el, 'proof')).to.not.equal(squash(proof.message));
      // the engine said nothing more than the code's sentence: no English note in the technical details
      expect(item(el, 'proof').querySelector('.check-details')!.textContent).to.not.contain(proof.message);
    });
  }

  it('German, an unknown JSON-LD context: the code’s sentence in German; the engine’s more precise words stay in the technical details', async () => {
    const { el, report } = await verified('broken-di-unknown-context', 'de');
    const failed = report.checks.find((c) => c.outcome === 'fail')!;
    expect(failed.code).to.equal('context-not-allowed');
    expect(sentence(el, failed.id)).to.equal(de.verify.codeMessages['context-not-allowed']);
    const details = item(el, failed.id).querySelector('.check-details')!;
    expect(details.textContent).to.contain(de.verify.engineMessage);
    expect(details.textContent).to.contain(failed.message);
  });

  it('a check the catalogue does not know (a future id, or an outcome a known check never had) keeps the engine’s sentence', async () => {
    const { report } = await verified('ob3-jwt-didweb-v2', 'de');
    const future: VerificationCheck = { id: 'future-check', outcome: 'pass', message: 'A future check passed.', details: { alg: 'EdDSA' } };
    const odd: VerificationCheck = { id: 'format', outcome: 'warn', message: 'The format is unusual.' };
    const el = await fixture<BadgeVerify>(html`<badge-verify lang="de" theme="light" .report=${{ ...report, checks: [...report.checks, future, odd] }}></badge-verify>`);
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[data-check="future-check"]'), 'the checks are shown', { timeout: 5000 });
    const futureItem = item(el, 'future-check');
    expect(squash(futureItem.querySelector('.check-message')!.textContent)).to.equal('A future check passed.');
    // the engine's sentence is isolated whole, as before
    expect(futureItem.querySelector('.check-message bdi')!.textContent).to.equal('A future check passed.');
    const oddItem = el.shadowRoot!.querySelector('[data-check="format"][data-outcome="warn"]')!;
    expect(squash(oddItem.querySelector('.check-message')!.textContent)).to.equal('The format is unusual.');
    // the known checks stay German
    expect(sentence(el, 'proof')).to.match(/^Die .+-Signatur ist gültig\.$/);
  });

  it('English: the proof sentence names the algorithm, the key sentence the issuer', async () => {
    const { el, report } = await verified('ob3-jwt-didweb-es256', 'en');
    expect(check(report, 'proof').details!.alg).to.equal('ES256');
    expect(sentence(el, 'proof')).to.equal('The ES256 signature is valid.');
    expect(sentence(el, 'algorithm')).to.equal('The algorithm ES256 is on the allowed list.');
    expect(sentence(el, 'key-binding')).to.equal(`The key is bound to the issuer ${String(check(report, 'key-binding').details!.issuer)}.`);
  });
});
