/** <badge-wall> at scale over real HTTP: one issuer-profile request for 1,000 badges, progress, a small DOM, verify-all. */
import { expect } from '@open-wc/testing';
import type { BadgeWall } from '../../src/badge-wall.js';
import { defineBadgeWall } from '../../src/badge-wall.js';
import { cleanupWalls, freshClient, mountWall, q, qa, requests, resetRequests, settle, txt } from './badge-wall.helpers.js';

defineBadgeWall();

function countElements(root: Document | ShadowRoot): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}

describe('<badge-wall> at scale', () => {
  afterEach(cleanupWalls);

  it('a wall of 1,000 badges from one issuer fetches the issuer profile exactly once (and each BadgeClass once)', async function () {
    this.timeout(120_000);
    await resetRequests();
    // progress while loading: "312 of 1,000" on a progressbar
    let sawProgress = false;
    const { wall, detail } = await mountWall((w) => {
      w.src = '/issuer/wall/feed-1000.json';
      const check = () => {
        const bar = w.shadowRoot?.querySelector('[role="progressbar"][aria-label="Loading badges"]');
        if (bar && bar.getAttribute('aria-valuemax') === '1000' && Number(bar.getAttribute('aria-valuenow')) > 0) {
          sawProgress = /^[\d,]+ of 1,000$/.test(txt(bar.nextElementSibling));
        }
        if (!sawProgress && w.isConnected !== false) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    expect(detail).to.deep.equal({ total: 1000, loaded: 1000, failed: 0 });
    expect(sawProgress).to.equal(true);
    const log = await requests();
    const paths = log.filter((r) => r.method === 'GET').map((r) => new URL(r.url).pathname);
    expect(paths.filter((p) => p === '/issuer/ob2/issuer.json').length).to.equal(1);
    const classes = paths.filter((p) => p.startsWith('/issuer/ob2/badges/'));
    expect(classes.length).to.equal(new Set(classes).size);
    expect(paths.filter((p) => p.startsWith('/issuer/wall/assertions/')).length).to.equal(1000);
    expect(paths.filter((p) => p === '/issuer/wall/feed-1000.json').length).to.equal(1);
    // 2 revoked (410 with the assertion): shown as revoked tiles, not errors
    expect(wall.items.filter((i) => i.badge?.revoked).length).to.equal(2);
    // the progress indicator is gone, the count stays; the DOM stays small (virtualized)
    expect(q(wall, '[aria-label="Loading badges"]')).to.equal(null);
    expect(txt(q(wall, '.count'))).to.equal('1,000 badges');
    expect(countElements(wall.shadowRoot!)).to.be.lessThan(500);
    expect(qa(wall, '.tile').length).to.be.lessThan(100);
  });

  it('verify-all verifies every badge and sums up ("… verified, … expired, 1 revoked"); tiles show the result', async function () {
    this.timeout(120_000);
    const done = new Promise<CustomEvent>((r) => addEventListener('badge-wall-verified', (e) => r(e as CustomEvent), { once: true }));
    const { wall } = await mountWall((w) => {
      w.src = '/issuer/wall/feed-150.json';
      w.verifyAll = true;
    });
    const event = await done;
    await settle(wall);
    const now = Date.now();
    const revoked = wall.items.filter((i) => i.badge!.revoked).length;
    const expired = wall.items.filter((i) => !i.badge!.revoked && i.badge!.expires && Date.parse(i.badge!.expires) < now).length;
    expect(revoked).to.equal(1);
    expect(expired).to.be.greaterThan(0);
    const valid = 150 - revoked - expired;
    expect(event.detail).to.deep.equal({ verified: 150, byState: { valid, expired, revoked } });
    expect(txt(q(wall, '[part="summary"]'))).to.equal(`${valid} verified, ${expired} expired, ${revoked} revoked`);
    expect(q(wall, '[part="summary"]')!.getAttribute('role')).to.equal('status');
    const pills = qa(wall, '.tile .pill').map(txt);
    expect(pills.length).to.equal(qa(wall, '.tile').length);
    expect(pills).to.include('Verified');
    await expect(wall).to.be.accessible();
  });

  it('loads visible items first: with a per-origin limit of 2, no more than 2 requests to the issuer run at once', async function () {
    this.timeout(60_000);
    let inFlight = 0, peak = 0;
    const client = freshClient();
    const limited = {
      ...client,
      fetcher: client.fetcher,
      loadBadge: async (input: Parameters<typeof client.loadBadge>[0], o?: Parameters<typeof client.loadBadge>[1]) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        try {
          return await client.loadBadge(input, o);
        } finally {
          inFlight--;
        }
      },
    };
    const { detail } = await mountWall((w: BadgeWall) => {
      w.src = '/issuer/wall/feed-40.json';
      w.perOrigin = 2;
      w.client = limited;
    });
    expect(detail.loaded).to.equal(40);
    expect(peak).to.equal(2);
  });
});
