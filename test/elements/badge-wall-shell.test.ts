/**
 * `<badge-wall>` before and without its body (`body.ts`: items, tiles, browse form, the full render): the element
 * shows its header and "loading" while the sources and the body's chunk are on their way; when the body's chunk
 * cannot be fetched, the wall settles with a named source error instead of loading forever. The import is the
 * seam (`importBody()`), gated or failed by a subclass; the sources are real requests to the sample issuer.
 */
import { expect } from '@open-wc/testing';
import { BadgeWall } from '../../src/elements/badge-wall/badge-wall.js';
import type { WallBody } from '../../src/elements/badge-wall/load-body.js';
import { cleanupWalls, freshClient, q, qa, settle, txt } from './badge-wall.helpers.js';

let gate: Promise<void> = Promise.resolve();
let open: () => void = () => undefined;
let fail: (e: Error) => void = () => undefined;

class GatedWall extends BadgeWall {
  protected override importBody(): Promise<WallBody> {
    return gate.then(() => super.importBody());
  }
}
customElements.define('gated-badge-wall', GatedWall);

function newGate(): void {
  gate = new Promise<void>((res, rej) => {
    open = res;
    fail = rej;
  });
  gate.catch(() => undefined);
}

function mount(): { wall: GatedWall; loaded: Promise<{ total: number; loaded: number; failed: number }> } {
  const wall = document.createElement('gated-badge-wall') as GatedWall;
  wall.client = freshClient();
  wall.src = '/issuer/wall/presentation.json';
  const loaded = new Promise<{ total: number; loaded: number; failed: number }>((r) => wall.addEventListener('badge-wall-load', (e) => r((e as CustomEvent).detail), { once: true }));
  document.body.append(wall);
  return { wall, loaded };
}

describe('<badge-wall> before and without its body', function () {
  this.timeout(20_000);
  afterEach(() => {
    for (const w of document.querySelectorAll('gated-badge-wall')) w.remove();
    cleanupWalls();
  });

  it('shows its header and "loading" until the body is in, then the tiles', async () => {
    newGate();
    const { wall, loaded } = mount();
    await wall.updateComplete;
    expect(q(wall, '[part~="header"]'), 'header while the body loads').to.exist;
    expect(txt(q(wall, '[part~="count"]'))).to.match(/loading/i);
    expect(q(wall, '.tile')).to.equal(null);
    open();
    expect(await loaded).to.deep.equal({ total: 4, loaded: 4, failed: 0 });
    await settle(wall);
    expect(qa(wall, '.tile').length).to.equal(4);
  });

  it('a body that cannot be fetched: a named source error and a settled wall, not an endless "loading"', async () => {
    newGate();
    const { wall, loaded } = mount();
    fail(new TypeError('Failed to fetch dynamically imported module'));
    expect(await loaded).to.deep.equal({ total: 0, loaded: 0, failed: 0 });
    await settle(wall); // (the event comes just before the sources are handed to the render)
    const error = q(wall, '[part~="source-error"]');
    expect(txt(error)).to.include('The wall could not be loaded: Failed to fetch dynamically imported module');
    expect(txt(q(wall, '[part~="count"]'))).not.to.match(/loading/i);
    expect(q(wall, '[part~="progress"]'), 'no progress bar left running').to.equal(null);
  });
});
