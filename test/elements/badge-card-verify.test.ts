/**
 * `<badge-card verify>`: the Verify button opens `<badge-verify-dialog>` (loaded lazily), by keyboard
 * alone; `verify="auto"` verifies once the badge is shown and puts a status mark on the card, with the
 * same events as `<badge-verify>`; opening the dialog afterwards verifies from the client's cache.
 * Real engine, real HTTP from the sample issuer on the wtr server, request log at /__requests.
 *
 * This file imports only the card entry: the first test checks that the card's chunk does not
 * register (or statically import) the verification UI. wtr runs each test file in its own page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/badge-card.js';
import type { BadgeCard } from '../../src/badge-card.js';
import { createBadgeClient } from '../../src/core/client.js';
import type { VerificationReport } from '../../src/core/types.js';
import type { BadgeVerifyDialog } from '../../src/elements/badge-verify/badge-verify-dialog.js';
import { deepActiveElement, tabbables } from '../../src/elements/badge-verify/focus.js';
import { $, abs, cleanup, entry, loadCard, mount } from './helpers.js';

/** Inside the catalog's validity window (the sample issuer's dates are 2026–2030). */
const NOW = new Date('2027-06-01T12:00:00Z');

/** A fresh client (own fetcher and cache) per card, short timeouts. */
const client = () => createBadgeClient({ timeoutMs: 4000 });

interface Logged {
  method: string;
  url: string;
}
const resetLog = () => fetch('/__requests/reset', { method: 'POST' });
const issuerRequests = async (): Promise<Logged[]> =>
  ((await (await fetch('/__requests')).json()) as Logged[]).filter((r) => new URL(r.url, location.origin).pathname.startsWith('/issuer/'));

/** Loads a catalog credential into a card with `verify` set, collecting `badge-verified` reports. */
async function verifyCard(key: string, verify: string, setup: (el: BadgeCard) => void = () => {}) {
  const e = await entry(key);
  const reports: VerificationReport[] = [];
  const steps: string[] = [];
  const { el, outcome } = await loadCard(abs(e.path), (c) => {
    c.client = client();
    c.now = NOW;
    c.setAttribute('verify', verify);
    c.setAttribute('theme', 'light');
    c.addEventListener('badge-verified', (ev) => reports.push(ev.detail.report));
    c.addEventListener('badge-verify-step', (ev) => steps.push(ev.detail.check.id));
    setup(c);
  });
  expect(outcome.type, `${key} loads`).to.equal('load');
  return { el, e, reports, steps };
}

const mark = (el: BadgeCard) => $(el, '[part="verify-mark"]');
const button = (el: BadgeCard) => $(el, '[part="verify-button"]') as HTMLButtonElement | null;
const dialogOf = (el: BadgeCard) => el.shadowRoot!.querySelector<BadgeVerifyDialog>('badge-verify-dialog');

