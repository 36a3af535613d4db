/**
 * The page's default language: `configureBadgeElements({ locale })` / `setDefaultLocale()`. It wins over
 * <html lang>, loses to a `lang` on the element or an ancestor below <html> (a <badge-provider lang> too),
 * re-renders shown elements (waiting for a lazily loaded language), sets the direction and drives Intl.
 * Every test puts back the default client, the default locale and <html lang>.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureBadgeElements, setDefaultLocale, getDefaultLocale } from '../../src/define.js';
import { getDefaultClient, setDefaultClient, type BadgeClient } from '../../src/core/client.js';
import type { BadgeVerify } from '../../src/badge-verify.js';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import { formatDate } from '../../src/elements/shared/format-date.js';
import { formatNumber } from '../../src/elements/shared/i18n/locale.js';
import { getStrings } from '../../src/elements/shared/strings.js';
import { reports } from '../elements/badge-verify.fixtures.js';
import { $, abs, cleanup, entry, loadCard, mount, text } from '../elements/helpers.js';

const src = async () => abs((await entry('ob2-hosted-valid')).path);
const issuer = (el: BadgeCard) => text(el, '[part~="issuer"]');
const date = (el: BadgeCard) => {
  const t = $(el, '[part~="dates"] time')!;
  return { shown: t.textContent!.trim(), when: new Date(t.getAttribute('datetime')!) };
};

/** Waits frame by frame for a re-render. */
async function waitFor(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => requestAnimationFrame(r));
  expect(cond(), 'condition never became true').to.equal(true);
}

