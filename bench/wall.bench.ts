/**
 * `<badge-wall>` at 1,000 and 10,000 badges in headless Chromium, served by the Vite dev server (demo config,
 * sample issuer). Figures to read, not pass/fail: time to first card after the data arrives, DOM elements
 * (shadow roots included), longest main-thread task (longtask observer), scroll frame times (rAF deltas while
 * scrolling programmatically), requests made. Goals: first card < 50 ms, 60 fps scroll, < 500 elements, no task > 50 ms.
 */
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Runs in the page before anything else: timings of the wall's life. */
const INSTRUMENT = `(() => {
  const m = (window.__wall = { longtasks: [], firstTile: 0, firstCard: 0, loadDone: 0, verifyDone: 0 });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'badge-wall') {
      new MutationObserver(() => {
        if (!m.firstTile && root.querySelector('.tile')) m.firstTile = performance.now();
        if (!m.firstCard && root.querySelector('.tile:not(.pending):not(.error)')) m.firstCard = performance.now();
      }).observe(root, { childList: true, subtree: true });
      this.addEventListener('badge-wall-load', () => (m.loadDone = performance.now()));
      this.addEventListener('badge-wall-verified', (e) => { m.verifyDone = performance.now(); m.verified = e.detail; });
    }
    return root;
  };
  m.countDom = () => {
    let n = 0;
    const walk = (r) => { for (const el of r.querySelectorAll('*')) { n++; if (el.shadowRoot) walk(el.shadowRoot); } };
    walk(document);
    return n;
  };
  m.scroll = async () => {
    const list = document.querySelector('badge-wall').shadowRoot.querySelector('.list');
    list.scrollIntoView({ block: 'start' });
    await new Promise((r) => requestAnimationFrame(r));
    const start = performance.now();
    const deltas = [];
    let last = performance.now();
    for (let i = 0; i < 240; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const t = performance.now();
      deltas.push(t - last);
      last = t;
      window.scrollBy(0, 90);
    }
    const end = performance.now();
    const during = m.longtasks.filter((l) => l.start >= start && l.start <= end).map((l) => l.duration);
    return { deltas: deltas.slice(1), longest: Math.max(0, ...during), scrolled: window.scrollY };
  };
  m.metrics = (feedPath) => {
    const res = performance.getEntriesByType('resource');
    const feedEntry = res.find((r) => r.name.includes(feedPath));
    const firstAssertion = res.filter((r) => r.name.includes('/issuer/wall/assertions/')).sort((a, b) => a.responseEnd - b.responseEnd)[0];
    return { feedEnd: feedEntry ? feedEntry.responseEnd : NaN, firstAssertionEnd: firstAssertion ? firstAssertion.responseEnd : NaN,
      firstTile: m.firstTile, firstCard: m.firstCard, loadDone: m.loadDone, longest: Math.max(0, ...m.longtasks.map((l) => l.duration)) };
  };
  m.cardElements = async () => {
    const { defineBadgeCard } = await import('/@fs' + window.__root + '/src/badge-card.ts');
    defineBadgeCard();
    const wall = document.querySelector('badge-wall');
    const card = document.createElement('badge-card');
    const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
    card.src = wall.items[0].entry.input;
    document.body.append(card);
    await loaded;
    await card.updateComplete;
    const n = 1 + card.shadowRoot.querySelectorAll('*').length;
    card.remove();
    return n;
  };
})();`;

