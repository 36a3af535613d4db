/**
 * `<badge-card>` as a shell: the element draws the skeleton of its box until its view (reader, templates,
 * styles, strings: `card-view.ts`) is in, then the badge; if the view cannot be fetched, the page's own
 * fallback content shows, a `badge-error` says so, and the next change tries again.
 * The import is the seam (`importView()`), gated or failed by a subclass; the view itself is the real one.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import { entry, abs } from './helpers.js';

type ViewModule = typeof import('../../src/elements/badge-card/card-view.js');

let gate: { open: () => void; fail: (e: Error) => void; promise: Promise<void> };
function newGate(): void {
  let open!: () => void;
  let fail!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    open = res;
    fail = rej;
  });
  gate = { open, fail, promise };
}

class GatedCard extends BadgeCard {
  protected override importView(): Promise<ViewModule> {
    return gate.promise.then(() => super.importView());
  }
}
customElements.define('gated-badge-card', GatedCard);

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('<badge-card> before and without its view', function () {
  this.timeout(20_000);
  afterEach(() => fixtureCleanup());

  it('draws the skeleton of its exact box until the view is in, then the badge', async () => {
    newGate();
    const e = await entry('ob3-jwt-didkey-v2');
    const card = document.createElement('gated-badge-card') as GatedCard;
    card.setAttribute('size', 'small');
    card.src = abs(e.path);
    const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
    document.body.append(card);
    await frame();
    const root = card.shadowRoot!;
    const sk = root.querySelector('[part~="skeleton"]')!;
    expect(sk, 'skeleton while the view loads').to.exist;
    expect(sk.getAttribute('aria-busy')).to.equal('true');
    const box = card.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(16 * 16); // small: 16rem, the loaded card's box
    gate.open();
    await loaded;
    await card.updateComplete;
    expect(root.querySelector('[part~="skeleton"]')).to.equal(null);
    expect(root.querySelector('[part~="name"]')!.textContent!.trim().length).to.be.greaterThan(0);
    expect(Math.round(card.getBoundingClientRect().width)).to.equal(Math.round(box.width));
    card.remove();
  });

  it('a view that cannot be fetched: the fallback content, a named badge-error, and a retry on the next change', async () => {
    newGate();
    const e = await entry('ob3-jwt-didkey-v2');
    const card = document.createElement('gated-badge-card') as GatedCard;
    const link = Object.assign(document.createElement('a'), { href: abs(e.path), textContent: 'My badge (fallback)' });
    card.append(link);
    const error = new Promise<CustomEvent>((r) => card.addEventListener('badge-error', (ev) => r(ev as CustomEvent), { once: true }));
    card.src = abs(e.path);
    document.body.append(card);
    gate.fail(new TypeError('Failed to fetch dynamically imported module'));
    const ev = await error;
    expect(ev.detail.error.code).to.equal('fetch-failed');
    expect(ev.detail.error.message).to.match(/could not be loaded/);
    await card.updateComplete;
    const root = card.shadowRoot!;
    expect(root.querySelector('[part~="skeleton"]'), 'no endless skeleton').to.equal(null);
    const slot = root.querySelector('slot:not([name])') as HTMLSlotElement;
    expect(slot.assignedElements()).to.deep.equal([link]);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);

    // the network is back: changing src (or reconnecting) asks for the view again
    newGate();
    gate.open();
    const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
    card.src = `${abs(e.path)}?again=1`;
    await loaded;
    await card.updateComplete;
    expect(root.querySelector('[part~="name"]')).to.exist;
    card.remove();
  });
});