/** Whether `node` is inside `root`, crossing shadow boundaries. */
function within(node: Node | null, root: Node): boolean {
  while (node) {
    if (node === root) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

describe('<badge-card verify>', () => {
  afterEach(cleanup);

  // must stay first: nothing else in this page has loaded the verification UI yet
  it('keeps the verification UI out of the card chunk: nothing registered until the button is pressed', async () => {
    const { el } = await verifyCard('ob2-hosted-valid', '');
    expect(button(el)).to.exist;
    expect(customElements.get('badge-verify-dialog')).to.equal(undefined);
    expect(customElements.get('badge-verify')).to.equal(undefined);
    expect(dialogOf(el)).to.equal(null);
    expect(mark(el), 'no mark before any verification').to.equal(null);
  });

  it('has no verify button or mark without the attribute', async () => {
    const e = await entry('ob2-hosted-valid');
    const { el } = await loadCard(abs(e.path), (c) => (c.client = client()));
    expect(button(el)).to.equal(null);
    expect(mark(el)).to.equal(null);
    expect(el.hasAttribute('verify')).to.equal(false);
  });

  it('opens the dialog by keyboard alone: Tab to the button, Enter, verdict, Tab stays inside, Escape, focus back', async function () {
    this.timeout(20_000);
    const before = document.createElement('button');
    before.textContent = 'Before';
    document.body.prepend(before);
    try {
      const { el, e, reports } = await verifyCard('ob2-signed-valid', 'button');
      const verifyButton = button(el)!;
      expect(verifyButton.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Verify this badge: ${el.badge!.name}`);

      // Tab from the page into the card until the Verify button has focus
      before.focus();
      for (let i = 0; i < 25 && deepActiveElement() !== verifyButton; i++) await sendKeys({ press: 'Tab' });
      expect(deepActiveElement(), 'Tab reaches the Verify button').to.equal(verifyButton);

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(el)?.open, 'the dialog opens', { timeout: 5000 });
      await waitUntil(() => reports.length > 0, 'the dialog verified the badge', { timeout: 12_000 });
      const dialogEl = dialogOf(el)!;
      await dialogEl.updateComplete;
      await dialogEl.verifyElement!.updateComplete;
      await dialogEl.updateComplete;
      expect(reports[0]!.state).to.equal(e.expect.state);
      expect(reports[0]!.authentic).to.equal(true);

      const dialog = dialogEl.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      const label = dialogEl.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(label.textContent!.trim()).to.equal('Verified');
      const headline = dialogEl.verifyElement!.shadowRoot!.querySelector('[part~="verdict"]')!;
      expect(headline.textContent!.replace(/\s+/g, ' ')).to.contain('Verified');
      expect(within(deepActiveElement(), dialog), 'focus moved into the dialog').to.equal(true);

      // a full cycle forward: focus never leaves the dialog and wraps around
      const items = tabbables(dialog);
      expect(items.length).to.be.greaterThan(2);
      for (let i = 1; i <= items.length; i++) {
        await sendKeys({ press: 'Tab' });
        expect(within(deepActiveElement(), dialog), `Tab ${i} stays inside`).to.equal(true);
      }
      expect(deepActiveElement()).to.equal(items[0]);

      // the card now shows the dialog's verdict as its mark
      expect(mark(el)!.getAttribute('aria-label')).to.equal('Verified');

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape closes the dialog');
      expect(deepActiveElement(), 'focus returns to the Verify button').to.equal(verifyButton);
    } finally {
      before.remove();
    }
  });

  const cases = [
    { key: 'ob3-jwt-didweb-v2', tone: 'verified', label: /^Verified$/, word: 'Verified' },
    { key: 'ob3-jwt-expired', tone: 'caution', label: /^Verified — expired on \S.+$/, word: 'Expired' },
    { key: 'ob3-di-status-revoked', tone: 'revoked', label: /^Verified — revoked( \(.+\))?$/, word: 'Revoked' },
    { key: 'broken-jwt-tampered', tone: 'invalid', label: /^Not verified: the signature does not match$/, word: 'Not verified' },
  ];
  for (const c of cases) {
    it(`verify="auto" marks ${c.key} as ${c.tone} and fires badge-verified with its report`, async function () {
      this.timeout(15_000);
      const { el, e, reports, steps } = await verifyCard(c.key, 'auto');
      await waitUntil(() => reports.length > 0, 'badge-verified was fired', { timeout: 12_000 });
      await el.updateComplete;
      const report = reports[0]!;
      expect(report.authentic).to.equal(e.expect.authentic);
      expect(report.state).to.equal(e.expect.state);
      if (e.expect.code) expect(report.code).to.equal(e.expect.code);
      expect(steps, 'one badge-verify-step per check, in order').to.deep.equal(report.checks.map((k) => k.id));
      expect(reports.length, 'verified once').to.equal(1);

      const m = mark(el)!;
      expect(m.getAttribute('role')).to.equal('img');
      expect(m.getAttribute('aria-label')).to.match(c.label);
      expect(m.getAttribute('title')).to.equal(m.getAttribute('aria-label'));
      expect(m.classList.contains(`tone-${c.tone}`)).to.equal(true);
      // green (and the check mark) only for a verified badge
      expect(m.classList.contains('tone-verified')).to.equal(report.authentic && report.state === 'valid');
      expect(m.textContent!.trim()).to.equal(c.word);
      expect(button(el)).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('verify="auto" in the compact layout: icon-only mark named by the verdict, axe-clean', async function () {
    this.timeout(15_000);
    const { el, reports } = await verifyCard('ob2-hosted-expired', 'auto', (c) => c.setAttribute('layout', 'compact'));
    expect(mark(el), 'a mark (Checking…, then the verdict) from the update that shows the badge').to.exist;
    await waitUntil(() => reports.length > 0, 'badge-verified was fired', { timeout: 12_000 });
    await el.updateComplete;
    const m = mark(el)!;
    expect(m.getAttribute('aria-label')).to.match(/^Verified — expired on \S.+$/);
    expect(getComputedStyle(m.querySelector('.mark-label')!).display).to.equal('none');
    expect(m.getBoundingClientRect().width).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('opening the dialog after verify="auto" makes no new requests (same client cache), dialog axe-clean', async function () {
    this.timeout(25_000);
    await resetLog();
    const { el, e, reports } = await verifyCard('ob3-di-status-valid', 'auto');
    await waitUntil(() => reports.length > 0, 'auto verification finished', { timeout: 15_000 });
    await el.updateComplete;
    const first = await issuerRequests();
    expect(first.length, 'the log sees the first load and verification').to.be.greaterThan(0);
    expect(first.some((r) => r.url.includes('/issuer/status/revocation.json')), 'the status list was fetched').to.equal(true);
    expect(first.some((r) => r.url.includes('/did.json')), 'the issuer\'s DID document was fetched').to.equal(true);
    expect(reports[0]!.state).to.equal(e.expect.state);
    expect(mark(el)!.getAttribute('aria-label')).to.equal('Verified');

    await resetLog();
    button(el)!.click();
    await waitUntil(() => reports.length > 1, 'the dialog verified again', { timeout: 15_000 });
    const dialogEl = dialogOf(el)!;
    await dialogEl.updateComplete;
    await dialogEl.verifyElement!.updateComplete;
    expect(reports[1]!.state).to.equal(reports[0]!.state);
    expect(reports[1]!.authentic).to.equal(true);
    const logged = await issuerRequests();
    expect(logged.map((r) => `${r.method} ${r.url}`), 'no request to the issuer while re-verifying').to.deep.equal([]);

    expect(dialogEl.open).to.equal(true);
    await expect(dialogEl).shadowDom.to.be.accessible();
    await expect(dialogEl.verifyElement!).to.be.accessible();
    dialogEl.close();
    await waitUntil(() => !dialogEl.shadowRoot!.querySelector('dialog')!.open);
  });

  it('verify="auto" with load="on-click" makes no request before the user asks, then verifies', async function () {
    this.timeout(15_000);
    const e = await entry('ob2-hosted-valid');
    await resetLog();
    const reports: VerificationReport[] = [];
    const { el, outcome } = mount((c) => {
      c.client = client();
      c.now = NOW;
      c.setAttribute('load', 'on-click');
      c.setAttribute('verify', 'auto');
      c.addEventListener('badge-verified', (ev) => reports.push(ev.detail.report));
      c.src = abs(e.path);
    });
    await el.updateComplete;
    expect(await issuerRequests(), 'nothing requested before the user acts').to.deep.equal([]);
    expect(button(el)).to.equal(null);
    ($(el, '[part="show-button"]') as HTMLButtonElement).click();
    expect((await outcome).type).to.equal('load');
    await waitUntil(() => reports.length > 0, 'verified after the user asked', { timeout: 12_000 });
    expect(reports[0]!.state).to.equal('valid');
  });

  it('treats unknown verify values like the button mode (a button, no automatic verification)', async () => {
    const { el, reports } = await verifyCard('ob2-hosted-valid', 'some-future-mode');
    expect(button(el)).to.exist;
    // in auto mode the "Checking…" mark is already rendered in the update that shows the badge
    expect(mark(el)).to.equal(null);
    expect(reports).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
