/**
 * Rendering tests: hand-built reports through the `report` property (no verification).
 * Every verdict: headline words, tone, checks, issuer, axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/badge-verify.js';
import type { BadgeVerify } from '../../src/badge-verify.js';
import { CODE_TEXT, STATE_TEXT } from '../../src/badge-verify.js';
import type { VerificationReport } from '../../src/core/types.js';
import { checkSentence, engineNote } from '../../src/elements/badge-verify/render-checks.js';
import { FAILURE_STATE } from '../../demo/issuer/types.js';
import type { VerificationCode } from '../../src/core/types.js';
import { codeReport, expectedHeadline, reports, type ReportKey } from './badge-verify.fixtures.js';

async function show(report: VerificationReport, theme = 'light'): Promise<BadgeVerify> {
  const el = await fixture<BadgeVerify>(html`<badge-verify .report=${report} theme=${theme}></badge-verify>`);
  await el.updateComplete;
  return el;
}

const $ = (el: BadgeVerify, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: BadgeVerify, sel: string) => Array.from(el.shadowRoot!.querySelectorAll(sel));

describe('<badge-verify> rendering a given report', () => {
  for (const key of Object.keys(reports) as ReportKey[]) {
    it(`${key}: headline, checks, accessible`, async () => {
      const report = reports[key];
      const el = await show(report);
      const headline = $(el, '[part="headline"]')!.textContent!.trim();
      expect(headline).to.match(expectedHeadline[key]);
      const verdict = $(el, '.verdict') as HTMLElement;
      // green check only when authentic and valid
      expect(verdict.classList.contains('tone-verified')).to.equal(report.authentic && report.state === 'valid');
      if (report.state === 'unverifiable') expect(verdict.classList.contains('tone-unknown')).to.equal(true);
      if (report.state === 'invalid') expect(verdict.classList.contains('tone-invalid')).to.equal(true);
      // checks in order with their outcome in words
      const items = $$(el, '.check');
      expect(items.map((li) => li.getAttribute('data-check'))).to.deep.equal(report.checks.map((c) => c.id));
      // each check's sentence is the catalogue's (English here); a failure's own engine words, when more precise, stay in its technical details
      items.forEach((li, i) => {
        const c = report.checks[i]!;
        expect(li.querySelector('.check-message')!.textContent).to.equal(checkSentence(c, 'en').text);
        const note = engineNote(c, 'en');
        if (note !== undefined) expect(li.querySelector('.check-details')!.textContent).to.contain(note);
      });
      // live region carries the verdict
      expect($(el, '[aria-live="polite"]')!.textContent!.trim()).to.equal(headline);
      await expect(el).to.be.accessible();
    });
  }

  for (const code of Object.keys(FAILURE_STATE) as VerificationCode[]) {
    it(`code ${code}: its own sentence, the right prefix and tone`, async () => {
      const state = FAILURE_STATE[code];
      const el = await show(codeReport(code, state));
      const headline = $(el, '[part="headline"]')!.textContent!.trim();
      expect(headline).to.equal(`${state === 'invalid' ? 'Not verified' : 'Could not check'}: ${CODE_TEXT[code]}`);
      expect($(el, '.verdict')!.classList.contains(state === 'invalid' ? 'tone-invalid' : 'tone-unknown')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('is axe-clean in dark theme too', async () => {
    for (const key of ['valid', 'revoked', 'fetch-timeout'] as ReportKey[]) {
      const el = await show(reports[key], 'dark');
      await expect(el).to.be.accessible();
    }
  });

  it('never shows a verified look for a non-authentic report, even with an authentic-looking state', async () => {
    const el = await show({ ...reports.valid, authentic: false, code: undefined });
    expect($(el, '.verdict')!.classList.contains('tone-verified')).to.equal(false);
    expect($(el, '[part="headline"]')!.textContent).to.match(/^Could not check/);
    expect($(el, '[part="issuer-verified"]')!.textContent).to.match(/Not proven/);
  });

  it('shows the claimed issuer name apart from the proven identity', async () => {
    const ok = await show(reports.valid);
    expect($(ok, '[part="issuer-claimed"]')!.textContent).to.equal('Example Academy');
    expect($(ok, '[part="issuer-verified"]')!.textContent).to.contain('did:web:issuer.example');
    const fake = await show(reports['key-not-bound']);
    expect($(fake, '[part="issuer-claimed"]')!.textContent).to.equal('Harvard University');
    expect($(fake, '[part="issuer-verified"]')!.textContent).to.match(/Not proven/);
  });

  it('expands a check to its technical details', async () => {
    const el = await show(reports.valid);
    const details = $(el, '[data-check="proof"] details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    (details.querySelector('summary') as HTMLElement).click();
    expect(details.open).to.equal(true);
    const text = details.textContent!;
    expect(text).to.contain('eddsa-rdfc-2022');
    expect(text).to.contain('did:web:issuer.example#key-1');
  });

  it('has a sentence for every state and code of the contract', () => {
    for (const t of Object.values(STATE_TEXT)) expect(t.explanation.length).to.be.greaterThan(10);
    for (const t of Object.values(CODE_TEXT)) expect(t.length).to.be.greaterThan(10);
    expect(Object.keys(STATE_TEXT)).to.have.length(8);
    expect(Object.keys(CODE_TEXT)).to.have.length(18);
  });

  it('shows the drop zone when there is nothing to verify, and it is accessible', async () => {
    const el = await fixture<BadgeVerify>(html`<badge-verify></badge-verify>`);
    expect($(el, '[part="dropzone"]')).to.not.equal(null);
    expect($(el, 'textarea')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
