/**
 * `<badge-wall>` at 1,000 and 10,000 badges in headless Chromium, served by the Vite dev server (demo config,
 * sample issuer). Figures to read, not pass/fail; medians of WALL_RUNS rounds (default 3; WALL_SIZES, WALL_VERIFY=0).
 * - first card after its data arrived: from the latest responseEnd of the first rendered card's assertion, BadgeClass
 *   and issuer profile (resource timing) to that tile in the DOM (MutationObserver); also after its assertion and the feed;
 * - DOM elements (shadow roots included), longest main-thread task (longtask observer), requests made;
 * - scroll frame times (rAF timestamp deltas) for a steady scroll and a fling, while loading and once loaded.
 * Goals: first card < 50 ms after the data arrives, 60 fps scroll, < 500 elements, no task > 50 ms.
 */
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { createServer } from 'vite';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Runs in the page before anything else: timings of the wall's life. */
const INSTRUMENT = `(() => {
  performance.setResourceTimingBufferSize(100000);
  const m = (window.__wall = { longtasks: [], firstTile: 0, firstCard: 0, firstCardIndex: -1, loadDone: 0, verifyDone: 0 });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'badge-wall') {
      // DOM timestamps: the MutationObserver callback right after the tile entered the shadow tree
      new MutationObserver(() => {
        if (!m.firstTile && root.querySelector('.tile')) m.firstTile = performance.now();
        if (m.firstCard) return;
        const card = root.querySelector('.tile:not(.pending):not(.error)');
        if (card) { m.firstCard = performance.now(); m.firstCardIndex = Number(card.getAttribute('data-index')); console.debug('__wall:firstCard'); }
      }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
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
  // Frame recorder for a scroll driven from outside (real wheel input): rAF timestamps (the frame's vsync-aligned
  // begin time: 16.7 ms when no frame was dropped, 33.3 ms when one was) and performance.now() in the callbacks
  // (adds main-thread jitter).
  m.toList = () => {
    const list = document.querySelector('badge-wall').shadowRoot.querySelector('.list');
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY);
  };
  m.record = () => {
    const r = (m.rec = { ts: [], now: [], on: true, start: performance.now(), from: window.scrollY });
    const f = (t) => { r.ts.push(t); r.now.push(performance.now()); if (r.on) requestAnimationFrame(f); };
    requestAnimationFrame(f);
  };
  m.stop = () => {
    const r = m.rec;
    r.on = false;
    const end = performance.now();
    const d = (xs) => xs.slice(1).map((x, i) => x - xs[i]);
    const during = m.longtasks.filter((l) => l.start >= r.start && l.start <= end).map((l) => l.duration);
    return { deltas: d(r.ts), late: d(r.now), longest: Math.max(0, ...during), scrolled: window.scrollY - r.from };
  };
  m.metrics = (feedPath) => {
    const res = performance.getEntriesByType('resource');
    const feedEntry = res.find((r) => r.name.includes(feedPath));
    const firstAssertion = res.filter((r) => r.name.includes('/issuer/wall/assertions/')).sort((a, b) => a.responseEnd - b.responseEnd)[0];
    // the first rendered card's own data: its assertion, its BadgeClass and its issuer profile (earliest response of each URL)
    const item = document.querySelector('badge-wall').items[m.firstCardIndex];
    const doc = item && item.badge && item.badge.document;
    const needs = item ? [item.entry.input, doc && typeof doc.badge === 'string' ? doc.badge : item.badge.achievementId, item.badge.issuer.id] : [];
    const ends = needs.map((u) => { const e = res.filter((r) => r.name === u).sort((a, b) => a.responseEnd - b.responseEnd)[0]; return e ? e.responseEnd : NaN; });
    return { feedEnd: feedEntry ? feedEntry.responseEnd : NaN, firstAssertionEnd: firstAssertion ? firstAssertion.responseEnd : NaN,
      cardAssertionEnd: ends[0], cardDataEnd: Math.max(...ends), cardNeeds: needs, cardEnds: ends,
      paths: res.map((r) => new URL(r.name).pathname),
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

interface Frames { median: number; p95: number; max: number; over: number; dropped: number; n: number; px: number; longest: number; lateP95: number; lateMax: number }

interface Result {
  badges: number;
  feedEnd: number;
  cardAssertionEnd: number;
  cardDataEnd: number;
  firstTile: number;
  firstCard: number;
  loadAll?: number;
  domAfterFirst: number;
  domAfterScroll: number;
  tiles: number;
  longestLoad: number;
  scrolls: { name: string; frames: Frames }[];
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

/** The scrolls: real (synthetic) mouse-wheel gestures from the browser's input pipeline, as a user's scroll, not
 * script scrollBy (which forces a layout per call through the virtualizer's patched window.scrollBy). */
const STEADY = { distance: 19_200, speed: 4_800 }; // 80 px per 60 Hz frame = one 800 px viewport per 10 frames, 4 s
const FLING = { distance: 9_600, speed: 24_000 }; // a fast flick: 400 px per frame (12 viewports in 0.4 s)

async function scroll(page: Page, cdp: CDPSession, g: { distance: number; speed: number }): Promise<Frames> {
  await page.evaluate('window.__wall.toList()');
  await page.waitForTimeout(250);
  await page.evaluate('window.__wall.record()');
  await cdp.send('Input.synthesizeScrollGesture', { x: 640, y: 400, yDistance: -g.distance, speed: g.speed, gestureSourceType: 'mouse', repeatCount: 0 });
  await page.waitForTimeout(100); // the last frames of the scroll
  const r = (await page.evaluate('window.__wall.stop()')) as { deltas: number[]; late: number[]; longest: number; scrolled: number };
  const d = r.deltas;
  return {
    median: pct(d, 50), p95: pct(d, 95), max: Math.max(...d), n: d.length, px: r.scrolled, longest: r.longest,
    // rAF timestamps: 16.6–16.8 ms on time (0.1 ms timer resolution), 33.3 ms when a frame was dropped
    over: d.filter((x) => x > 1000 / 60 + 0.5).length / d.length, dropped: d.filter((x) => x > 25).length / d.length,
    lateP95: pct(r.late, 95), lateMax: Math.max(...r.late),
  };
}

async function measure(page: Page, origin: string, badges: number): Promise<Result> {
  await page.request.post(`${origin}/__requests/reset`);
  const feed = `/issuer/wall/feed-${badges}.json`;
  // waits for a console message, not waitForFunction: that would inject and poll a script in the page while it loads
  const first = page.waitForEvent('console', { predicate: (msg) => msg.text() === '__wall:firstCard', timeout: 60_000 });
  await page.goto(`${origin}/wall.html?src=${encodeURIComponent(feed)}`, { waitUntil: 'commit' });
  await first;
  await page.waitForTimeout(300);
  const domAfterFirst = await countDom(page);
  // while the wall is still loading (re-renders as results arrive): a steady scroll, then a fling from the top
  const cdp = await page.context().newCDPSession(page);
  const scrolls = [{ name: 'steady, loading', frames: await scroll(page, cdp, STEADY) }];
  scrolls.push({ name: 'fast, loading', frames: await scroll(page, cdp, FLING) });
  const domAfterScroll = await countDom(page);
  const tiles = (await page.evaluate("document.querySelector('badge-wall').shadowRoot.querySelectorAll('.tile').length")) as number;
  // let loading finish (or give up after 3 minutes: reported as such), then the same two scrolls on the settled wall
  await page.waitForFunction('window.__wall.loadDone > 0', null, { timeout: 180_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  scrolls.push({ name: 'steady, loaded', frames: await scroll(page, cdp, STEADY) });
  scrolls.push({ name: 'fast, loaded', frames: await scroll(page, cdp, FLING) });
  await cdp.detach();
  const m = (await page.evaluate(`window.__wall.metrics(${JSON.stringify(feed)})`)) as {
    feedEnd: number; cardAssertionEnd: number; cardDataEnd: number; firstTile: number; firstCard: number; loadDone: number; longest: number; paths: string[];
  };
  // requests: the page's resource timing (buffer raised to 100,000; the test server's own log keeps only 5,000)
  const paths = m.paths;
  // what a <badge-card> per tile would cost instead of the wall's own tiles
  const cardElements = (await page.evaluate('window.__wall.cardElements()')) as number;
  return {
    badges, feedEnd: m.feedEnd, cardAssertionEnd: m.cardAssertionEnd, cardDataEnd: m.cardDataEnd, firstTile: m.firstTile, firstCard: m.firstCard,
    loadAll: m.loadDone ? m.loadDone - m.feedEnd : undefined, domAfterFirst, domAfterScroll, tiles, longestLoad: m.longest, scrolls,
    requests: {
      total: paths.filter((p) => p.startsWith('/issuer/')).length, assertions: paths.filter((p) => p.startsWith('/issuer/wall/assertions/')).length,
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
const median = (xs: number[]) => pct(xs.filter((x) => !Number.isNaN(x)), 50);
/** Median of the runs, with the range when there are several: `42.0 ms (38.1–47.9)`. */
function stat(xs: number[], fmt: (n: number) => string = ms): string {
  const ok = xs.filter((x) => !Number.isNaN(x));
  if (ok.length === 0) return 'n/a';
  return ok.length === 1 ? fmt(ok[0]!) : `${fmt(median(ok))} (${fmt(Math.min(...ok)).replace(/ ms$/, '')}–${fmt(Math.max(...ok))})`;
}
const share = (n: number) => `${(n * 100).toFixed(1)} %`;

/** Rounds per wall size (WALL_RUNS, default 3): figures are medians over the rounds (range in brackets). */
const RUNS = Math.max(1, Number(process.env.WALL_RUNS ?? 3));
const SIZES = (process.env.WALL_SIZES ?? '1000,10000').split(',').map(Number);

export default async function run(): Promise<void> {
  const server = await createServer({
    configFile: 'vite.demo.config.ts', logLevel: 'error', clearScreen: false,
    server: { port: 0, host: '127.0.0.1', hmr: false },
    optimizeDeps: { include: ['@lit-labs/virtualizer/virtualize.js', '@lit-labs/virtualizer/layouts/grid.js', '@lit-labs/virtualizer/layouts/flow.js'] },
  });
  await server.listen();
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS });
  const os = await import('node:os');
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(`${INSTRUMENT}; window.__root = ${JSON.stringify(process.cwd())};`);
    const page = await context.newPage();
    // warm-up: Vite transforms and pre-bundles on the first visit (and may reload once)
    await page.goto(`${origin}/wall.html?src=${encodeURIComponent('/issuer/wall/feed-20.json')}`, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    const load0 = os.loadavg()[0]!;
    const runs = new Map<number, Result[]>(SIZES.map((n) => [n, []]));
    for (let round = 0; round < RUNS; round++) for (const n of SIZES) runs.get(n)!.push(await measure(page, origin, n));
    console.log(`machine: ${os.cpus().length} cores, load average ${load0.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end; ${RUNS} rounds per size, medians (range)`);
    console.log('first card: its data = the latest responseEnd (resource timing) of the assertion, BadgeClass and issuer profile of the first card rendered; card/tile in the DOM = a MutationObserver on the wall\'s shadow root.\n');
    console.log('| wall | first card after its data arrived (goal < 50 ms) | first card after its assertion | first card after the feed | first tile after the feed | all loaded | DOM elements, first / after scroll (goal < 500) | tiles in DOM | longest task while loading (goal ≤ 50 ms) | requests (total, assertions, issuer profile, BadgeClasses, images, feed) |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const [n, rs] of runs) {
      const f = (g: (r: Result) => number, fmt?: (n: number) => string) => stat(rs.map(g), fmt);
      const q = rs[rs.length - 1]!.requests;
      console.log(`| ${n.toLocaleString('en')} | ${f((r) => r.firstCard - r.cardDataEnd)} | ${f((r) => r.firstCard - r.cardAssertionEnd)} | ${f((r) => r.firstCard - r.feedEnd)} | ${f((r) => r.firstTile - r.feedEnd)} | ${f((r) => (r.loadAll ?? NaN) / 1000, (x) => `${x.toFixed(1)} s`)} | ${f((r) => r.domAfterFirst, String)} / ${f((r) => r.domAfterScroll, String)} | ${f((r) => r.tiles, String)} | ${f((r) => r.longestLoad)} | ${q.total}, ${q.assertions}, ${q.issuer}, ${q.badgeClasses}, ${q.images}, ${q.feed} |`);
    }
    console.log(`\nScroll (goal: 60 fps = every frame 16.7 ms): mouse-wheel scroll gestures through the browser's input pipeline (CDP Input.synthesizeScrollGesture), frames recorded from the first rAF until 100 ms after the gesture; frame time = delta of the rAF timestamps (vsync-aligned, so 16.7 ms = on time, 33.3 ms = one dropped); the callback interval (performance.now() in the callbacks) adds main-thread jitter. Steady = ${STEADY.distance.toLocaleString('en')} px at ${STEADY.speed.toLocaleString('en')} px/s (${STEADY.speed / 60} px/frame, one 800 px viewport per 10 frames); fast = ${FLING.distance.toLocaleString('en')} px at ${FLING.speed.toLocaleString('en')} px/s (${FLING.speed / 60} px/frame). "loading" = while results still arrive (re-renders), "loaded" = after every item settled.\n`);
    console.log('| wall | scroll | frame median | frame p95 | frame max | frames > 16.7 ms (+0.5 ms timer jitter) | frames > 25 ms (≥ 1 dropped) | rAF callback interval p95 / max | longest task | frames |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const [n, rs] of runs) {
      for (const name of rs[0]!.scrolls.map((x) => x.name)) {
        const fs = rs.map((r) => r.scrolls.find((x) => x.name === name)!.frames);
        const f = (g: (x: Frames) => number, fmt?: (n: number) => string) => stat(fs.map(g), fmt);
        console.log(`| ${n.toLocaleString('en')} | ${name} | ${f((x) => x.median)} | ${f((x) => x.p95)} | ${f((x) => x.max)} | ${f((x) => x.over, share)} | ${f((x) => x.dropped, share)} | ${f((x) => x.lateP95)} / ${f((x) => x.lateMax)} | ${f((x) => x.longest)} | ${fs[0]!.n} (${Math.round(fs[0]!.px).toLocaleString('en')} px) |`);
      }
    }
    if (process.env.WALL_VERIFY !== '0') {
      const v = await measureVerify(page, origin, 1000);
      console.log(`\nverify-all, 1,000 badges (loading and verifying together): ${(v.total / 1000).toFixed(1)} s from the first tile to the last verification, longest task ${ms(v.longest)}; summary "${v.summary}"`);
    }
    const r0 = [...runs.values()][0]![0]!;
    console.log(`\nA <badge-card> is ${r0.cardElements} elements (host + shadow tree); ${r0.tiles} cards in view would be ≈ ${(r0.cardElements * r0.tiles).toLocaleString('en')} elements, so the wall renders its own ${Math.round((r0.domAfterScroll - 60) / Math.max(1, r0.tiles))}-element tiles.`);
  } finally {
    await browser.close();
    await server.close();
  }
}
