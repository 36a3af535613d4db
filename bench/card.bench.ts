/**
 * What a reader of a page with ONE `<badge-card src>` sees on a slow network, with a production build (`npm run bench -- card`).
 * Figures to read, never pass/fail; medians of CARD_RUNS rounds (default 5), range in brackets.
 * - The page: `<badge-card src="…">` + `import 'badge-elements/badge-card.js'` (resolved to the checkout's src/badge-card.ts,
 *   side-effectful as package.json marks the published entry), built by Vite in production mode (its defaults, including
 *   its preloading of a dynamic import's chunks, but no module-preload polyfill) into a temp dir, served gzip-compressed
 *   (as a static host would) by a node:http / node:http2 server together with the sample issuer's middleware
 *   (demo/issuer/middleware.ts) on the same origin: HTTP/1.1 (h1) and HTTP/2 over TLS with a throwaway self-signed
 *   certificate (h2; needs openssl), CARD_HTTP=h1 or h2 for one of them.
 * - Headless Chromium, a fresh context per load, HTTP cache disabled and the network throttled with CDP
 *   `Network.emulateNetworkConditions` (its `latency` is "from request sent to response headers received": a whole
 *   round trip per request, applied at request level; connection set-up is not emulated).
 * - Times from navigation start (performance.now() in the page): the skeleton (`[part~="skeleton"]`) in the card's
 *   shadow root (a MutationObserver), the `badge-load` event (badge shown); JS requests and bytes from resource
 *   timing (transferSize: gzip body + headers), when the last JS and the badge's data were asked for / in.
 * CARD_ROOT: the source tree(s) to build, comma-separated (default this checkout; uncommitted changes under src/ are
 * flagged), measured interleaved round by round, e.g. CARD_ROOT=/tmp/wt-head,/tmp/wt-before (worktrees with
 * node_modules linked to this one's). CARD_BADGE: the sample issuer's catalog key (default ob3-jwt-didkey-v2).
 * CARD_PROFILES: a subset of the profiles' keys below. CARD_FILES=1: every profile's request list; CARD_KEEP=1: keep the temp dir.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer, type Http2ServerRequest, type Http2ServerResponse, type Http2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { createIssuerHandler } from '../demo/issuer/middleware.js';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const here = fileURLToPath(new URL('..', import.meta.url));

interface Profile { key: string; name: string; latency: number; down: number; up: number }
const mbps = (n: number) => (n * 1_000_000) / 8; // bytes/s, as CDP wants
const PROFILES: Profile[] = [
  { key: 'none', name: 'none (localhost)', latency: 0, down: -1, up: -1 },
  { key: '4g', name: '4G: 40 ms, 9 / 1.5 Mbps', latency: 40, down: mbps(9), up: mbps(1.5) },
  { key: 'fast3g', name: 'fast 3G: 150 ms, 1.6 Mbps / 750 kbps', latency: 150, down: mbps(1.6), up: mbps(0.75) },
  // Chrome DevTools' own "Fast 3G" preset: the same link with its request-level latency factor (150 × 3.75) and 90 % throughput
  { key: 'devtools3g', name: 'DevTools "Fast 3G": 562.5 ms, 1.44 Mbps / 675 kbps', latency: 562.5, down: mbps(1.6 * 0.9), up: mbps(0.75 * 0.9) },
];

/** Runs in the page before anything else. */
const INSTRUMENT = `(() => {
  const m = (window.__card = { skeleton: 0, load: 0, error: '' });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'badge-card') {
      const check = () => { if (!m.skeleton && root.querySelector('[part~="skeleton"]')) m.skeleton = performance.now(); };
      new MutationObserver(check).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['part'] });
    }
    return root;
  };
  document.addEventListener('badge-load', () => { m.load = performance.now(); console.debug('__card:done'); });
  document.addEventListener('badge-error', (e) => { m.error = e.detail.error.code; console.debug('__card:done'); });
  m.metrics = (src) => {
    const res = performance.getEntriesByType('resource');
    const js = res.filter((r) => new URL(r.name).pathname.endsWith('.js'));
    const data = res.filter((r) => r.name === src).sort((a, b) => a.responseEnd - b.responseEnd)[0];
    const nav = performance.getEntriesByType('navigation')[0];
    return { skeleton: m.skeleton, load: m.load, error: m.error, jsCount: js.length, jsBytes: js.reduce((n, r) => n + r.transferSize, 0),
      jsEnd: Math.max(0, ...js.map((r) => r.responseEnd)), dataEnd: data ? data.responseEnd : NaN, htmlEnd: nav ? nav.responseEnd : NaN,
      dataStart: data ? data.startTime : NaN,
      files: res.map((r) => new URL(r.name).pathname.replace('/assets/', '') + ' ' + (r.transferSize / 1024).toFixed(1) + ' KB ' + r.startTime.toFixed(0) + '→' + r.responseEnd.toFixed(0)) };
  };
})();`;

