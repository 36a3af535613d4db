/**
 * Trusted issuers in the browser: `<badge-provider trusted-issuers="…">` gives `<badge-verify>` a client
 * with the list; the verifier says "On / Not on this site's list of trusted issuers" under the verified
 * identity, shows the `issuer-trusted` check like the others (in the element's language), says nothing
 * about trust for a badge that is not verified, and stays accessible (axe). Real credentials over HTTP
 * from the sample issuer.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/badge-provider.js';
import '../../src/badge-verify.js';
import type { BadgeProvider } from '../../src/badge-provider.js';
import type { BadgeVerifiedEvent, BadgeVerify } from '../../src/badge-verify.js';
import { configureBadgeElements } from '../../src/define.js';
import { getDefaultClient, setDefaultClient } from '../../src/core/client.js';
import type { VerificationReport } from '../../src/core/types.js';
import type { BadgeErrorInfo } from '../../src/elements/shared/events.js';

interface Entry {
  key: string;
  url: string;
}
const catalog: Entry[] = await (await fetch('/issuer/catalog.json')).json();
const url = (key: string): string => catalog.find((e) => e.key === key)!.url;
/** The sample issuer's did:web on this test server (`did:web:localhost%3A8000:issuer`). */
const didWeb = `did:web:${location.host.replace(':', '%3A')}:issuer`;

const placed: Element[] = [];
afterEach(() => {
  fixtureCleanup();
  for (const e of placed.splice(0)) e.remove();
});

function provider(attrs: Record<string, string>): BadgeProvider {
  const p = document.createElement('badge-provider');
  for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
  document.body.append(p);
  placed.push(p);
  return p;
}

/** A `<badge-verify>` in `parent`, resolved with its report once verified and rendered. */
async function verifyIn(parent: HTMLElement, src: string): Promise<{ el: BadgeVerify; report: VerificationReport }> {
  const el = document.createElement('badge-verify');
  let report: VerificationReport | undefined;
  el.addEventListener('badge-verified', (e) => (report = (e as BadgeVerifiedEvent).detail.report));
  el.src = src;
  el.theme = 'light';
  parent.append(el);
  await waitUntil(() => report, 'badge-verified was not fired', { timeout: 12_000 });
  await el.updateComplete;
  return { el, report: report! };
}

const text = (el: BadgeVerify, sel: string): string => el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const trustCheck = (el: BadgeVerify) => el.shadowRoot!.querySelector<HTMLElement>('[data-check="issuer-trusted"]');

