/**
 * <badge-wall> loads what it needs once its sources arrive: the list readers only for a feed or a URL (their chunk and
 * the request start together), the body (tiles, browse form, pathways and their styles, the badge reader) alongside.
 */
import { expect } from '@open-wc/testing';
import { createBadgeClient } from '../../src/core/client.js';
import { gatherSources } from '../../src/elements/badge-wall/sources.js';
import { abs, cleanupWalls, mountWall, q, tileNames } from './badge-wall.helpers.js';

/** Module files the page fetched whose path contains `part` (the test runner serves each module as its own file). */
const fetched = (part: string): string[] => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.includes(part));

describe('<badge-wall> lazy parts', () => {
  before(() => performance.setResourceTimingBufferSize(100_000));
  afterEach(cleanupWalls);

  it('loads the list readers only for a src or a feed; the body brings the tiles and their styles', async () => {
    const cred = await (await fetch('/issuer/ob3/credentials/ob3-di-jcs-didkey.json')).json();
    const { wall } = await mountWall((w) => (w.credentials = [cred, abs('/issuer/ob2/assertions/viz-mei.json')]));
    expect(tileNames(wall)).to.deep.equal(['Data Cleaning & Wrangling', 'Data Visualization']);
    expect(fetched('/core/formats/lists.')).to.deep.equal([]);
    // the badge reader came with the body, which gave it to the client: no `import()` of it on the first item
    expect(fetched('/core/load.').length).to.equal(1);
    expect(fetched('/core/read-path.')).to.deep.equal([]);
    // the body's styles are adopted: a tile has its fixed size, the form its panel
    expect(getComputedStyle(q(wall, '.tile')!).blockSize).to.equal('104px');
    expect(getComputedStyle(q(wall, '.controls')!).display).to.equal('flex');

    const { detail } = await mountWall((w) => (w.src = '/issuer/wall/presentation.json'));
    expect(detail).to.deep.equal({ total: 4, loaded: 4, failed: 0 });
    expect(fetched('/core/formats/lists.').length).to.equal(1);
  });

  it('a list reader that fails to load: each feed and URL source says so, the request did not wait for it, credentials still show', async () => {
    let requested!: () => void;
    const request = new Promise<void>((r) => (requested = r));
    const client = createBadgeClient({
      fetch: (input, init) => {
        requested();
        return fetch(input, init);
      },
    });
    // the chunk fails only once the list's request is on its way (were the request waiting for the chunk, this never settles)
    const readers = () => request.then(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const s = await gatherSources(
      { src: '/issuer/wall/presentation.json', feed: { type: 'BadgeFeed', items: [] }, credentials: [abs('/issuer/ob2/assertions/viz-mei.json')], children: [] },
      client, new AbortController().signal, readers,
    );
    expect(s.entries.map((e) => e.input)).to.deep.equal([abs('/issuer/ob2/assertions/viz-mei.json')]);
    const message = 'The list reader could not be loaded: Failed to fetch dynamically imported module';
    expect(s.errors).to.deep.equal([
      { source: 'feed', code: 'fetch-failed', message },
      { source: '/issuer/wall/presentation.json', code: 'fetch-failed', message },
    ]);
  });
});
