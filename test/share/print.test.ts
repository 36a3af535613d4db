import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/badge-card.js';
import type { BadgeCard } from '../../src/badge-card.js';
import { abs, cleanup, entry, loadCard } from '../elements/helpers.js';

/** Every element in the card's composed tree (through open shadow roots). */
function deepAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode): void => {
    out.push(...node.querySelectorAll(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(root);
  return out;
}

async function settle(card: BadgeCard): Promise<void> {
  await Promise.all(['badge-share', 'badge-qr'].map((t) => customElements.whenDefined(t)));
  for (const el of deepAll(card.shadowRoot!, 'badge-share, badge-qr')) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const qr = card.shadowRoot!.querySelector('badge-qr');
  if (qr) await qr.ready();
}

describe('print stylesheet', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    cleanup();
  });

  it('print media: no buttons or menus, the verification URL and QR printed, no break inside the card', async () => {
    const e = await entry('ob2-hosted-valid');
    const { el: card } = await loadCard(abs(e.path), (c) => {
      c.setAttribute('share', '');
      c.setAttribute('verify', '');
      c.setAttribute('show-qr', 'print');
    });
    await settle(card);
    const buttons = deepAll(card.shadowRoot!, 'button') as HTMLElement[];
    expect(buttons.length, 'share + verify buttons on screen').to.be.greaterThan(1);
    expect(buttons.some((b) => b.checkVisibility())).to.equal(true);
    const printInfo = card.shadowRoot!.querySelector<HTMLElement>('[part="print-info"]')!;
    expect(printInfo.checkVisibility(), 'print-only block hidden on screen').to.equal(false);

    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    for (const b of buttons) expect(b.checkVisibility(), `button "${b.textContent?.trim()}" hidden in print`).to.equal(false);
    const share = card.shadowRoot!.querySelector('badge-share')!;
    expect(getComputedStyle(share).display).to.equal('none');
    for (const b of card.shadowRoot!.querySelectorAll('button')) expect(getComputedStyle(b).display).to.equal('none');
    expect(printInfo.checkVisibility()).to.equal(true);
    const url = new URL(`/verify.html?src=${encodeURIComponent(card.badge!.id!)}`, location.href).href;
    expect(printInfo.querySelector('.url')!.textContent).to.equal(url);
    const qr = printInfo.querySelector('badge-qr')!;
    expect(qr.checkVisibility()).to.equal(true);
    expect(qr.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.greaterThan(40);
    expect(getComputedStyle(card).breakInside).to.equal('avoid');
  });

  it('show-qr on screen: the QR code is in the actions row on screen and in the printed block (with the URL) in print', async () => {
    const e = await entry('ob3-jwt-didkey-v2');
    const { el: card } = await loadCard(abs(e.path), (c) => c.setAttribute('show-qr', ''));
    await settle(card);
    const screenQr = card.shadowRoot!.querySelector<HTMLElement>('badge-qr.screen')!;
    expect(screenQr.checkVisibility()).to.equal(true);
    expect(card.shadowRoot!.querySelector<HTMLElement>('badge-qr.print')!.checkVisibility(), 'printed copy hidden on screen').to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(screenQr.checkVisibility()).to.equal(false);
    const printed = card.shadowRoot!.querySelector<HTMLElement>('[part="print-info"] badge-qr')!;
    expect(printed.checkVisibility()).to.equal(true);
    expect(card.shadowRoot!.querySelector<HTMLElement>('[part="print-info"] .url')!.textContent).to.contain('/verify.html?src=');
  });
});