describe('trusted issuers in <badge-verify>', function () {
  this.timeout(20_000); // the first verification loads the engine; axe runs on whole reports
  it('a listed issuer (did:web) → "On this site’s list of trusted issuers" and a passed check; still "Verified"', async () => {
    const p = provider({ 'trusted-issuers': `https://nobody.example ${didWeb}` });
    const { el, report } = await verifyIn(p, url('ob3-jwt-didweb-v2'));
    expect(report.authentic).to.equal(true);
    expect(report.issuerTrusted).to.equal(true);
    expect(text(el, '.headline')).to.equal('Verified');
    expect(text(el, '[part~="issuer-trust"]')).to.equal('On this site’s list of trusted issuers');
    expect(el.shadowRoot!.querySelector('.issuer-trust')!.classList.contains('on-list')).to.equal(true);
    const check = trustCheck(el)!;
    expect(check.dataset.outcome).to.equal('pass');
    expect(check.querySelector('.check-name')!.textContent).to.equal('Trusted issuer');
    expect(check.querySelector('.check-message')!.textContent!.trim()).to.equal('The verified issuer is on this site’s list of trusted issuers.');
    // placed right after the key check
    expect((check.previousElementSibling as HTMLElement).dataset.check).to.equal('key-binding');
    await expect(el).to.be.accessible();
  });

  it('an authentic badge from an issuer not on the list → "Not on this site’s list…", a warning, still "Verified"', async () => {
    const p = provider({ 'trusted-issuers': didWeb });
    const { el, report } = await verifyIn(p, url('ob2-hosted-valid'));
    expect(report.authentic).to.equal(true);
    expect(report.state).to.equal('valid');
    expect(report.issuerTrusted).to.equal(false);
    expect(text(el, '.headline')).to.equal('Verified');
    expect(text(el, '[part~="issuer-trust"]')).to.equal('Not on this site’s list of trusted issuers');
    expect(trustCheck(el)!.dataset.outcome).to.equal('warn');
    await expect(el).to.be.accessible();
  });

  it('the OB 2.0 issuer’s origin on the list → on the list', async () => {
    const p = provider({ 'trusted-issuers': location.origin });
    const { el, report } = await verifyIn(p, url('ob2-hosted-valid'));
    expect(report.issuerTrusted).to.equal(true);
    expect(text(el, '[part~="issuer-trust"]')).to.equal('On this site’s list of trusted issuers');
  });

  it('a tampered badge whose claimed issuer is listed → no trust line, the check skipped, "Not verified"', async () => {
    const claimed = (await (await fetch(url('broken-di-tampered'))).json()) as { issuer: string | { id: string } };
    const issuerId = typeof claimed.issuer === 'string' ? claimed.issuer : claimed.issuer.id;
    const p = provider({ 'trusted-issuers': issuerId });
    const { el, report } = await verifyIn(p, url('broken-di-tampered'));
    expect(report.authentic).to.equal(false);
    expect(report.issuerTrusted).to.equal(false);
    expect(text(el, '.headline')).to.match(/^Not verified: /);
    expect(el.shadowRoot!.querySelector('.issuer-trust')).to.equal(null);
    expect(trustCheck(el)!.dataset.outcome).to.equal('skip');
    await expect(el).to.be.accessible();
  });

  it('no list → no trust line and no check', async () => {
    const p = provider({});
    const { el, report } = await verifyIn(p, url('ob3-jwt-didweb-v2'));
    expect('issuerTrusted' in report).to.equal(false);
    expect(el.shadowRoot!.querySelector('.issuer-trust')).to.equal(null);
    expect(trustCheck(el)).to.equal(null);
  });

  it('in the element’s language (German): the line, the check name and its sentence', async () => {
    const p = provider({ 'trusted-issuers': didWeb, lang: 'de' });
    const { el } = await verifyIn(p, url('ob3-jwt-didweb-v2'));
    await waitUntil(() => text(el, '.headline') === 'Verifiziert', 'the German catalogue did not load', { timeout: 5000 });
    expect(text(el, '[part~="issuer-trust"]')).to.equal('Auf der Liste vertrauenswürdiger Aussteller dieser Website');
    expect(trustCheck(el)!.querySelector('.check-name')!.textContent).to.equal('Vertrauenswürdiger Aussteller');
    expect(trustCheck(el)!.querySelector('.check-message')!.textContent!.trim()).to.match(/^Der verifizierte Aussteller steht auf der Liste/);
  });

  it('configureBadgeElements({ trustedIssuers }) sets the list for elements outside any provider', async () => {
    const before = getDefaultClient();
    try {
      configureBadgeElements({ trustedIssuers: [didWeb] });
      const host = document.createElement('div');
      document.body.append(host);
      placed.push(host);
      const { el, report } = await verifyIn(host, url('ob3-jwt-didweb-v2'));
      expect(report.issuerTrusted).to.equal(true);
      expect(text(el, '[part~="issuer-trust"]')).to.equal('On this site’s list of trusted issuers');
    } finally {
      setDefaultClient(before);
    }
  });

  it('an unusable trusted-issuers entry → a badge-error event (invalid-option), the list left out; the verifier still works', async () => {
    const reported: BadgeErrorInfo[] = [];
    const p = document.createElement('badge-provider');
    p.addEventListener('badge-error', (e) => reported.push(e.detail.error));
    p.setAttribute('trusted-issuers', `${didWeb} example.edu`);
    document.body.append(p);
    placed.push(p);
    const { el, report } = await verifyIn(p, url('ob3-jwt-didweb-v2'));
    expect(reported.map((e) => e.code)).to.deep.equal(['invalid-option']);
    expect(reported[0]!.message).to.match(/"example\.edu" is not a DID/);
    expect(report.authentic).to.equal(true);
    expect('issuerTrusted' in report).to.equal(false);
    expect(el.shadowRoot!.querySelector('.issuer-trust')).to.equal(null);
  });
});
