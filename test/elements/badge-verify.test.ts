/**
 * <badge-verify> with the real verification engine, over HTTP from the sample issuer served by
 * the wtr test server: one test per catalog entry (headline, checks, events, axe), the loading
 * state always ends (timeout, Cancel), and the badge-verify-step events come in order.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/badge-verify.js';
import type { BadgeVerifiedEvent, BadgeVerify, BadgeVerifyStepEvent } from '../../src/badge-verify.js';
import { CODE_TEXT } from '../../src/badge-verify.js';
import { createBadgeClient, type BadgeClient } from '../../src/core/client.js';
import type { VerificationCheck, VerificationReport, VerificationState } from '../../src/core/types.js';
import type { CatalogEntry } from '../../demo/issuer/types.js';
import { checkSentence, engineNote } from '../../src/elements/badge-verify/render-checks.js';

const catalog: CatalogEntry[] = await (await fetch('/issuer/catalog.json')).json();

/** A client with a fixed clock inside the catalog's 2026–2030 window and short timeouts. */
export function testClient(timeoutMs = 4000): BadgeClient {
  const inner = createBadgeClient({ timeoutMs });
  const now = new Date('2027-06-01T12:00:00Z');
  return { fetcher: inner.fetcher, loadBadge: inner.loadBadge, verify: (input, opts = {}) => inner.verify(input, { ...opts, now }) };
}

/** What the headline must say for each state (written here independently of the element's tables). */
const HEADLINE: Record<VerificationState, RegExp> = {
  valid: /^Verified$/,
  expired: /^Verified — expired on \S.+$/,
  'not-yet-valid': /^Verified — not valid until \S.+$/,
  revoked: /^Verified — revoked( \(.+\))?$/,
  suspended: /^Verified — suspended$/,
  'status-unknown': /^Verified — revocation status could not be checked$/,
  invalid: /^Not verified: \S.+$/,
  unverifiable: /^Could not check: \S.+$/,
};

interface Run {
  el: BadgeVerify;
  report: VerificationReport;
  steps: { check: VerificationCheck; index: number }[];
  order: string[];
}

export async function verifySrc(src: string, client = testClient()): Promise<Run> {
  const steps: Run['steps'] = [];
  const order: string[] = [];
  let report: VerificationReport | undefined;
  const el = await fixture<BadgeVerify>(html`<badge-verify
    .client=${client}
    src=${src}
    theme="light"
    @badge-verify-step=${(e: BadgeVerifyStepEvent) => (steps.push(e.detail), order.push('step'))}
    @badge-verified=${(e: BadgeVerifiedEvent) => ((report = e.detail.report), order.push('verified'))}
  ></badge-verify>`);
  await waitUntil(() => report, 'badge-verified was not fired', { timeout: 12_000 });
  await el.updateComplete;
  return { el, report: report!, steps, order };
}

const text = (el: BadgeVerify, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<badge-verify src> relative to the page', () => {
  it('resolves a relative src against the page (as <badge-card> does) instead of reading the path as a credential', async function () {
    this.timeout(20_000);
    const entry = catalog.find((e) => e.format === 'ob3-jwt' && e.expect.state === 'valid')!;
    const url = new URL(entry.url);
    const relative = `${url.pathname}${url.search}`;
    expect(relative.startsWith('/issuer/')).to.equal(true);
    const { el, report } = await verifySrc(relative);
    expect(report.authentic).to.equal(true);
    expect(report.state).to.equal('valid');
    expect(text(el, '[part~="headline"]')).to.match(HEADLINE.valid);
  });
});