interface Result {
  badges: number;
  feedEnd: number;
  firstAssertionEnd: number;
  firstTile: number;
  firstCard: number;
  loadAll?: number;
  domAfterFirst: number;
  domAfterScroll: number;
  tiles: number;
  longestLoad: number;
  longestScroll: number;
  frames: { median: number; p95: number; max: number; n: number };
  requests: { total: number; assertions: number; issuer: number; badgeClasses: number; images: number; feed: number };
  cardElements: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

function countDom(page: Page): Promise<number> {
  return page.evaluate('window.__wall.countDom()') as Promise<number>;
}

async function measure(page: Page, origin: string, badges: number): Promise<Result> {
  await page.request.post(`${origin}/__requests/reset`);
  const feed = `/issuer/wall/feed-${badges}.json`;
  await page.goto(`${origin}/wall.html?src=${encodeURIComponent(feed)}`, { waitUntil: 'load' });
  await page.waitForFunction('window.__wall.firstCard > 0', null, { timeout: 60_000 });
  await page.waitForTimeout(300);
  const domAfterFirst = await countDom(page);
  // scroll the window down through the wall, one step per frame, recording frame deltas and long tasks
  const scroll = (await page.evaluate('window.__wall.scroll()')) as { deltas: number[]; longest: number; scrolled: number };
  const domAfterScroll = await countDom(page);
  const tiles = (await page.evaluate("document.querySelector('badge-wall').shadowRoot.querySelectorAll('.tile').length")) as number;
  // let loading finish (or give up after 3 minutes: reported as such)
  await page.waitForFunction('window.__wall.loadDone > 0', null, { timeout: 180_000 }).catch(() => undefined);
  const m = (await page.evaluate(`window.__wall.metrics(${JSON.stringify(feed)})`)) as { feedEnd: number; firstAssertionEnd: number; firstTile: number; firstCard: number; loadDone: number; longest: number };
  const log = (await (await page.request.get(`${origin}/__requests`)).json()) as { method: string; url: string }[];
  const paths = log.map((r) => new URL(r.url).pathname);
  // what a <badge-card> per tile would cost instead of the wall's own tiles
  const cardElements = (await page.evaluate('window.__wall.cardElements()')) as number;
  return {
    badges, feedEnd: m.feedEnd, firstAssertionEnd: m.firstAssertionEnd, firstTile: m.firstTile, firstCard: m.firstCard,
    loadAll: m.loadDone ? m.loadDone - m.feedEnd : undefined, domAfterFirst, domAfterScroll, tiles,
    longestLoad: m.longest, longestScroll: scroll.longest,
    frames: { median: pct(scroll.deltas, 50), p95: pct(scroll.deltas, 95), max: Math.max(...scroll.deltas), n: scroll.deltas.length },
    requests: {
      total: paths.length, assertions: paths.filter((p) => p.startsWith('/issuer/wall/assertions/')).length,
      issuer: paths.filter((p) => p === '/issuer/ob2/issuer.json').length, badgeClasses: paths.filter((p) => p.startsWith('/issuer/ob2/badges/')).length,
      images: paths.filter((p) => p.startsWith('/issuer/images/')).length, feed: paths.filter((p) => p === feed).length,
    },
    cardElements,
  };
}

/** verify-all on a wall of `badges`: time until every badge is verified, the longest task meanwhile, the summary. */
async function measureVerify(page: Page, origin: string, badges: number): Promise<{ total: number; longest: number; summary: string; detail: unknown }> {
  await page.goto(`${origin}/wall.html?verify&src=${encodeURIComponent(`/issuer/wall/feed-${badges}.json`)}`, { waitUntil: 'load' });
  await page.waitForFunction('window.__wall.verifyDone > 0', null, { timeout: 300_000 });
  await page.waitForTimeout(400);
  return (await page.evaluate(`(() => {
    const m = window.__wall;
    const start = m.firstTile;
    const during = m.longtasks.filter((l) => l.start >= start).map((l) => l.duration);
    return { total: m.verifyDone - start, longest: Math.max(0, ...during), detail: m.verified,
      summary: document.querySelector('badge-wall').shadowRoot.querySelector('[part~="summary"]').textContent.trim() };
  })()`)) as { total: number; longest: number; summary: string; detail: unknown };
}

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : `${n.toFixed(1)} ms`);

export default async function run(): Promise<void> {
  const server = await createServer({
    configFile: 'vite.demo.config.ts', logLevel: 'error', clearScreen: false,
    server: { port: 0, host: '127.0.0.1', hmr: false },
    optimizeDeps: { include: ['@lit-labs/virtualizer/virtualize.js', '@lit-labs/virtualizer/layouts/grid.js', '@lit-labs/virtualizer/layouts/flow.js'] },
  });
  await server.listen();
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(`${INSTRUMENT}; window.__root = ${JSON.stringify(process.cwd())};`);
    const page = await context.newPage();
    // warm-up: Vite transforms and pre-bundles on the first visit (and may reload once)
    await page.goto(`${origin}/wall.html?src=${encodeURIComponent('/issuer/wall/feed-20.json')}`, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    const results: Result[] = [];
    for (const n of [1000, 10_000]) results.push(await measure(page, origin, n));
    console.log(`machine: ${(await import('node:os')).cpus().length} cores, load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    console.log('| wall | first tile after feed | first card after feed | first card after its assertion | all loaded | DOM elements (first / after scroll) | tiles in DOM | longest task (load / scroll) | scroll frame median / p95 / max | requests (total, assertions, issuer profile, BadgeClasses, images, feed) |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of results) {
      console.log(`| ${r.badges.toLocaleString('en')} | ${ms(r.firstTile - r.feedEnd)} | ${ms(r.firstCard - r.feedEnd)} | ${ms(r.firstCard - r.firstAssertionEnd)} | ${r.loadAll === undefined ? 'not within 3 min' : `${(r.loadAll / 1000).toFixed(1)} s`} | ${r.domAfterFirst} / ${r.domAfterScroll} | ${r.tiles} | ${ms(r.longestLoad)} / ${ms(r.longestScroll)} | ${ms(r.frames.median)} / ${ms(r.frames.p95)} / ${ms(r.frames.max)} (${r.frames.n} frames) | ${r.requests.total}, ${r.requests.assertions}, ${r.requests.issuer}, ${r.requests.badgeClasses}, ${r.requests.images}, ${r.requests.feed} |`);
    }
    const v = await measureVerify(page, origin, 1000);
    console.log(`\nverify-all, 1,000 badges (loading and verifying together): ${(v.total / 1000).toFixed(1)} s from the first tile to the last verification, longest task ${ms(v.longest)}; summary "${v.summary}"`);
    const r0 = results[0]!;
    console.log(`\nA <badge-card> is ${r0.cardElements} elements (host + shadow tree); ${r0.tiles} cards in view would be ≈ ${(r0.cardElements * r0.tiles).toLocaleString('en')} elements, so the wall renders its own ${Math.round((r0.domAfterScroll - 60) / Math.max(1, r0.tiles))}-element tiles.`);
  } finally {
    await browser.close();
    await server.close();
  }
}
