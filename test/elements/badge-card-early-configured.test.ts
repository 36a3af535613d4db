/**
 * A page that configured its own default client (`configureBadgeElements({ fetch })`, e.g. a proxy) before its
 * cards connected: no card starts its badge's request early (`core/fetch-start.ts`); that client makes the only
 * request. (Its own file: configuring the page's client is for the whole page.)
 */
import { expect } from '@open-wc/testing';
import { configureBadgeElements } from '../../src/define.js';
import { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import { entry, abs } from './helpers.js';

// the card connects while its view is still held back: the moment an early request would start
let open: () => void = () => undefined;
const gate = new Promise<void>((r) => (open = r));
class GatedCard extends BadgeCard {
  protected override importView(): ReturnType<BadgeCard['importView']> {
    return gate.then(() => super.importView());
  }
}
customElements.define('gated-card-configured', GatedCard);

describe('<badge-card> on a page with its own client', function () {
  this.timeout(20_000);

  it('starts nothing early: the configured client makes the one request', async () => {
    const seen: string[] = [];
    configureBadgeElements({ fetch: (input, init) => (seen.push(String(input)), fetch(input, init)) });
    const e = await entry('ob3-jwt-didkey-v2');
    const url = `${abs(e.path)}?configured=${Math.random().toString(36).slice(2)}`;
    const card = document.createElement('gated-card-configured') as GatedCard;
    card.src = url;
    const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
    document.body.append(card);
    await new Promise((r) => setTimeout(r, 100));
    expect(performance.getEntriesByType('resource').filter((r) => r.name === url), 'nothing before the view').to.have.length(0);
    open();
    await loaded;
    expect(seen).to.deep.equal([url]);
    expect(performance.getEntriesByType('resource').filter((r) => r.name === url)).to.have.length(1);
    card.remove();
  });
});