describe('<badge-verify> over HTTP with the real engine: every catalog credential', () => {
  it('has a catalog', () => expect(catalog.length).to.be.greaterThan(10));

  for (const entry of catalog) {
    const label = `${entry.key}: ${entry.expect.state}${entry.expect.code ? ` / ${entry.expect.code}` : ''}`;
    it(label, async function () {
      this.timeout(20_000);
      const { el, report, steps, order } = await verifySrc(entry.url, testClient(entry.options?.timeoutMs ?? 4000));

      // the event's report is the catalog's expectation
      expect({ authentic: report.authentic, state: report.state, code: report.code }).to.deep.equal({
        authentic: entry.expect.authentic,
        state: entry.expect.state,
        code: entry.expect.code,
      });

      // headline words for the state, and the code's own sentence
      const headline = text(el, '[part="headline"]');
      expect(headline).to.match(HEADLINE[entry.expect.state]);
      if (entry.expect.code === 'fetch-failed') expect(headline).to.match(/issuer’s server/);
      else if (entry.expect.code) expect(headline).to.contain(CODE_TEXT[entry.expect.code]);

      // a green check mark only for authentic + valid; "could not check" is neutral, never red
      const verdict = el.shadowRoot!.querySelector('.verdict')!;
      expect(verdict.classList.contains('tone-verified')).to.equal(entry.expect.authentic && entry.expect.state === 'valid');
      if (entry.expect.state === 'unverifiable') expect(verdict.classList.contains('tone-unknown')).to.equal(true);
      if (entry.expect.state === 'invalid') expect(verdict.classList.contains('tone-invalid')).to.equal(true);

      // the checks are shown, in order, with their messages
      const shown = Array.from(el.shadowRoot!.querySelectorAll('.check'));
      expect(shown.length).to.be.greaterThan(0);
      expect(shown.map((li) => li.getAttribute('data-check'))).to.deep.equal(report.checks.map((c) => c.id));
      expect(shown.map((li) => li.getAttribute('data-outcome'))).to.deep.equal(report.checks.map((c) => c.outcome));
      // each check's sentence is the catalogue's (English here); a failure's own engine words, when more precise, stay in its technical details
      shown.forEach((li, i) => {
        const c = report.checks[i]!;
        expect(li.querySelector('.check-message')!.textContent).to.equal(checkSentence(c, 'en').text);
        const note = engineNote(c, 'en');
        if (note !== undefined) expect(li.querySelector('.check-details')!.textContent).to.contain(note);
      });

      // one step event per check, in order, all before badge-verified
      expect(steps.map((s) => s.index)).to.deep.equal(report.checks.map((_, i) => i));
      steps.forEach((s, i) => expect(s.check).to.equal(report.checks[i]));
      expect(order[order.length - 1]).to.equal('verified');
      expect(order.filter((o) => o === 'verified')).to.have.length(1);

      // the live region announces the verdict
      expect(text(el, '[aria-live="polite"]')).to.equal(headline);

      // who issued it: the proven identity only when authentic
      if (report.badge) {
        const proven = text(el, '[part="issuer-verified"]');
        if (report.authentic && report.verifiedIssuer) expect(proven).to.contain(report.verifiedIssuer);
        else expect(proven).to.match(/Not proven/);
      }

      await expect(el).to.be.accessible();
    });
  }
});

describe('<badge-verify> loading always ends', () => {
  it('a server that never answers ends in "could not check" after the fetcher timeout', async function () {
    this.timeout(15_000);
    const { el, report } = await verifySrc(`${location.origin}/__test/hang?case=timeout`, testClient(1000));
    expect(report.authentic).to.equal(false);
    expect(report.state).to.equal('unverifiable');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    expect(text(el, '[part="headline"]')).to.match(/^Could not check: /);
  });

  it('Cancel stops a running verification at once and offers Re-verify', async function () {
    this.timeout(15_000);
    const el = await fixture<BadgeVerify>(html`<badge-verify .client=${testClient(30_000)} src=${`${location.origin}/__test/hang?case=cancel`}></badge-verify>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="loading"] button'), 'loading state with Cancel');
    expect(el.shadowRoot!.querySelector('.spinner')).to.not.equal(null);
    await expect(el).to.be.accessible();
    (el.shadowRoot!.querySelector('[part="loading"] button') as HTMLButtonElement).click();
    await el.verificationComplete();
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    expect(text(el, '[part="headline"]')).to.equal('Could not check: the check was cancelled');
    const buttons = Array.from(el.shadowRoot!.querySelectorAll('[part="actions"] button')).map((b) => b.textContent!.trim());
    expect(buttons).to.include('Re-verify');
  });

  it('verifies again when src changes, aborting the previous run', async function () {
    this.timeout(20_000);
    const valid = catalog.find((e) => e.expect.state === 'valid')!;
    const expired = catalog.find((e) => e.expect.state === 'expired')!;
    const { el } = await verifySrc(valid.url);
    const next = new Promise<VerificationReport>((resolve) => el.addEventListener('badge-verified', (e) => resolve(e.detail.report), { once: true }));
    el.src = expired.url;
    const report = await next;
    await el.updateComplete;
    expect(report.state).to.equal('expired');
    expect(text(el, '[part="headline"]')).to.match(/^Verified — expired on /);
  });

  it('the spinner does not spin under prefers-reduced-motion', async function () {
    this.timeout(15_000);
    const spinning = async () => {
      const el = await fixture<BadgeVerify>(html`<badge-verify .client=${testClient(30_000)} src=${`${location.origin}/__test/hang?case=motion`}></badge-verify>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.spinner'), 'spinner');
      const name = getComputedStyle(el.shadowRoot!.querySelector('.spinner')!).animationName;
      el.cancel();
      await el.verificationComplete();
      return name;
    };
    expect(await spinning()).to.equal('spin');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(await spinning()).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('uses the now attribute as the clock', async function () {
    this.timeout(15_000);
    const entry = catalog.find((e) => e.key === 'ob2-hosted-expired')!;
    const el = await fixture<BadgeVerify>(html`<badge-verify .client=${createBadgeClient({ timeoutMs: 4000 })} now="2024-06-01" src=${entry.url}></badge-verify>`);
    const report = await el.verificationComplete();
    expect(report!.state).to.equal('valid');
    expect(text(el, '[part="headline"]')).to.equal('Verified');
  });
});