interface Metrics { skeleton: number; load: number; error: string; jsCount: number; jsBytes: number; jsEnd: number; dataEnd: number; htmlEnd: number; dataStart: number; files: string[]; protocol?: string }

/** One way to reach a checkout's page: plain HTTP/1.1 (6 connections per host in Chromium) or HTTP/2 over TLS (one connection). */
interface Endpoint { proto: 'h1' | 'h2'; origin: string; close(): Promise<void> }
interface Checkout { root: string; label: string; path: string; built: string; endpoints: Endpoint[] }

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

function label(root: string): string {
  try {
    const rev = execFileSync('git', ['-C', root, 'log', '-1', '--format=%h'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim() ? ' + uncommitted src' : '';
    return `${rev}${dirty}`;
  } catch {
    return root;
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

type Files = Map<string, { body: Buffer; gz: Buffer; type: string }>;

/** The sample issuer's middleware, then the built page's files (gzip when the browser accepts it). */
function handler(files: Files): (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => void {
  const issuer = createIssuerHandler();
  return (req, res) => {
    // HTTP/2 has :authority, not Host (the issuer builds its files for the Host's origin; always http://, see below)
    if (!req.headers.host && req.headers[':authority']) req.headers.host = String(req.headers[':authority']);
    issuer(req as IncomingMessage, res as ServerResponse, () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const f = files.get(path === '/' ? '/index.html' : path);
      if (!f) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      const gz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, { 'Content-Type': f.type, 'Cache-Control': 'no-cache', ...(gz ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
      res.end(gz ? f.gz : f.body);
    });
  };
}

async function listen(server: HttpServer | Http2SecureServer): Promise<number> {
  await new Promise<void>((ok, fail) => { server.once('error', fail); server.listen(0, '127.0.0.1', () => ok()); });
  return (server.address() as AddressInfo).port;
}

/** A self-signed certificate for 127.0.0.1 (the browser is told to ignore certificate errors). */
function certificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Builds one checkout's page and serves it over each protocol. */
async function serve(root: string, work: string, badge: string, protos: Endpoint['proto'][], tls: { key: Buffer; cert: Buffer } | undefined): Promise<Checkout> {
  const entry = (await createIssuerHandler().warm('http://127.0.0.1')).catalog.find((e) => e.key === badge);
  if (!entry) throw new Error(`no sample issuer badge ${badge}`);
  // the page: one card, the element's registration entry as a page imports it
  const dist = join(work, 'dist');
  const page = join(work, 'page');
  mkdirSync(page, { recursive: true });
  writeFileSync(join(page, 'main.js'), `import 'badge-elements/badge-card.js';\n`);
  writeFileSync(join(page, 'index.html'), `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>One badge</title></head>
<body>
<h1>My badge</h1>
<badge-card src="${entry.path}"></badge-card>
<script type="module" src="./main.js"></script>
</body>
</html>
`);
  await build({
    configFile: false, root: page, base: '/', logLevel: 'silent', publicDir: false, mode: 'production',
    // the package's entry, side-effectful as package.json's sideEffects marks dist/badge-card.js (src/ is not listed,
    // so a plain import of src/badge-card.ts would be tree-shaken away); every module under it as published
    plugins: [{
      name: 'badge-card-entry',
      enforce: 'pre',
      resolveId: (id) => (id === 'badge-elements/badge-card.js' ? { id: resolve(root, 'src/badge-card.ts'), moduleSideEffects: true } : null),
    }],
    build: { outDir: dist, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false }, reportCompressedSize: false },
  });
  const files: Files = new Map();
  for (const f of listFiles(dist)) {
    const body = readFileSync(f);
    files.set(`/${relative(dist, f).split(sep).join('/')}`, { body, gz: gzipSync(body, { level: 9 }), type: TYPES[extname(f)] ?? 'application/octet-stream' });
  }
  const js = [...files].filter(([p]) => p.endsWith('.js'));
  const built = `${js.length} JS files built, ${(js.reduce((n, [, f]) => n + f.gz.byteLength, 0) / 1024).toFixed(1)} KB gzip in all (most are lazy parts a plain card never loads)`;
  const endpoints: Endpoint[] = [];
  for (const proto of protos) {
    if (proto === 'h1') {
      const server = createServer(handler(files));
      const port = await listen(server);
      endpoints.push({ proto, origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }) });
    } else {
      const server = createSecureServer({ ...tls!, allowHTTP1: false }, handler(files));
      const sessions = new Set<Http2Session>();
      server.on('session', (s) => { sessions.add(s); s.on('close', () => sessions.delete(s)); });
      const port = await listen(server);
      endpoints.push({ proto, origin: `https://127.0.0.1:${port}`, close: () => new Promise((ok) => { for (const s of sessions) s.destroy(); server.close(() => ok()); }) });
    }
  }
  return { root, label: label(root), path: entry.path, built, endpoints };
}

async function measure(browser: Browser, c: Checkout, e: Endpoint, p: Profile): Promise<Metrics> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true });
  try {
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.url()}: ${r.status()}`); });
    page.on('requestfailed', (r) => problems.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: p.latency, downloadThroughput: p.down, uploadThroughput: p.up });
    // a console message, not waitForFunction (which would poll a script in the page while it loads)
    const done = page.waitForEvent('console', { predicate: (msg) => msg.text() === '__card:done', timeout: 60_000 });
    await page.goto(`${e.origin}/`, { waitUntil: 'commit' });
    await done.catch((err: unknown) => { throw new Error(`${c.label}, ${e.proto}, ${p.key}: no badge-load or badge-error (${problems.join('; ') || String(err)})`); });
    await page.waitForTimeout(200); // late resource timing entries (the image)
    const m = (await page.evaluate(`window.__card.metrics(${JSON.stringify(e.origin + c.path)})`)) as Metrics;
    return { ...m, protocol: (await page.evaluate("performance.getEntriesByType('navigation')[0].nextHopProtocol")) as string };
  } finally {
    await context.close();
  }
}

const pct50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
/** Median of the runs with the range: `412 ms (398–440)`. */
function stat(xs: number[], unit = ' ms', digits = 0): string {
  const ok = xs.filter((x) => !Number.isNaN(x) && x > 0);
  if (ok.length === 0) return 'n/a';
  const f = (n: number) => n.toFixed(digits);
  return ok.length === 1 ? `${f(ok[0]!)}${unit}` : `${f(pct50(ok))}${unit} (${f(Math.min(...ok))}–${f(Math.max(...ok))})`;
}

const RUNS = Math.max(1, Number(process.env.CARD_RUNS ?? 5));

export default async function run(): Promise<void> {
  const roots = (process.env.CARD_ROOT ?? here).split(',').map((r) => resolve(r.trim())).filter(Boolean);
  for (const r of roots) if (!existsSync(join(r, 'src/badge-card.ts'))) throw new Error(`CARD_ROOT ${r}: no src/badge-card.ts`);
  const badge = process.env.CARD_BADGE ?? 'ob3-jwt-didkey-v2';
  const keys = process.env.CARD_PROFILES?.split(',').map((k) => k.trim());
  const profiles = keys ? PROFILES.filter((p) => keys.includes(p.key)) : PROFILES;
  const protos = (process.env.CARD_HTTP ?? 'h1,h2').split(',').map((x) => x.trim()).filter((x): x is Endpoint['proto'] => x === 'h1' || x === 'h2');
  const work = mkdtempSync(join(tmpdir(), 'card-bench-'));
  const checkouts: Checkout[] = [];
  let browser: Browser | undefined;
  try {
    const tls = protos.includes('h2') ? certificate(work) : undefined;
    for (const [i, r] of roots.entries()) checkouts.push(await serve(r, join(work, String(i)), badge, protos, tls));
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: [...ARGS, '--ignore-certificate-errors'] });
    // warm-up: the issuer's first answers (it builds its files per origin), the browser's first pages
    for (const c of checkouts) for (const e of c.endpoints) await measure(browser, c, e, PROFILES[0]!);
    const load0 = loadavg();
    const results = new Map<string, Metrics[]>();
    const keyOf = (p: Profile, e: Endpoint) => `${p.key} ${e.origin}`;
    // interleaved: every round measures each profile × protocol × checkout once, so a busy spell hits them alike
    for (let round = 0; round < RUNS; round++) {
      for (const p of profiles) {
        for (const proto of protos) {
          for (const c of checkouts) {
            const e = c.endpoints.find((x) => x.proto === proto)!;
            const m = await measure(browser, c, e, p);
            if (m.error) console.log(`(${c.label}, ${proto}, ${p.key}: badge-error ${m.error})`);
            results.set(keyOf(p, e), [...(results.get(keyOf(p, e)) ?? []), m]);
          }
        }
      }
    }
    const load1 = loadavg();
    console.log(`machine: ${cpus().length} cores, load average (1/5/15 min) ${load0.map((x) => x.toFixed(2)).join(' ')} at the start, ${load1.map((x) => x.toFixed(2)).join(' ')} at the end; ${RUNS} rounds, medians (range)`);
    console.log(`badge: ${badge}; page: <badge-card src> + import 'badge-elements/badge-card.js' (→ the checkout's src/badge-card.ts), Vite production build, served gzip (level 9), HTTP cache disabled`);
    console.log('h1 = HTTP/1.1 (Chromium opens at most 6 connections per host: a 7th request waits for one); h2 = HTTP/2 over TLS, self-signed (every request on one connection; the issuer still writes http:// URLs into its files: the browser upgrades the card’s image to https, and a plain card fetches nothing else from them)');
    for (const c of checkouts) console.log(`checkout ${c.label} (${c.root}): ${c.built}`);
    console.log('\nprofiles (CDP Network.emulateNetworkConditions; latency = request sent → response headers received, per request, i.e. one round trip; connection set-up not emulated):');
    for (const p of profiles) console.log(`- ${p.key}: ${p.name}`);
    console.log('\n| network | http | checkout | skeleton in shadow root | badge-load (badge shown) | skeleton → badge | HTML in | last JS in | badge data requested | badge data in | JS requests | JS transferred |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const p of profiles) {
      for (const proto of protos) {
        for (const c of checkouts) {
          const e = c.endpoints.find((x) => x.proto === proto)!;
          const rs = results.get(keyOf(p, e)) ?? [];
          const f = (g: (m: Metrics) => number, unit?: string, digits?: number) => stat(rs.map(g), unit, digits);
          console.log(`| ${p.key} | ${rs[0]?.protocol ?? proto} | ${c.label} | ${f((m) => m.skeleton)} | ${f((m) => m.load)} | ${f((m) => m.load - m.skeleton)} | ${f((m) => m.htmlEnd)} | ${f((m) => m.jsEnd)} | ${f((m) => m.dataStart)} | ${f((m) => m.dataEnd)} | ${f((m) => m.jsCount, '', 0)} | ${f((m) => m.jsBytes / 1024, ' KB', 1)} |`);
        }
      }
    }
    // what was asked for and when, on the slowest profile (all of them with CARD_FILES=1)
    console.log('\nrequests of the last round (transferred, start→responseEnd in ms):');
    for (const p of process.env.CARD_FILES ? profiles : profiles.slice(-1)) {
      for (const c of checkouts) for (const e of c.endpoints) console.log(`- ${p.key}, ${e.proto}, ${c.label}: ${(results.get(keyOf(p, e)) ?? []).at(-1)?.files.join('; ')}`);
    }
  } finally {
    await browser?.close();
    for (const c of checkouts) for (const e of c.endpoints) await e.close();
    if (!process.env.CARD_KEEP) rmSync(work, { recursive: true, force: true });
  }
}
