/**
 * i18n of the share menu, QR code, certificate, the card's details panel and privacy mode, and the
 * verifier's cancelled check: Spanish, German and Arabic reach the DOM (lazy chunks awaited before
 * the first render), a later `lang` change re-renders, and every language has exactly the English keys.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/badge-card.js';
import '../../src/badge-verify.js';
import '../../src/badge-certificate.js';
import type { BadgeVerify } from '../../src/badge-verify.js';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import type { BadgeCertificate } from '../../src/elements/badge-certificate/badge-certificate.js';
import { defineBadgeShare, type BadgeShare } from '../../src/elements/badge-share/define.js';
import { defineBadgeQr } from '../../src/elements/badge-qr/define.js';
import type { BadgeQr } from '../../src/elements/badge-qr/badge-qr.js';
import { createBadgeClient } from '../../src/core/client.js';
import { en } from '../../src/elements/shared/i18n/en.js';
import { es } from '../../src/elements/shared/i18n/es.js';
import { de } from '../../src/elements/shared/i18n/de.js';
import { ar } from '../../src/elements/shared/i18n/ar.js';
import { sampleBadge } from '../elements/badge-verify.fixtures.js';
import { xssCredential } from '../hostile/payloads.js';

defineBadgeShare();
defineBadgeQr();

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(test(), what).to.equal(true);
}

const txt = (root: ParentNode, sel: string) => (root.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A readable credential with criteria, evidence and an endorsement (no network). */
const credential = () => xssCredential({ text: 'Plain', url: 'https://example.org/x', markdown: 'Some **criteria**.' });

const SHARE = {
  es: { button: 'Compartir', copy: 'Copiar enlace', email: 'Enviar por correo electrónico', menu: 'Opciones para compartir', qr: 'Código QR que enlaza a' },
  de: { button: 'Teilen', copy: 'Link kopieren', email: 'Per E-Mail senden', menu: 'Optionen zum Teilen', qr: 'QR-Code mit Link zu' },
  ar: { button: 'مشاركة', copy: 'نسخ الرابط', email: 'الإرسال بالبريد الإلكتروني', menu: 'خيارات المشاركة', qr: 'رمز QR يؤدي إلى' },
} as const;

const DETAILS = {
  es: { toggle: 'Detalles', evidence: 'Evidencias', endorsedBy: 'Avalada por', show: 'Mostrar la insignia', contact: 'Al mostrarla se contactará con issuer.example.' },
  de: { toggle: 'Details', evidence: 'Nachweise', endorsedBy: 'Empfohlen von', show: 'Badge anzeigen', contact: 'Beim Anzeigen wird issuer.example kontaktiert.' },
  ar: { toggle: 'التفاصيل', evidence: 'الأدلة', endorsedBy: 'تزكية من', show: 'عرض الشارة', contact: 'عند عرضها سيتم الاتصال بـ issuer.example.' },
} as const;

type Lang = keyof typeof SHARE;
const LANGS = Object.keys(SHARE) as Lang[];

