/**
 * Credential text cannot spoof the verdict of `<badge-verify>`: a revocation reason, badge name,
 * issuer name or check message with a right-to-left override (U+202E) and hundreds of characters
 * stays isolated (`<bdi>` / `unicode-bidi: isolate`), clamped, and inside its box. Hand-built reports
 * through the `.report` property (the engine is tested elsewhere).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/badge-verify.js';
import type { BadgeVerify } from '../../src/badge-verify.js';
import { stateText } from '../../src/badge-verify.js';
import type { VerificationReport } from '../../src/core/types.js';
import { reports, sampleBadge } from '../elements/badge-verify.fixtures.js';

const RLO = '\u202E';
/** Reads "✓ Verified" once reversed by the override. */
const SPOOF = `${RLO}deifireV ✓`;
const LONG = `${RLO}${'deifireV ✓ '.repeat(36)}`; // ≈ 400 characters, no sentence end

async function show(report: VerificationReport, lang = 'en'): Promise<BadgeVerify> {
  const wrap = await fixture<HTMLElement>(html`<div style="inline-size: 480px"><badge-verify lang=${lang} .report=${report}></badge-verify></div>`);
  const el = wrap.querySelector('badge-verify') as BadgeVerify;
  await el.updateComplete;
  return el;
}

const $ = (el: BadgeVerify, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;

/** The element holding `text` is a `<bdi>` or inside an element with computed `unicode-bidi: isolate`. */
function expectIsolated(container: HTMLElement, text: string) {
  const holders = Array.from(container.querySelectorAll<HTMLElement>('bdi, .credential-text')).filter((b) => b.textContent!.includes(text));
  expect(holders.length, `isolated holder of ${JSON.stringify(text.slice(0, 20))}`).to.be.greaterThan(0);
  for (const h of holders) expect(getComputedStyle(h).unicodeBidi).to.be.oneOf(['isolate', 'plaintext', 'isolate-override']);
}

/** `inner` lies within `outer` (1 px of rounding) and does not overflow itself. */
function expectWithin(inner: HTMLElement, outer: HTMLElement) {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  expect(a.left, 'left').to.be.at.least(b.left - 1);
  expect(a.right, 'right').to.be.at.most(b.right + 1);
  expect(a.top, 'top').to.be.at.least(b.top - 1);
  expect(a.bottom, 'bottom').to.be.at.most(b.bottom + 1);
  expect(inner.scrollWidth, 'no horizontal overflow').to.be.at.most(inner.clientWidth + 1);
}

const lineHeight = (el: HTMLElement) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.3;

describe('<badge-verify>: credential text cannot spoof the verdict (bidi, length)', () => {
  for (const lang of ['en', 'ar']) {
    it(`${lang}: a short revocation reason with U+202E stays inside its own isolate, after the verdict words`, async () => {
      const el = await show({ ...reports.revoked, reason: SPOOF }, lang);
      const headline = $(el, '[part="headline"]');
      const words = stateText(lang).revoked.headline({ reason: '\uE001', cause: '' }).split('\uE001')[0]!;
      expect(words.length).to.be.greaterThan(3);
      expect(headline.textContent!.trim().startsWith(words.trim()), headline.textContent!).to.equal(true);
      expect(headline.textContent).not.to.contain(RLO); // overrides are dropped from the headline
      expectIsolated(headline, 'deifireV ✓');
      const bdi = headline.querySelector('bdi')!;
      expect(bdi.textContent).to.equal('deifireV ✓');
      // nothing after the reason's isolate is pulled into it: the closing text stays outside, on its own side
      if (lang === 'en') {
        expect(headline.textContent!.trim().endsWith('deifireV ✓)')).to.equal(true);
        const range = document.createRange();
        const last = Array.from(headline.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(')')).pop()!;
        range.setStart(last, last.textContent!.indexOf(')'));
        range.setEnd(last, last.textContent!.indexOf(')') + 1);
        expect(range.getBoundingClientRect().left).to.be.at.least(bdi.getBoundingClientRect().right - 1);
      }
      expectWithin(headline, $(el, '.verdict'));
      // the live region says the same words
      expect($(el, '[aria-live="polite"]').textContent!.trim()).to.equal(headline.textContent!.trim());
      // the one-line text (dialog label, the card's mark) isolates it with FSI…PDI
      expect(el.verdictText).to.contain('\u2068deifireV ✓\u2069');
    });
  }

  it('a 400-character reason with U+202E: not in the headline; on its own line, isolated and clamped', async () => {
    const el = await show({ ...reports.revoked, reason: LONG });
    const headline = $(el, '[part="headline"]');
    expect(headline.textContent!.trim()).to.equal('Verified — revoked');
    expect(headline.textContent).not.to.contain('deifireV');
    const reason = $(el, '[part="reason"]');
    expect(reason.textContent).to.contain(LONG.trim()); // the full text is there, for assistive technology
    expectIsolated(reason, LONG.trim());
    expect(reason.getBoundingClientRect().height).to.be.at.most(lineHeight(reason) * 3 + 2);
    expectWithin(headline, $(el, '.verdict'));
    expectWithin(reason, $(el, '.verdict'));
  });

  it('a headline never carries more than 60 characters of credential text', async () => {
    const el = await show({ ...reports.revoked, badge: { ...sampleBadge, revoked: { reason: 'x'.repeat(60) } }, reason: undefined });
    const bdi = $(el, '[part="headline"] bdi');
    expect(Array.from(bdi.textContent!).length).to.be.at.most(61);
    const combining = await show({ ...reports.revoked, reason: `a${'\u0301'.repeat(50)}b` });
    const b = $(combining, '[part="headline"] bdi');
    expect(b.textContent).to.equal('a\u0301\u0301b'); // stacks of combining marks cannot tower over the verdict
    expectWithin($(combining, '[part="headline"]'), $(combining, '.verdict'));
  });

  it('a 400-character badge name with U+202E: isolated and clamped on the meta line', async () => {
    const name = `${SPOOF} ${'Spoofed Name '.repeat(30)}`;
    const el = await show({ ...reports.revoked, badge: { ...sampleBadge, name } });
    const headline = $(el, '[part="headline"]');
    expect(headline.textContent!.trim().startsWith('Verified — revoked')).to.equal(true);
    const badgeName = $(el, '[part="badge-name"]');
    expect(badgeName.localName).to.equal('bdi');
    expect(badgeName.textContent).to.equal(name);
    expectIsolated($(el, '.meta'), name);
    expect(badgeName.getBoundingClientRect().height).to.be.at.most(lineHeight(badgeName) * 2 + 2);
    expectWithin(badgeName, $(el, '.verdict'));
    expectWithin(headline, $(el, '.verdict'));
  });

  it('a 400-character issuer name with U+202E: isolated and clamped', async () => {
    const issuerName = `${SPOOF} ${'Harvard University '.repeat(21)}`;
    const el = await show({ ...reports.valid, badge: { ...sampleBadge, issuer: { ...sampleBadge.issuer, name: issuerName } } });
    const claimed = $(el, '[part="issuer-claimed"]');
    expect(claimed.textContent).to.equal(issuerName);
    expectIsolated(claimed, issuerName);
    expect(claimed.getBoundingClientRect().height).to.be.at.most(lineHeight(claimed) * 3 + 2);
    expectWithin(claimed, $(el, '[part="issuer"]'));
  });

  it('a check message carrying credential text with U+202E is isolated', async () => {
    const message = `The issuer ${SPOOF} is not known.`;
    const report = { ...reports.valid, checks: [...reports.valid.checks, { id: 'issuer', outcome: 'warn' as const, message }] };
    const el = await show(report);
    const li = $(el, '[data-check="issuer"]');
    expect(li.querySelector('.check-message')!.textContent).to.equal(message);
    expectIsolated(li, message);
    expectWithin(li.querySelector('.check-message') as HTMLElement, li);
  });
});
