/**
 * <badge-verify-dialog> by keyboard alone: open with Enter from a button, Tab / Shift+Tab stay
 * inside, Escape closes, focus returns to the opener. Labelled by the verdict. axe-clean.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/badge-verify.js';
import type { BadgeVerifyDialog } from '../../src/badge-verify.js';
import { deepActiveElement, tabbables } from '../../src/elements/badge-verify/focus.js';
import { reports } from './badge-verify.fixtures.js';
import { createBadgeClient } from '../../src/core/client.js';
import type { CatalogEntry } from '../../demo/issuer/types.js';
import type { VerificationReport } from '../../src/core/types.js';

/** Whether `node` is inside `root`, crossing shadow boundaries. */
function within(node: Node | null, root: Node): boolean {
  while (node) {
    if (node === root) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

async function setup(report = reports.valid) {
  const wrap = await fixture<HTMLDivElement>(html`
    <div>
      <button id="before">Before</button>
      <button id="opener">Verify this badge</button>
      <badge-verify-dialog .report=${report}></badge-verify-dialog>
      <button id="after">After</button>
    </div>
  `);
  const opener = wrap.querySelector<HTMLButtonElement>('#opener')!;
  const dialogEl = wrap.querySelector<BadgeVerifyDialog>('badge-verify-dialog')!;
  opener.addEventListener('click', () => dialogEl.show(opener));
  return { wrap, opener, dialogEl };
}

async function openByKeyboard(opener: HTMLButtonElement, dialogEl: BadgeVerifyDialog) {
  opener.focus();
  await sendKeys({ press: 'Enter' });
  await dialogEl.updateComplete;
  await dialogEl.verifyElement!.updateComplete;
  await dialogEl.updateComplete;
  return dialogEl.shadowRoot!.querySelector('dialog')!;
}

describe('<badge-verify-dialog> keyboard use', () => {
  it('opens with Enter, traps Tab and Shift+Tab, closes with Escape and restores focus', async () => {
    const { opener, dialogEl } = await setup();
    const dialog = await openByKeyboard(opener, dialogEl);
    expect(dialog.open).to.equal(true);
    expect(dialogEl.open).to.equal(true);
    expect(within(deepActiveElement(), dialog)).to.equal(true);

    const items = tabbables(dialog);
    expect(items.length).to.be.greaterThan(3);
    expect(deepActiveElement()).to.equal(items[0]);
    // a full cycle forward and one more step: focus never leaves, and wraps to the first
    for (let i = 1; i <= items.length; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      expect(within(active, dialog), `Tab ${i} stays inside`).to.equal(true);
      expect(active).to.equal(items[i % items.length]);
    }
    // backwards from the first goes to the last
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(items[items.length - 1]);

    const closed = oneEvent(dialogEl, 'badge-verify-dialog-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await dialogEl.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(dialogEl.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('is labelled by the verdict and axe-clean while open', async () => {
    const { opener, dialogEl } = await setup(reports.revoked);
    const dialog = await openByKeyboard(opener, dialogEl);
    const labelId = dialog.getAttribute('aria-labelledby')!;
    const label = dialogEl.shadowRoot!.getElementById(labelId)!;
    // the reason (credential text) is isolated with FSI…PDI in the one-line label
    expect(label.textContent!.trim()).to.equal('Verified — revoked (\u2068issued in error\u2069)');
    expect(dialog.getAttribute('aria-modal') ?? 'implicit').to.not.equal('false');
    await expect(dialogEl).shadowDom.to.be.accessible();
    await expect(dialogEl.verifyElement!).to.be.accessible();
    dialogEl.close();
    await dialogEl.updateComplete;
  });

  it('closes with its close button (Enter) and returns focus', async () => {
    const { opener, dialogEl } = await setup(reports['fetch-timeout']);
    await openByKeyboard(opener, dialogEl);
    expect(deepActiveElement()?.classList.contains('close')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await dialogEl.updateComplete;
    expect(dialogEl.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('verifies over HTTP only once opened, then is labelled by the real verdict', async function () {
    this.timeout(15_000);
    const catalog: CatalogEntry[] = await (await fetch('/issuer/catalog.json')).json();
    const entry = catalog.find((e) => e.expect.code === 'invalid-signature')!;
    await fetch('/__requests/reset', { method: 'POST' });
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <button id="opener">Verify</button>
      <badge-verify-dialog .client=${createBadgeClient({ timeoutMs: 4000 })} src=${entry.url}></badge-verify-dialog>
    </div>`);
    const opener = wrap.querySelector<HTMLButtonElement>('#opener')!;
    const dialogEl = wrap.querySelector<BadgeVerifyDialog>('badge-verify-dialog')!;
    opener.addEventListener('click', () => dialogEl.show());
    const path = new URL(entry.url).pathname;
    const before = (await (await fetch('/__requests')).json()) as { url: string }[];
    expect(before.some((r) => r.url.includes(path)), 'nothing fetched before opening').to.equal(false);

    const verified = new Promise<VerificationReport>((resolve) => dialogEl.addEventListener('badge-verified', (e) => resolve(e.detail.report), { once: true }));
    const dialog = await openByKeyboard(opener, dialogEl);
    const report = await verified;
    await dialogEl.updateComplete;
    expect(report.code).to.equal('invalid-signature');
    const label = dialogEl.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(label.textContent!.trim()).to.equal('Not verified: the signature does not match');
    await sendKeys({ press: 'Escape' });
    await dialogEl.updateComplete;
    expect(document.activeElement).to.equal(opener);
  });
});