describe('i18n: share, QR, certificate, details panel, privacy mode', function () {
  this.timeout(15000);

  it('every language has exactly the English keys, share and details sections included', () => {
    const expected = keys(en);
    expect(expected).to.include.members(['share.targets.copy', 'share.verifyAt', 'details.willContact', 'verify.failureCancelled']);
    for (const lang of [es, de, ar]) expect(keys(lang)).to.deep.equal(expected);
  });

  for (const lang of LANGS) {
    it(`<badge-share lang="${lang}">: button, menu and items in ${lang}`, async () => {
      const share = await fixture<BadgeShare>(html`<badge-share lang=${lang} targets="email copy" .badge=${sampleBadge}></badge-share>`);
      await share.updateComplete;
      const root = share.shadowRoot!;
      expect(txt(root, '[part="label"]')).to.equal(SHARE[lang].button);
      expect(root.querySelector('[role="menu"]')!.getAttribute('aria-label')).to.equal(SHARE[lang].menu);
      const items = [...root.querySelectorAll('[role="menuitem"]')].map((i) => i.querySelector('span:not(.visually-hidden)')!.textContent!.trim());
      expect(items).to.deep.equal([SHARE[lang].email, SHARE[lang].copy]);
      expect(share.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : null);
    });

    it(`<badge-qr lang="${lang}">: its accessible name in ${lang}`, async () => {
      const qr = await fixture<BadgeQr>(html`<badge-qr lang=${lang} url="https://issuer.example/verify"></badge-qr>`);
      await qr.ready();
      expect(qr.shadowRoot!.querySelector('[part="svg"]')!.getAttribute('aria-label')).to.equal(`${SHARE[lang].qr} https://issuer.example/verify`);
    });

    it(`<badge-card lang="${lang}">: details panel in ${lang}`, async () => {
      const card = document.createElement('badge-card') as BadgeCard;
      card.setAttribute('lang', lang);
      const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
      card.credential = credential();
      const stage = await fixture<HTMLElement>(html`<div></div>`);
      stage.append(card);
      await loaded;
      await card.updateComplete;
      const root = card.shadowRoot!;
      const toggle = root.querySelector<HTMLButtonElement>('[part~="details-button"]')!;
      expect(toggle.textContent!.trim()).to.equal(DETAILS[lang].toggle);
      toggle.click();
      await card.updateComplete;
      await until(() => Boolean(root.querySelector('[part~="details-evidence"]')), 'details panel open');
      expect(txt(root, '[part~="details-evidence"]')).to.contain(DETAILS[lang].evidence);
      expect(txt(root, '[part~="details-endorsements"]')).to.contain(DETAILS[lang].endorsedBy);
    });

    it(`<badge-card lang="${lang}" load="on-click">: the privacy note and button in ${lang}`, async () => {
      const card = await fixture<BadgeCard>(html`<badge-card lang=${lang} load="on-click" src="https://issuer.example/assertions/1"></badge-card>`);
      await card.updateComplete;
      const root = card.shadowRoot!;
      expect(root.textContent).to.contain(DETAILS[lang].show);
      expect(root.textContent).to.contain(DETAILS[lang].contact);
    });
  }

  it('<badge-certificate lang="es">: the certificate words in Spanish', async () => {
    const cert = await fixture<BadgeCertificate>(html`<badge-certificate lang="es" .credential=${credential()}></badge-certificate>`);
    await until(() => Boolean(cert.shadowRoot!.querySelector('[part="page"]')), 'certificate shown');
    const root = cert.shadowRoot!;
    expect(txt(root, '.certifies')).to.equal('Por la presente se certifica el logro');
    expect(root.textContent).to.contain('Otorgado por');
  });

  it('a lang change re-renders the share menu in the new language', async () => {
    const share = await fixture<BadgeShare>(html`<badge-share lang="es" .badge=${sampleBadge}></badge-share>`);
    await share.updateComplete;
    expect(txt(share.shadowRoot!, '[part="label"]')).to.equal('Compartir');
    share.setAttribute('lang', 'de');
    await until(() => txt(share.shadowRoot!, '[part="label"]') === 'Teilen', 'German after lang="de"');
    share.setAttribute('lang', 'ar');
    await until(() => txt(share.shadowRoot!, '[part="label"]') === 'مشاركة', 'Arabic after lang="ar"');
    await until(() => share.getAttribute('dir') === 'rtl', 'right to left');
  });

  it('a cancelled verification says so in the element’s language', async () => {
    const base = createBadgeClient();
    const client = { ...base, verify: () => new Promise<never>(() => {}) };
    const el = await fixture<BadgeVerify>(html`<badge-verify lang="de" src="https://issuer.example/a/1" .client=${client}></badge-verify>`);
    await until(() => Boolean(el.shadowRoot!.querySelector('[part="loading"]')), 'checking');
    el.cancel();
    await el.verificationComplete();
    await until(() => Boolean(el.shadowRoot!.querySelector('.check-message')), 'report shown');
    expect(txt(el.shadowRoot!, '.check-message')).to.equal('Die Prüfung wurde abgebrochen, bevor sie abgeschlossen war.');
  });
});
