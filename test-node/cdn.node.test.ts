/**
 * The CDN build: `vite build -c vite.cdn.config.ts` into a scratch directory, served by a plain
 * static HTTP server next to a static HTML page that only has
 * `<script type="module" src="./badge-elements.js">` and a `<badge-card>` pointing at the sample
 * issuer on another local port. Rendered in Debian's Chromium under a strict CSP; screenshot saved
 * (path printed; CDN_SCREENSHOT=path to choose it).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { serveStatic, type StaticServer } from './support/static-server.js';
import { hasChromium, launch } from './support/browser.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
let out: string;
let issuer: IssuerServer;
let site: StaticServer;

function run(cmd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'badge-cdn-'));
  const built = await run(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cdn.config.ts', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn']);
  assert.equal(built.code, 0, built.output);
  issuer = await startIssuerServer({ port: 0 });
});

after(async () => {
  await site?.close();
  await issuer?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

test('the CDN build is one entry module (lit included) plus lazily loaded chunks, no bare imports', () => {
  const files = readdirSync(out).filter((f) => f.endsWith('.js'));
  assert.ok(files.includes('badge-elements.js'));
  const entry = readFileSync(join(out, 'badge-elements.js'), 'utf8');
  for (const f of files) {
    const code = readFileSync(join(out, f), 'utf8');
    // every import in a self-contained bundle is relative, never a package name
    const specs = [...code.matchAll(/(?:^|[^.\w$])(?:import|from)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
    assert.deepEqual(specs.filter((x) => !x.startsWith('./')), [], `${f} imports ${specs.join(', ')}`);
  }
  // the entry's static imports: at most rolldown's tiny runtime helper chunk, nothing else
  const staticImports = [...entry.matchAll(/(?:^|;)\s*import\s*(?:\{[^}]*\}\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
  assert.deepEqual(staticImports.filter((x) => !/^\.\/rolldown-runtime-[\w-]+\.js$/.test(x)), [], `entry imports ${staticImports.join(', ')}`);
  assert.match(entry, /lit-html/, 'lit is bundled');
  assert.match(entry, /customElements\.define/);
  for (const name of ['configureBadgeElements', 'BadgeCard', 'BadgeProvider', 'BadgeVerify', 'loadBadge', 'createBadgeClient']) {
    assert.match(entry, new RegExp(`as ${name}\\b|export\\{[^}]*\\b${name}\\b`), `exports ${name}`);
  }
  assert.ok(files.some((f) => /^data-integrity-/.test(f)), 'Data Integrity is its own chunk');
  assert.ok(files.some((f) => /^verify-/.test(f)), 'the verification engine is its own chunk');
  assert.ok(statSync(join(out, 'badge-elements.js')).size > 10_000);
});

test('a static page with only the script tag renders a <badge-card> from an issuer on another port', { skip: !hasChromium && 'no Chromium' }, async () => {
  const e = ((await (await fetch(`${issuer.origin}/issuer/catalog.json`)).json()) as { key: string; url: string }[]).find((x) => x.key === 'ob2-hosted-valid');
  assert.ok(e);
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>CDN test</title><script type="module" src="./badge-elements.js"></script></head>
<body>
  <h1>My badges</h1>
  <badge-card src="${e.url}"></badge-card>
</body>
</html>
`,
  );
  // a strict page: scripts from self only, no inline styles, Trusted Types enforced
  site = await serveStatic(out, {
    'Content-Security-Policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      `connect-src ${issuer.origin}`,
      `img-src ${issuer.origin} data:`,
      "require-trusted-types-for 'script'",
      'trusted-types lit-html badge-elements dompurify',
    ].join('; '),
  });
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 560, height: 640 } });
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${site.origin}/index.html`, { waitUntil: 'load' });
    // locators pierce open shadow roots and need no eval: the page's CSP forbids 'unsafe-eval',
    // which a string predicate for waitForFunction would need once it has to poll
    const name = page.locator('badge-card [part="name"]').first();
    await name.waitFor({ timeout: 15_000 });
    assert.equal((await name.textContent())?.trim(), 'SQL Querying');
    // wait until the image has loaded (or failed) so the screenshot is complete
    await page.locator('badge-card img').first().evaluate((i: HTMLImageElement) => i.complete || new Promise((r) => { i.onload = i.onerror = r; }), null, { timeout: 5_000 }).catch(() => {});
    const shot = process.env.CDN_SCREENSHOT ?? join(tmpdir(), 'badge-elements-cdn-card.png');
    await page.screenshot({ path: shot });
    console.log(`# CDN screenshot: ${shot}`);
    assert.deepEqual(problems, []);
    // showing a card needs no verification engine, Data Integrity or Markdown chunk
    const js = site.requests.filter((p) => p.endsWith('.js'));
    assert.equal(js[0], '/badge-elements.js');
    assert.deepEqual(js.filter((p) => /data-integrity|markdown|verify-/.test(p)), [], js.join(' '));
    console.log(`# CDN scripts loaded for one card: ${js.join(' ')}`);
  } finally {
    await browser.close();
  }
});
