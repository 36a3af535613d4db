/**
 * Themes: high contrast by attribute and by `prefers-contrast: more`, and the elements under
 * `forced-colors: active` (emulated in Chromium; checked with matchMedia so the test cannot
 * pass without the emulation). axe on each.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/badge-card.js';
import '../../src/badge-verify.js';
import type { BadgeVerify } from '../../src/badge-verify.js';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import { reports } from '../elements/badge-verify.fixtures.js';
import { $, abs, cleanup, entry, loadCard, mount } from '../elements/helpers.js';

type Feature = { name: string; value: string };
const emulate = (features: Feature[]) => executeServerCommand('emulate-media-features', features);

const style = (el: Element | null) => getComputedStyle(el!);
/** A colour as the browser computes it (system colours resolve under forced colours). */
function resolved(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}
const WHITE = 'rgb(255, 255, 255)';
const BLACK = 'rgb(0, 0, 0)';

async function expiredCard(setup: (c: BadgeCard) => void = () => {}) {
  return (await loadCard(abs((await entry('ob2-hosted-expired')).path), setup)).el;
}

describe('themes', function () {
  this.timeout(15000);
  afterEach(async () => {
    cleanup();
    await emulate([]);
  });

  it('theme="high-contrast": black on white, no shadow, a border on every pill; axe-clean', async () => {
    const light = await expiredCard((c) => (c.theme = 'light'));
    const hc = await expiredCard((c) => (c.theme = 'high-contrast'));
    const base = style($(hc, '[part~="base"]'));
    expect(base.backgroundColor).to.equal(WHITE);
    expect(base.color).to.equal(BLACK);
    expect(base.boxShadow).to.equal('none');
    expect(style($(hc, '.pill')).borderTopWidth).to.equal('1px');
    expect(style($(hc, '.pill')).borderTopStyle).to.equal('solid');
    expect(style($(light, '.pill')).borderTopStyle).to.equal('none');
    expect(style($(light, '[part~="base"]')).color).not.to.equal(BLACK);
    await expect(hc).to.be.accessible();
  });

  it('theme="high-contrast-dark": white on black', async () => {
    const el = await expiredCard((c) => (c.theme = 'high-contrast-dark'));
    expect(style($(el, '[part~="base"]')).backgroundColor).to.equal(BLACK);
    expect(style($(el, '[part~="base"]')).color).to.equal(WHITE);
    await expect(el).to.be.accessible();
  });

  it('prefers-contrast: more switches theme="auto" to high contrast (dark too), never a forced light/dark theme', async () => {
    await emulate([{ name: 'prefers-contrast', value: 'more' }, { name: 'prefers-color-scheme', value: 'light' }]);
    expect(matchMedia('(prefers-contrast: more)').matches).to.equal(true);
    const auto = await expiredCard();
    const light = await expiredCard((c) => (c.theme = 'light'));
    expect(style($(auto, '[part~="base"]')).color).to.equal(BLACK);
    expect(style($(auto, '.pill')).borderTopStyle).to.equal('solid');
    expect(style($(light, '[part~="base"]')).color).not.to.equal(BLACK);
    await emulate([{ name: 'prefers-contrast', value: 'more' }, { name: 'prefers-color-scheme', value: 'dark' }]);
    await new Promise((r) => requestAnimationFrame(r));
    expect(style($(auto, '[part~="base"]')).backgroundColor).to.equal(BLACK);
    expect(style($(auto, '[part~="base"]')).color).to.equal(WHITE);
  });

  it('badge-verify in high contrast: verdicts keep words and icon, black text on white; axe-clean', async () => {
    for (const key of ['valid', 'revoked', 'invalid-signature', 'fetch-timeout'] as const) {
      const el = await fixture<BadgeVerify>(html`<badge-verify theme="high-contrast" .report=${reports[key]}></badge-verify>`);
      const verdict = el.shadowRoot!.querySelector('[part~="verdict"]')!;
      expect(style(verdict).backgroundColor).to.equal(WHITE);
      expect(el.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim()).not.to.equal('');
      expect(el.shadowRoot!.querySelector('[part~="verdict-icon"] svg')).to.exist;
      await expect(el).to.be.accessible();
    }
  });

  describe('forced-colors: active', () => {
    beforeEach(async () => {
      await emulate([{ name: 'forced-colors', value: 'active' }]);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    });

    it('cards in every state use system colours with visible borders; axe-clean', async () => {
      const canvasText = resolved('CanvasText');
      for (const key of ['ob2-hosted-valid', 'ob2-hosted-expired', 'ob2-hosted-revoked']) {
        const { el, outcome } = mount((c) => (c.src = abs(`/issuer/catalog-missing-${key}`)));
        await outcome; // an error card
        await el.updateComplete;
        await expect(el).to.be.accessible();
        const card = (await loadCard(abs((await entry(key)).path))).el;
        const base = style($(card, '[part~="base"]'));
        expect(base.borderTopStyle).not.to.equal('none');
        expect(base.borderTopColor).to.equal(canvasText);
        for (const pill of card.shadowRoot!.querySelectorAll('.pill')) {
          expect(style(pill).borderTopColor).to.equal(canvasText);
          expect(pill.textContent!.trim()).not.to.equal(''); // words, not colour alone
        }
        await expect(card).to.be.accessible();
      }
    });

    it('badge-verify verdicts have borders and words; focus is visible; axe-clean', async () => {
      const canvasText = resolved('CanvasText');
      for (const key of ['valid', 'expired', 'revoked', 'key-not-bound', 'cors'] as const) {
        const el = await fixture<BadgeVerify>(html`<badge-verify .report=${reports[key]}></badge-verify>`);
        const verdict = el.shadowRoot!.querySelector('[part~="verdict"]')!;
        expect(style(verdict).borderTopColor).to.equal(canvasText);
        expect(style(verdict).borderTopWidth).to.equal('2px');
        expect(el.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim().length).to.be.greaterThan(3);
        await expect(el).to.be.accessible();
      }
      const el = await fixture<BadgeVerify>(html`<badge-verify .report=${reports.valid}></badge-verify>`);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
      button.focus();
      // :focus-visible after a programmatic focus that follows no pointer input
      expect(button.matches(':focus-visible')).to.equal(true);
      expect(style(button).outlineStyle).to.equal('solid');
      expect(style(button).outlineColor).to.equal(resolved('Highlight'));
    });
  });
});
