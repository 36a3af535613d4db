/**
 * The published package, end to end: `npm run build` + `npm run analyze` + `npm pack`, then the
 * tarball installed into a scratch project in a temp dir (from the local npm cache; the registry
 * only if something is missing) and used the way a consumer would:
 * - Node 20, no DOM: `import { loadBadge, verify } from 'badge-elements'` loads and verifies a badge
 *   served by the sample issuer; `badge-elements/proxy.js` imports; the `badge-verify` bin runs from dist.
 * - TypeScript: every entry resolves to its declaration files (tsc, NodeNext resolution).
 * - Browser: a page importing `badge-elements/badge-card.js`, bundled by Vite in the scratch
 *   project, renders a card in Chromium.
 * - package.json: exports / types / sideEffects point at files that exist; custom-elements.json ships.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { serveStatic, type StaticServer } from './support/static-server.js';
import { CARD_NAME, hasChromium, launch } from './support/browser.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Run { code: number | null; out: string }
function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}
const ok = (r: Run, what: string) => assert.equal(r.code, 0, `${what} failed:\n${r.out.slice(-3000)}`);

type ExportTarget = string | { types?: string; default?: string };
interface Pkg { exports: Record<string, ExportTarget>; types: string; sideEffects: string[]; bin: Record<string, string>; files: string[] }

let work: string;
let app: string;
let installed: string;
let tarballFiles: string[];
let issuer: IssuerServer;
let catalog: { key: string; url: string; expect: { authentic: boolean; state: string } }[];

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'badge-pack-'));
  ok(await run(npm, ['run', '-s', 'build'], repo), 'npm run build');
  ok(await run(npm, ['run', '-s', 'analyze'], repo), 'npm run analyze');
  const packed = await run(npm, ['pack', '--json', '--pack-destination', work], repo);
  ok(packed, 'npm pack');
  const info = JSON.parse(packed.out.slice(packed.out.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarballFiles = info[0]!.files.map((f) => f.path);
  const tarball = join(work, info[0]!.filename);
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module', dependencies: { 'badge-elements': `file:${tarball}` } }));
  const flags = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'];
  let inst = await run(npm, [...flags, '--offline'], app);
  if (inst.code !== 0) inst = await run(npm, [...flags, '--prefer-offline'], app);
  ok(inst, 'npm install of the tarball');
  installed = join(app, 'node_modules', 'badge-elements');
  issuer = await startIssuerServer({ port: 0 });
  catalog = (await (await fetch(`${issuer.origin}/issuer/catalog.json`)).json()) as typeof catalog;
});

after(async () => {
  await issuer?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  test('package.json: exports, types and sideEffects point at files in the tarball; no sources, tests or CDN-less gaps', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Pkg;
    const has = (rel: string) => existsSync(join(installed, rel));
    for (const [key, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') {
        assert.ok(has(target), `${key} → ${target}`);
        continue;
      }
      assert.ok(target.default && has(target.default), `${key} → ${target.default}`);
      assert.ok(target.types && has(target.types), `${key} types → ${target.types}`);
      assert.ok(target.types.endsWith('.d.ts'));
    }
    for (const entry of ['.', './badge-card.js', './badge-verify.js', './badge-provider.js', './define.js', './i18n.js', './proxy.js', './custom-elements.json', './package.json']) {
      assert.ok(entry in pkg.exports, `exports ${entry}`);
    }
    assert.ok(has(pkg.types));
    // only the registration entries have side effects (the core, proxy and classes are tree-shakable)
    for (const f of pkg.sideEffects) assert.ok(has(f), `sideEffects ${f}`);
    assert.ok(!pkg.sideEffects.some((f) => /index\.js$|proxy|core\//.test(f)));
    const registering = Object.entries(pkg.exports)
      .filter(([k]) => /^\.\/(badge-[a-z-]+|define|react)\.js$/.test(k))
      .map(([, t]) => (typeof t === 'string' ? t : t.default));
    assert.deepEqual([...registering].sort(), [...pkg.sideEffects].sort());
    assert.ok(tarballFiles.includes('custom-elements.json'));
    assert.ok(tarballFiles.includes('dist-cdn/badge-elements.js'));
    assert.ok(!tarballFiles.some((f) => f.startsWith('src/') || f.startsWith('test') || f.startsWith('demo/')), 'no sources or tests');
    // unbundled: one module per source file, relative .js specifiers, dependencies left as bare imports
    const card = readFileSync(join(installed, 'dist/elements/badge-card/badge-card.js'), 'utf8');
    assert.match(card, /from "lit"/);
    assert.doesNotMatch(card, /from "\.[^"]*(?<!\.js)"/);
    const client = readFileSync(join(installed, 'dist/core/client.js'), 'utf8');
    assert.match(client, /import\("\.\/verify\/index\.js"\)/);
  });

  test('Node 20, no DOM: the core loads and verifies a badge from the sample issuer; proxy.js imports', async () => {
    const keys = ['ob2-hosted-valid', 'ob3-jwt-didweb-v2', 'ob3-di-rdfc-didkey-v2', 'ob2-hosted-revoked'];
    const picks = keys.map((k) => catalog.find((c) => c.key === k)!);
    const script = `
      import { loadBadge, verify, createBadgeClient } from 'badge-elements';
      import { createBadgeProxy, createBadgeProxyFetchHandler } from 'badge-elements/proxy.js';
      if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('DOM present');
      const urls = JSON.parse(process.env.URLS);
      const badge = await loadBadge(urls[0]);
      const reports = [];
      for (const u of urls) { const r = await verify(u); reports.push({ authentic: r.authentic, state: r.state }); }
      console.log(JSON.stringify({ name: badge.name, reports, client: typeof createBadgeClient().verify, proxy: [typeof createBadgeProxy, typeof createBadgeProxyFetchHandler] }));
    `;
    const r = await run(process.execPath, ['--input-type=module', '-e', script], app, { URLS: JSON.stringify(picks.map((p) => p.url)) });
    ok(r, 'node import');
    const out = JSON.parse(r.out.trim().split('\n').pop()!) as { name: string; reports: { authentic: boolean; state: string }[]; client: string; proxy: string[] };
    assert.equal(out.name, 'SQL Querying');
    picks.forEach((p, i) => assert.deepEqual(out.reports[i], { authentic: p.expect.authentic, state: p.expect.state }, p.key));
    assert.equal(out.client, 'function');
    assert.deepEqual(out.proxy, ['function', 'function']);
  });

  test('the badge-verify bin runs from dist (no src in the package)', async () => {
    const e = catalog.find((c) => c.key === 'ob2-hosted-valid')!;
    const r = await run(join(app, 'node_modules', '.bin', 'badge-verify'), [e.url], app);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /SQL Querying/);
  });

  test('TypeScript resolves every entry to its declarations (NodeNext)', async () => {
    writeFileSync(
      join(app, 'check.ts'),
      `import { loadBadge, verify, createBadgeClient, type Badge, type VerificationReport } from 'badge-elements';
import { BadgeCard } from 'badge-elements/badge-card.js';
import { BadgeVerify } from 'badge-elements/badge-verify.js';
import { BadgeProvider } from 'badge-elements/badge-provider.js';
import { configureBadgeElements } from 'badge-elements/define.js';
import { createBadgeProxy, createBadgeProxyFetchHandler, type BadgeProxyOptions } from 'badge-elements/proxy.js';
const b: Promise<Badge> = loadBadge('https://issuer.example/a.json');
const r: Promise<VerificationReport> = verify('https://issuer.example/a.json');
const opts: BadgeProxyOptions = { allowHosts: ['issuer.example'] };
const card: BadgeCard = document.createElement('badge-card');
const tagged: BadgeVerify = document.createElement('badge-verify');
const provider: BadgeProvider = document.createElement('badge-provider');
configureBadgeElements({ proxy: 'https://my.site/p?url={url}' });
export { b, r, card, tagged, provider, createBadgeClient, createBadgeProxy, createBadgeProxyFetchHandler, opts };
`,
    );
    const wall = existsSync(join(installed, 'dist/types/badge-wall.d.ts'));
    if (wall) writeFileSync(join(app, 'check-wall.ts'), `import { BadgeWall } from 'badge-elements/badge-wall.js';\nexport const w: BadgeWall = document.createElement('badge-wall');\n`);
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    const r = await run(process.execPath, [
      tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
      '--lib', 'es2022,dom,dom.iterable', '--experimentalDecorators', '--useDefineForClassFields', 'false',
      '--typeRoots', join(repo, 'node_modules/@types'), '--types', 'node', '--skipLibCheck',
      'check.ts', ...(wall ? ['check-wall.ts'] : []),
    ], app);
    assert.equal(r.code, 0, r.out);
  });

  test('browser: a Vite app importing badge-elements/badge-card.js renders a card in Chromium', { skip: !hasChromium && 'no Chromium' }, async () => {
    const e = catalog.find((c) => c.key === 'ob2-hosted-valid')!;
    writeFileSync(join(app, 'main.js'), `import { BadgeCard } from 'badge-elements/badge-card.js';\nconsole.log('card class', typeof BadgeCard);\n`);
    writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title><script type="module" src="./main.js"></script></head><body><badge-card src="${e.url}"></badge-card></body></html>`);
    const { build } = (await import('vite')) as typeof import('vite');
    await build({ root: app, logLevel: 'warn', configFile: false, build: { outDir: join(app, 'out'), target: 'es2022' } });
    const js = readdirSync(join(app, 'out', 'assets')).filter((f) => f.endsWith('.js'));
    const code = js.map((f) => readFileSync(join(app, 'out', 'assets', f), 'utf8')).join('\n');
    assert.doesNotMatch(code, /node:(http|dns|https|net)|createBadgeProxy/, 'the proxy never reaches the browser bundle');
    let site: StaticServer | undefined;
    const browser = await launch();
    try {
      site = await serveStatic(join(app, 'out'));
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await page.goto(`${site.origin}/index.html`);
      await page.waitForFunction(CARD_NAME, null, { timeout: 15_000 });
      assert.equal(await page.evaluate(CARD_NAME), 'SQL Querying');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await site?.close();
    }
  });
});
