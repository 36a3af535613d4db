/**
 * i18n: the built-in languages reach the DOM, the language comes from the element, an ancestor
 * or <html lang>, Arabic lays out right to left, dates and numbers go through Intl, hosts add
 * languages with registerLocale (missing keys fall back to English).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/badge-card.js';
import '../../src/badge-verify.js';
import type { BadgeVerify } from '../../src/badge-verify.js';
import { registerLocale } from '../../src/i18n.js';
import { registeredLocales } from '../../src/elements/shared/i18n/index.js';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import { en } from '../../src/elements/shared/i18n/en.js';
import { es } from '../../src/elements/shared/i18n/es.js';
import { de } from '../../src/elements/shared/i18n/de.js';
import { ar } from '../../src/elements/shared/i18n/ar.js';
import { getStrings } from '../../src/elements/shared/strings.js';
import { formatNumber } from '../../src/elements/shared/i18n/locale.js';
import { reports } from '../elements/badge-verify.fixtures.js';
import { $, abs, cleanup, entry, loadCard, text } from '../elements/helpers.js';

const src = async () => abs((await entry('ob2-hosted-valid')).path);

/** Every key path of a catalogue (functions and strings are leaves). */
function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

describe('i18n', function () {
  this.timeout(10000);
  afterEach(cleanup);

  it('loads a language on first use and renders in it the first time (no English first render)', async () => {
    // first test of the file: German is not loaded yet
    const el = await fixture<BadgeVerify>(html`<badge-verify lang="de" .report=${reports.valid}></badge-verify>`);
    expect(el.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim()).to.equal('Verifiziert');
    expect(registeredLocales()).to.include.members(['en', 'es', 'de', 'ar']);
  });

  it('es, de and ar provide every key of the English catalogue, and nothing else', () => {
    const expected = keys(en);
    expect(expected.length).to.be.greaterThan(150);
    for (const lang of [es, de, ar]) expect(keys(lang)).to.deep.equal(expected);
  });

  for (const [lang, issuedBy, retry] of [
    ['es', 'Emitida por', 'Reintentar'],
    ['de', 'Ausgestellt von', 'Erneut versuchen'],
    ['ar', 'صادرة عن', 'أعد المحاولة'],
  ] as const) {
    it(`a card with lang="${lang}" speaks ${lang}`, async () => {
      const { el } = await loadCard(await src(), (c) => c.setAttribute('lang', lang));
      expect(text(el, '[part~="issuer"]')).to.match(new RegExp(`^${issuedBy} `));
      expect(text(el, '[part~="issuer"]')).not.to.contain('Issued by');
      expect(getStrings(lang).retry).to.equal(retry);
    });
  }

  it('takes the closest ancestor lang, then <html lang>, then English', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="de-CH"><p lang="es"><span></span></p></div>`);
    const { el } = await loadCard(await src(), () => {});
    expect(text(el, '[part~="issuer"]')).to.match(/^Issued by /);
    const inner = document.createElement('badge-card');
    const loaded = new Promise((r) => inner.addEventListener('badge-load', r, { once: true }));
    inner.src = await src();
    wrap.querySelector('span')!.append(inner);
    await loaded;
    await inner.updateComplete;
    expect(text(inner, '[part~="issuer"]')).to.match(/^Emitida por /);
    wrap.querySelector('p')!.removeAttribute('lang'); // now the div: de-CH → de
    await waitFor(() => text(inner, '[part~="issuer"]').startsWith('Ausgestellt von'));
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'ar';
      await waitFor(() => text(el, '[part~="issuer"]').startsWith('صادرة عن'));
      expect(el.getAttribute('dir')).to.equal('rtl');
    } finally {
      document.documentElement.lang = before;
    }
    await waitFor(() => text(el, '[part~="issuer"]').startsWith('Issued by'));
    expect(el.hasAttribute('dir')).to.equal(false);
  });

  it('an Arabic card is right to left: dir="rtl", image on the right in the compact layout', async () => {
    const s = await src();
    const { el: ltr } = await loadCard(s, (c) => (c.layout = 'compact'));
    const { el: rtl } = await loadCard(s, (c) => {
      c.layout = 'compact';
      c.setAttribute('lang', 'ar');
    });
    expect(rtl.getAttribute('dir')).to.equal('rtl');
    expect(ltr.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle($(rtl, '[part~="base"]')!).direction).to.equal('rtl');
    const img = (c: BadgeCard) => $(c, '[part~="image"], [part~="image-placeholder"]')!.getBoundingClientRect();
    const name = (c: BadgeCard) => $(c, '[part~="name"]')!.getBoundingClientRect();
    expect(img(ltr).right).to.be.at.most(name(ltr).left + 1); // image, then text
    expect(img(rtl).left).to.be.at.least(name(rtl).right - 1); // text, then image (mirrored)
    // the name's text starts at the inline start: right edge in RTL
    const base = $(rtl, '[part~="base"]')!.getBoundingClientRect();
    expect(base.right - img(rtl).right).to.be.lessThan(img(rtl).left - base.left);
  });

  it('an author dir wins over the language', async () => {
    const { el } = await loadCard(await src(), (c) => {
      c.setAttribute('lang', 'ar');
      c.setAttribute('dir', 'ltr');
    });
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle($(el, '[part~="base"]')!).direction).to.equal('ltr');
    expect(text(el, '[part~="issuer"]')).to.match(/^صادرة عن /);
  });

  it('formats dates with Intl in the card language', async () => {
    const s = await src();
    const dates: Record<string, string> = {};
    let iso = '';
    for (const lang of ['en', 'de', 'es', 'ar']) {
      const { el } = await loadCard(s, (c) => c.setAttribute('lang', lang));
      const time = $(el, '[part~="dates"] time')!;
      iso = time.getAttribute('datetime')!;
      dates[lang] = time.textContent!.trim();
      expect(dates[lang]).to.equal(new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso)));
    }
    expect(new Set(Object.values(dates)).size).to.equal(4);
  });

  it('registerLocale adds a language; missing keys fall back to English; re-renders shown cards', async () => {
    const { el } = await loadCard(await src(), (c) => c.setAttribute('lang', 'fr-CA'));
    expect(text(el, '[part~="issuer"]')).to.match(/^Issued by /);
    registerLocale('fr', { card: { issuedBy: 'Délivré par' }, verify: { states: { valid: { headline: () => 'Vérifié' } } } });
    await waitFor(() => text(el, '[part~="issuer"]').startsWith('Délivré par'));
    expect(getStrings('fr').issuedBy).to.equal('Délivré par');
    expect(getStrings('fr').retry).to.equal('Try again'); // fallback
    expect(getStrings('fr').achievementTypes.Badge).to.equal('Badge');
    // an override of one key of a built-in language keeps the others
    registerLocale('de', { card: { retry: 'Nochmal' } });
    expect(getStrings('de').retry).to.equal('Nochmal');
    expect(getStrings('de').issuedBy).to.equal('Ausgestellt von');
    // verifier: overridden headline, explanation from English
    const v = await fixture<BadgeVerify>(html`<badge-verify lang="fr" .report=${reports.valid}></badge-verify>`);
    expect(v.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim()).to.equal('Vérifié');
    expect(v.shadowRoot!.querySelector('[part~="explanation"]')!.textContent).to.contain('signature checks out');
  });

  it('badge-verify speaks Arabic right to left, with Intl numbers in the check summary', async () => {
    const el = await fixture<BadgeVerify>(html`<div lang="ar"><badge-verify .report=${reports.expired}></badge-verify></div>`);
    const v = el.querySelector('badge-verify')!;
    await v.updateComplete;
    const root = v.shadowRoot!;
    expect(v.getAttribute('dir')).to.equal('rtl');
    expect(root.querySelector('[part~="headline"]')!.textContent).to.match(/^تم التحقق — انتهت في /);
    expect(root.querySelector('[part~="headline"]')!.textContent).to.contain(new Intl.DateTimeFormat('ar', { dateStyle: 'medium' }).format(new Date('2024-12-31T00:00:00Z')));
    expect(root.querySelector('#checks-heading')!.textContent).to.contain(`ناجح: ${formatNumber(4, 'ar')}`);
    expect(root.querySelector('#issuer-heading')!.textContent).to.equal('من أصدرها');
    const verdict = root.querySelector('[part~="verdict"]')!.getBoundingClientRect();
    const icon = root.querySelector('[part~="verdict-icon"]')!.getBoundingClientRect();
    expect(icon.left - verdict.left).to.be.greaterThan(verdict.right - icon.right); // icon at the inline start = right
  });

  it('badge-verify in Spanish and German: verdict, causes, buttons', async () => {
    const es = await fixture<BadgeVerify>(html`<badge-verify lang="es" .report=${reports['key-not-bound']}></badge-verify>`);
    expect(es.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal('No verificada: la clave no pertenece al emisor');
    const de = await fixture<BadgeVerify>(html`<badge-verify lang="de" .report=${reports.cors}></badge-verify>`);
    expect(de.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal('Nicht prüfbar: der Server des Ausstellers blockiert Anfragen anderer Websites');
    expect([...de.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('JSON-Bericht kopieren');
    expect(de.verdictText).to.match(/^Nicht prüfbar/);
  });
});

/** Waits frame by frame for a re-render the language observer schedules. */
async function waitFor(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => requestAnimationFrame(r));
  expect(cond(), 'condition never became true').to.equal(true);
}
