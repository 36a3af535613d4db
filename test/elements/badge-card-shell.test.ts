/**
 * `<badge-card>` as a shell: the element draws the skeleton of its box until its view (reader, templates,
 * styles, strings: `card-view.ts`) is in, then the badge; if the view cannot be fetched, the page's own
 * fallback content shows, a `badge-error` says so, and the next change tries again.
 * The import is the seam (`importView()`), gated or failed by a subclass; the view itself is the real one.
 * Before the view is in, the card's entry starts the badge's request when the page default client would make it,
 * and the default client's fetcher takes it over: one request, started a round trip earlier (`core/fetch-start.ts`).
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import { createBadgeClient } from '../../src/core/client.js';
import { BadgeProvider } from '../../src/elements/badge-provider/badge-provider.js';
import '../../src/badge-provider.js';
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
const uid = (): string => Math.random().toString(36).slice(2, 10);
/** The page's requests for a URL (resource timing: every fetch the page made, whoever made it). */
const requestsFor = (url: string): PerformanceResourceTiming[] =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name === url);

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

  it('starts the badge request before its view is in, and the default client takes it over: one request', async () => {
    newGate();
    const e = await entry('ob3-jwt-didkey-v2');
    const url = `${abs(e.path)}?early=${uid()}`;
    const card = document.createElement('gated-badge-card') as GatedCard;
    card.src = url;
    const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
    document.body.append(card);
    // the view is held back: the request is already on its way (and done), made by the entry
    for (let i = 0; i < 200 && requestsFor(url).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(requestsFor(url), 'requested while the view was still loading').to.have.length(1);
    gate.open();
    await loaded;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="name"]')).to.exist;
    expect(requestsFor(url), 'taken over, not requested again').to.have.length(1);
    card.remove();
  });

  it('no early request under a <badge-provider>, or with a client of its own: that client makes the only request', async () => {
    const e = await entry('ob3-jwt-didkey-v2');
    for (const how of ['provider', 'client'] as const) {
      newGate();
      const url = `${abs(e.path)}?early=${uid()}`;
      const seen: string[] = [];
      const client = createBadgeClient({ fetch: (input, init) => (seen.push(String(input)), fetch(input, init)) });
      const card = document.createElement('gated-badge-card') as GatedCard;
      card.src = url;
      let root: HTMLElement = card;
      if (how === 'provider') {
        const p = document.createElement('badge-provider') as BadgeProvider;
        p.client = client;
        p.append(card);
        root = p;
      } else card.client = client;
      const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
      document.body.append(root);
      await new Promise((r) => setTimeout(r, 100));
      expect(requestsFor(url), `${how}: nothing before the view`).to.have.length(0);
      gate.open();
      await loaded;
      expect(seen, `${how}: through its client`).to.deep.equal([url]);
      expect(requestsFor(url), how).to.have.length(1);
      root.remove();
    }
  });
});
