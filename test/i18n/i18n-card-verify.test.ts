/**
 * i18n of the card's verify controls (`<badge-card verify>`): the status mark and the Verify button
 * read the verdict part of the `verify` section (`verdictStrings()`), the dialog the whole section
 * (`verifyStrings()`). Both must show the same language: the built-in ones, and a host's
 * `registerLocale()` overrides of verify strings, in the mark as in the dialog opened from it.
 * Real engine, real HTTP from the sample issuer on the wtr server. Imports only the card entry.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/badge-card.js';
import type { BadgeCard } from '../../src/badge-card.js';
import { registerLocale } from '../../src/i18n.js';
import { createBadgeClient } from '../../src/core/client.js';
import type { VerificationReport } from '../../src/core/types.js';
import type { BadgeVerifyDialog } from '../../src/elements/badge-verify/badge-verify-dialog.js';
import { en } from '../../src/elements/shared/i18n/en.js';
import { es } from '../../src/elements/shared/i18n/es.js';
import { de } from '../../src/elements/shared/i18n/de.js';
import { ar } from '../../src/elements/shared/i18n/ar.js';
import { $, abs, cleanup, entry, loadCard } from '../elements/helpers.js';

/** Inside the catalog's validity window (the sample issuer's dates are 2026–2030). */
const NOW = new Date('2027-06-01T12:00:00Z');

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Loads a catalog credential into a card with `verify="auto"` in `lang`; resolves once the mark shows a verdict. */
async function markedCard(key: string, lang: string) {
  const reports: VerificationReport[] = [];
  const { el, outcome } = await loadCard(abs((await entry(key)).path), (c) => {
    c.client = createBadgeClient({ timeoutMs: 4000 });
    c.now = NOW;
    c.lang = lang;
    c.setAttribute('verify', 'auto');
    c.addEventListener('badge-verified', (ev) => reports.push(ev.detail.report));
  });
  expect(outcome.type, `${key} loads`).to.equal('load');
  await waitUntil(() => reports.length > 0, 'badge-verified was fired', { timeout: 12_000 });
  await el.updateComplete;
  return { el, reports };
}

const mark = (el: BadgeCard) => $(el, '[part="verify-mark"]')!;
const button = (el: BadgeCard) => $(el, '[part="verify-button"]')!;

/** Presses the card's Verify button; resolves with the dialog once its verifier shows a verdict. */
async function openDialog(el: BadgeCard, reports: VerificationReport[]): Promise<BadgeVerifyDialog> {
  const before = reports.length;
  button(el).click();
  await waitUntil(() => reports.length > before, 'the dialog verified the badge', { timeout: 12_000 });
  const dialog = el.shadowRoot!.querySelector<BadgeVerifyDialog>('badge-verify-dialog')!;
  await dialog.updateComplete;
  await dialog.verifyElement!.updateComplete;
  return dialog;
}

describe('i18n: the card verify mark and button', function () {
  this.timeout(30_000);
  afterEach(cleanup);

  const builtIn = { es, de, ar };
  for (const [lang, cat] of Object.entries(builtIn)) {
    it(`<badge-card lang="${lang}" verify="auto">: mark, cause and button in ${lang}, as in the dialog`, async () => {
      const t = cat.verify;
      const { el, reports } = await markedCard('broken-jwt-tampered', lang);
      expect(reports[0]!.code).to.equal('invalid-signature');
      const headline = t.states.invalid.headline({ cause: t.codes['invalid-signature'] });
      expect(headline).to.not.equal(en.verify.states.invalid.headline({ cause: en.verify.codes['invalid-signature'] }));
      expect(mark(el).getAttribute('aria-label')).to.equal(headline);
      expect(squash(mark(el).textContent)).to.equal(t.states.invalid.iconLabel);
      expect(squash(button(el).textContent)).to.equal(squash(`${t.verifyButton}${t.verifyThisBadge(el.badge!.name)}`));

      const dialog = await openDialog(el, reports);
      const root = dialog.verifyElement!.shadowRoot!;
      expect(squash(root.querySelector('[part~="headline"]')!.textContent)).to.equal(headline);
      const heading = squash(root.querySelector('#checks-heading')!.textContent);
      expect(heading.slice(0, t.whatWasChecked.length)).to.equal(t.whatWasChecked);
      dialog.close();
    });
  }

  it('a registered override of verify.states.valid reaches the mark and the dialog; the rest falls back to English', async () => {
    registerLocale('fr', {
      verify: {
        states: { valid: { iconLabel: 'Authentique', headline: () => 'Vérifié' } },
        verifyButton: 'Vérifier',
        whatWasChecked: 'Ce qui a été vérifié',
      },
    });
    const { el, reports } = await markedCard('ob3-jwt-didweb-v2', 'fr');
    expect(reports[0]!.state).to.equal('valid');
    expect(mark(el).getAttribute('aria-label')).to.equal('Vérifié');
    expect(squash(mark(el).textContent)).to.equal('Authentique');
    // not overridden: the English words
    expect(squash(button(el).textContent)).to.equal(squash(`Vérifier${en.verify.verifyThisBadge(el.badge!.name)}`));

    // the dialog opened after the mark reads the whole section in the same language (its own strings too)
    const dialog = await openDialog(el, reports);
    const root = dialog.verifyElement!.shadowRoot!;
    expect(squash(root.querySelector('[part~="headline"]')!.textContent)).to.equal('Vérifié');
    expect(squash(root.querySelector('[part~="explanation"]')!.textContent)).to.equal(en.verify.states.valid.explanation);
    expect(squash(root.querySelector('#checks-heading')!.textContent)).to.match(/^Ce qui a été vérifié /);
    const names = [...root.querySelectorAll('.check-name')].map((n) => squash(n.textContent));
    expect(names, 'dialog-only strings (check names) in English').to.include(en.verify.checkNames.proof);
    dialog.close();
    await waitUntil(() => !dialog.open, 'the dialog closes');

    // an override registered while the mark is shown re-renders it
    registerLocale('fr', { verify: { states: { valid: { iconLabel: 'Vrai', headline: () => 'Vérifié, vraiment' } } } });
    await waitUntil(() => mark(el).getAttribute('aria-label') === 'Vérifié, vraiment', 'the mark re-renders with the new override');
    expect(squash(mark(el).textContent)).to.equal('Vrai');
  });
});