describe('default locale (configureBadgeElements({ locale }))', function () {
  this.timeout(10000);
  let client: BadgeClient;
  let htmlLang: string | null;

  beforeEach(() => {
    client = getDefaultClient();
    htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'en';
  });

  afterEach(() => {
    cleanup();
    setDefaultLocale(null);
    setDefaultClient(client);
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.lang = htmlLang;
  });

  it('a card with no lang under <html lang="en"> re-renders in German, dates too; the lang is marked on it', async () => {
    const { el } = await loadCard(await src());
    expect(issuer(el)).to.match(/^Issued by /);
    expect(el.hasAttribute('lang')).to.equal(false);
    const returned = configureBadgeElements({ locale: 'de' });
    expect(getDefaultClient()).to.equal(returned);
    expect(getDefaultLocale()).to.equal('de');
    await waitFor(() => issuer(el).startsWith('Ausgestellt von '));
    const d = date(el);
    expect(d.shown).to.equal(new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(d.when));
    expect(formatDate(d.when.toISOString())).to.equal(d.shown); // no lang given: the page default
    expect(formatNumber(1234.5, undefined)).to.equal('1.234,5');
    expect(el.getAttribute('lang')).to.equal('de'); // assistive technology reads it as German
    expect(el.hasAttribute('dir')).to.equal(false);
    // a card added afterwards renders in German the first time
    const { el: later } = await loadCard(await src());
    expect(issuer(later)).to.match(/^Ausgestellt von /);
    // the verifier too
    const v = await fixture<BadgeVerify>(html`<badge-verify .report=${reports.valid}></badge-verify>`);
    expect(v.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim()).to.equal('Verifiziert');
  });

  it('a lang on the element, an ancestor or a <badge-provider> wins over the default; the default wins over <html lang>', async () => {
    document.documentElement.lang = 'es';
    configureBadgeElements({ locale: 'de' });
    const s = await src();
    const { el: own } = await loadCard(s, (c) => c.setAttribute('lang', 'es'));
    const wrap = document.createElement('section');
    wrap.setAttribute('lang', 'es');
    document.body.append(wrap);
    const provider = document.createElement('badge-provider');
    provider.setAttribute('lang', 'es');
    document.body.append(provider);
    try {
      const inSection = mount((c) => (c.src = s), wrap);
      const inProvider = mount((c) => (c.src = s), provider);
      const { el: plain } = await loadCard(s);
      for (const m of [inSection, inProvider]) {
        expect((await m.outcome).type).to.equal('load');
        await m.el.updateComplete;
      }
      for (const el of [own, inSection.el, inProvider.el]) expect(issuer(el)).to.match(/^Emitida por /);
      expect(issuer(plain)).to.match(/^Ausgestellt von /); // not <html lang="es">
      expect(inSection.el.hasAttribute('lang')).to.equal(false);
      expect(own.getAttribute('lang')).to.equal('es'); // the author's, untouched
      // still Spanish after the default changes again; the plain card follows
      setDefaultLocale('en');
      await waitFor(() => issuer(plain).startsWith('Issued by '));
      expect(plain.getAttribute('lang')).to.equal('en'); // differs from <html lang="es">
      for (const el of [own, inSection.el, inProvider.el]) expect(issuer(el)).to.match(/^Emitida por /);
    } finally {
      wrap.remove();
      provider.remove();
    }
  });

  it('Arabic: dir="rtl" on the card, no English render while the language loads; switching back restores English and ltr', async () => {
    configureBadgeElements({ locale: 'de' });
    const { el } = await loadCard(await src());
    expect(issuer(el)).to.match(/^Ausgestellt von /);
    // record what the card shows on every DOM change while Arabic (first use in this file) loads
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(issuer(el)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      // a language-only call keeps the client: the card re-renders without loading its badge again
      const before = getDefaultClient();
      let reloaded = 0;
      el.addEventListener('badge-load', () => reloaded++);
      expect(configureBadgeElements({ locale: 'ar' })).to.equal(before);
      expect(getDefaultClient()).to.equal(before);
      await waitFor(() => issuer(el).startsWith('صادرة عن '));
      await el.updateComplete;
      expect(reloaded).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part~="skeleton"]')).to.equal(null);
    } finally {
      observer.disconnect();
    }
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.filter((t) => t.startsWith('Issued by'))).to.deep.equal([]);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle($(el, '[part~="base"]')!).direction).to.equal('rtl');
    const d = date(el);
    expect(d.shown).to.equal(new Intl.DateTimeFormat('ar', { dateStyle: 'medium' }).format(d.when));
    // an author dir still wins
    const { el: ltr } = await loadCard(await src(), (c) => c.setAttribute('dir', 'ltr'));
    expect(ltr.getAttribute('dir')).to.equal('ltr');
    expect(issuer(ltr)).to.match(/^صادرة عن /);
    // back to the attributes only (<html lang="en">)
    configureBadgeElements({ locale: null });
    expect(getDefaultLocale()).to.equal(undefined);
    await waitFor(() => issuer(el).startsWith('Issued by '));
    await waitFor(() => !el.hasAttribute('dir'));
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(getComputedStyle($(el, '[part~="base"]')!).direction).to.equal('ltr');
  });

  it('calls without locale keep it and still replace the client', async () => {
    configureBadgeElements({ locale: 'de' });
    const first = getDefaultClient();
    const second = configureBadgeElements({ timeoutMs: 5000 });
    expect(second).to.not.equal(first);
    expect(getDefaultClient()).to.equal(second);
    expect(getDefaultLocale()).to.equal('de');
    const { el } = await loadCard(await src());
    expect(issuer(el)).to.match(/^Ausgestellt von /);
  });

  it('an invalid locale throws a RangeError at the call and changes nothing; tags are canonicalised', () => {
    configureBadgeElements({ locale: 'de' });
    const before = getDefaultClient();
    for (const bad of ['not a tag!!', '', 'de--CH']) {
      expect(() => configureBadgeElements({ locale: bad })).to.throw(RangeError, /not a BCP 47 language tag/);
      expect(() => setDefaultLocale(bad)).to.throw(RangeError);
    }
    expect(getDefaultClient()).to.equal(before);
    expect(getDefaultLocale()).to.equal('de');
    void setDefaultLocale('DE_ch');
    expect(getDefaultLocale()).to.equal('de-CH');
    expect(getStrings().issuedBy).to.equal('Ausgestellt von'); // no lang: the page default (de-CH → de)
  });

  it('an invalid lang attribute renders English strings and English Intl formats, without throwing', async () => {
    configureBadgeElements({ locale: 'de' });
    const { el, outcome } = await loadCard(await src(), (c) => c.setAttribute('lang', 'not a tag!!'));
    expect(outcome.type).to.equal('load');
    expect(issuer(el)).to.match(/^Issued by /);
    const d = date(el);
    expect(d.shown).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(d.when));
  });
});
