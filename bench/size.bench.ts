/**
 * Size budgets (min + gzip), printed side by side; never fails (`npm run bench -- size`, `npm run size`).
 * Each public entry is bundled the way an application would ship it: esbuild, lit and every dependency
 * included, minified, code splitting on, production builds. An element entry is measured as a page uses it
 * (`import 'badge-elements/badge-card.js'`: the registration, marked side-effectful as package.json does);
 * what its named exports add is a row of its own. "Initial" is what a page downloads to run
 * the entry (the entry file and the chunks it imports statically); every lazily imported part
 * (`import()`) is measured on top of that, as the extra bytes it brings. Each file is gzipped on its own
 * (one HTTP response each). Budgets (issue 8): card ≤ 10 KB, card + VC-JWT/OB 2.0 verification ≤ 16 KB
 * (each: the card, its lazy verify controls, the engine and that format's lazy checks),
 * Data Integrity chunk ≤ 45 KB, wall ≤ 20 KB. Also printed: the CDN file, if `npm run build:cdn` made it.
 */
import { build, type Metafile } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

interface Bundle {
  /** output path -> gzip size */
  gz: Map<string, number>;
  /** output path -> raw minified size */
  min: Map<string, number>;
  /** output path -> contents */
  raw: Map<string, Uint8Array>;
  meta: Metafile;
  entry: string;
}

/**
 * `use`: bundle what a page that only uses the element ships (`import 'badge-elements/badge-card.js'`: the
 * registration, without the entry's named exports it does not import); `exports`: the entry with every export.
 */
async function bundle(entry: string, mode: 'use' | 'exports' = 'exports'): Promise<Bundle> {
  const id = mode === 'use' ? `use:${entry}` : entry;
  const result = await build({
    absWorkingDir: root,
    entryPoints: [id],
    plugins: [{
      name: 'use-entry',
      setup(pb) {
        pb.onResolve({ filter: /^use:/ }, (a) => ({ path: a.path.slice(4), namespace: 'use' }));
        pb.onLoad({ filter: /.*/, namespace: 'use' }, (a) => ({ contents: `import ${JSON.stringify(`registers:${a.path}`)};`, resolveDir: root, loader: 'js' }));
        // the entry as package.json's sideEffects marks the published registration entries
        pb.onResolve({ filter: /^registers:/ }, (a) => ({ path: join(root, a.path.slice(10)), sideEffects: true }));
      },
    }],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: 'size-out',
    metafile: true,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const gz = new Map<string, number>();
  const min = new Map<string, number>();
  const raw = new Map<string, Uint8Array>();
  for (const f of result.outputFiles) {
    const rel = relative(root, f.path);
    raw.set(rel, f.contents);
    gz.set(rel, gzipSync(f.contents, { level: 9 }).byteLength);
    min.set(rel, f.contents.byteLength);
  }
  const out = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === id)?.[0];
  if (!out) throw new Error(`no output for ${entry}`);
  return { gz, min, raw, meta: result.metafile, entry: out };
}

/** The output file and every chunk it imports statically (transitively). */
function closure(b: Bundle, start: string): Set<string> {
  const seen = new Set<string>();
  const walk = (p: string): void => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const i of b.meta.outputs[p]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) walk(i.path);
  };
  walk(start);
  return seen;
}

const sum = (b: Bundle, files: Iterable<string>, what: 'gz' | 'min' = 'gz'): number => [...files].reduce((n, f) => n + (b[what].get(f) ?? 0), 0);

/** The output chunk whose dynamic entry point is the source module matching `re`. */
function lazyChunk(b: Bundle, re: RegExp): string | undefined {
  return Object.entries(b.meta.outputs).find(([, o]) => o.entryPoint && re.test(o.entryPoint))?.[0];
}

/** Extra bytes a lazy part adds once `loaded` files are in the page. */
function extra(b: Bundle, chunk: string | undefined, loaded: Set<string>): { files: Set<string>; gz: number } {
  if (!chunk) return { files: new Set(), gz: NaN };
  const files = new Set([...closure(b, chunk)].filter((f) => !loaded.has(f)));
  return { files, gz: sum(b, files) };
}

/** The largest source modules (minified bytes) in a set of output files, by package or source file. */
function largest(b: Bundle, files: Set<string>, n = 8): string {
  const by = new Map<string, number>();
  for (const f of files) {
    for (const [input, v] of Object.entries(b.meta.outputs[f]?.inputs ?? {})) {
      const key = input.includes('node_modules/') ? input.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1') : input;
      by.set(key, (by.get(key) ?? 0) + v.bytesInOutput);
    }
  }
  return [...by].sort((a, c) => c[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${(v / KB).toFixed(1)}`).join(', ');
}

/** The same files as one response (what merging the chunks would give; for comparison only). */
const oneFileGz = (b: Bundle, files: Iterable<string>): number => gzipSync(Buffer.concat([...files].map((f) => b.raw.get(f) ?? new Uint8Array())), { level: 9 }).byteLength;

const kb = (n: number): string => (Number.isNaN(n) ? '—' : `${(n / KB).toFixed(1)} KB`);

interface Row { what: string; size: number; budget?: number; note?: string }

function print(rows: Row[]): void {
  const w = Math.max(...rows.map((r) => r.what.length), 10);
  console.log(`${'part'.padEnd(w)}  ${'min+gzip'.padStart(9)}  ${'budget'.padStart(8)}  status`);
  console.log(`${'-'.repeat(w)}  ${'-'.repeat(9)}  ${'-'.repeat(8)}  ------`);
  for (const r of rows) {
    const status = r.budget === undefined ? '' : Number.isNaN(r.size) ? 'n/a' : r.size <= r.budget ? 'ok' : `OVER by ${kb(r.size - r.budget)}`;
    console.log(`${r.what.padEnd(w)}  ${kb(r.size).padStart(9)}  ${(r.budget ? kb(r.budget) : '').padStart(8)}  ${status}${r.note ? `  (${r.note})` : ''}`);
  }
}

/** Lazy parts worth listing (source module of the dynamic import → label). */
const LAZY: [RegExp, string][] = [
  [/src\/elements\/badge-card\/verify-controller\.ts$/, 'card verify controls (mark, verdict text)'],
  [/src\/core\/verify\/index\.ts$/, 'verification engine (input, report)'],
  [/src\/core\/verify\/vc-jwt\.ts$/, 'VC-JWT checks (jose, keys, status)'],
  [/src\/core\/verify\/ob2-hosted\.ts$/, 'OB 2.0 hosted checks'],
  [/src\/core\/verify\/ob2-signed\.ts$/, 'OB 2.0 signed checks (jose)'],
  [/src\/core\/verify\/ob3\.ts$/, 'OB 3.0 JSON checks'],
  [/src\/core\/verify\/status\/bitstring-entry\.ts$/, 'Bitstring / StatusList2021 status checks'],
  [/src\/core\/verify\/status\/onedtech-revocation-list\.ts$/, '1EdTech revocation list checks'],
  [/src\/core\/verify\/data-integrity\/index\.ts$/, 'Data Integrity (jsonld + contexts)'],
  [/src\/core\/baked\/index\.ts$/, 'baked PNG/SVG reader'],
  [/src\/elements\/badge-verify\/define\.ts$/, 'verify dialog UI'],
  [/src\/elements\/badge-share\/define\.ts$/, 'share menu'],
  [/src\/elements\/badge-qr\/define\.ts$/, 'QR element'],
  [/qrcode/, 'QR encoder (qrcode)'],
  [/markdown/, 'Markdown (marked + DOMPurify)'],
  [/virtualiz/, 'virtualizer'],
  [/src\/elements\/badge-card\/badge-card\.ts$/, 'card (from the wall)'],
];

export default async function run(): Promise<void> {
  const rows: Row[] = [];
  const notes: string[] = [];
  // the floor every Lit element shares: what a page pays for a one-line LitElement using the same Lit
  // parts as ours (lit, decorators, @lit/task, @lit/context), as one file
  const floor = await build({
    absWorkingDir: root,
    stdin: {
      resolveDir: root,
      loader: 'ts',
      contents: `import { LitElement, html, css } from 'lit'; import { property, state } from 'lit/decorators.js';
        import { Task } from '@lit/task'; import { ContextConsumer, createContext } from '@lit/context';
        const ctx = createContext('x');
        class X extends LitElement { static styles = css\`:host{display:block}\`;
          @property() a = ''; @state() b = 0;
          c = new ContextConsumer(this, { context: ctx, subscribe: true });
          t = new Task(this, { task: async () => 1, args: () => [] });
          render() { return html\`<p>\${this.a}</p>\`; } }
        customElements.define('x-floor', X);`,
    },
    bundle: true, format: 'esm', minify: true, write: false, legalComments: 'none', logLevel: 'silent',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const floorGz = gzipSync(floor.outputFiles[0]!.contents, { level: 9 }).byteLength;
  rows.push({ what: 'Lit floor: an empty element (lit, task, context)', size: floorGz, note: 'included in every row below; shared with any other Lit element on the page' });
  // the least any in-browser VC-JWT or OB 2.0 signature check costs: jose's JWS verification and JWK import
  const jose = await build({
    absWorkingDir: root,
    stdin: { resolveDir: root, loader: 'ts', contents: `export { compactVerify, importJWK } from 'jose';` },
    bundle: true, format: 'esm', platform: 'browser', minify: true, write: false, legalComments: 'none', logLevel: 'silent',
  });
  const joseGz = gzipSync(jose.outputFiles[0]!.contents, { level: 9 }).byteLength;
  rows.push({ what: 'jose floor: compactVerify + importJWK alone', size: joseGz, note: `with the Lit floor ${kb(floorGz + joseGz)}: what any signature check in a Lit card starts from` });
  const lazyRows = (b: Bundle, loaded: Set<string>, label: string): void => {
    const seen = new Set<string>();
    for (const [re, name] of LAZY) {
      const chunk = lazyChunk(b, re);
      if (!chunk || seen.has(chunk) || loaded.has(chunk)) continue;
      seen.add(chunk);
      rows.push({ what: `  ${label} + ${name}`, size: extra(b, chunk, loaded).gz, note: 'lazy, on top' });
    }
  };

  // card: the budgets that matter most
  if (existsSync(join(root, 'src/badge-card.ts'))) {
    const b = await bundle('src/badge-card.ts', 'use');
    const initial = closure(b, b.entry);
    rows.push({ what: 'badge-card.js (initial)', size: sum(b, initial), budget: 10 * KB, note: `${initial.size} file(s), ${kb(sum(b, initial, 'min'))} min; the element, its box and skeleton` });
    const withExports = await bundle('src/badge-card.ts', 'exports');
    const exportsGz = sum(withExports, closure(withExports, withExports.entry)) - sum(b, initial);
    rows.push({ what: '  + its named exports (registerLocale, preloadCss…)', size: exportsGz, note: 'only for a page that imports them' });
    // the view (reader, templates, styles, strings) is imported when the element is defined
    const view = extra(b, lazyChunk(b, /src\/elements\/badge-card\/card-view\.ts$/), initial);
    rows.push({ what: '  card + view (reader, templates, styles, strings)', size: view.gz, note: `lazy, at once, ${view.files.size} file(s)` });
    const shown = new Set([...initial, ...view.files]);
    const card = sum(b, shown);
    rows.push({ what: 'card shown: initial + view', size: card, note: `${shown.size} file(s), what a page downloads to show the badge (its request starts with the initial load)` });
    // what `<badge-card verify="auto">` downloads to show a verdict: the card's verify controls
    // (mark, verdict text, icons; lazy), the engine (lazy) and the checks of the badge's format
    // (lazy, loaded once the format is known), each file counted once
    const controls = extra(b, lazyChunk(b, /src\/elements\/badge-card\/verify-controller\.ts$/), shown);
    const base = new Set([...shown, ...controls.files]);
    const engine = extra(b, lazyChunk(b, /src\/core\/verify\/index\.ts$/), base);
    for (const f of engine.files) base.add(f);
    const paths: [RegExp, string][] = [
      [/src\/core\/verify\/vc-jwt\.ts$/, 'VC-JWT'],
      [/src\/core\/verify\/ob2-hosted\.ts$/, 'OB 2.0 hosted'],
      [/src\/core\/verify\/ob2-signed\.ts$/, 'OB 2.0 signed'],
    ];
    const formatChunks = paths.map(([re]) => lazyChunk(b, re));
    for (const [i, [, name]] of paths.entries()) {
      const path = formatChunks[i] ? extra(b, formatChunks[i], base) : { files: new Set<string>(), gz: 0 };
      rows.push({ what: `card + ${name} verification`, size: card + controls.gz + engine.gz + path.gz, budget: 16 * KB, note: 'card shown + lazy verify controls, engine, format checks' });
    }
    // every format's checks, for the Data Integrity row below (it comes on top of the OB 3.0 JSON checks)
    const ob3 = extra(b, lazyChunk(b, /src\/core\/verify\/ob3\.ts$/), base);
    engine.files = new Set([...controls.files, ...engine.files, ...ob3.files]);
    const di = extra(b, lazyChunk(b, /src\/core\/verify\/data-integrity\/index\.ts$/), new Set([...initial, ...engine.files]));
    rows.push({ what: 'Data Integrity chunk', size: di.gz, budget: 45 * KB, note: 'lazy, on top of the engine and the OB 3.0 checks' });
    lazyRows(b, new Set([...initial, ...engine.files, ...di.files]), 'card');
    notes.push(`largest in the card's initial load (KB minified, before gzip): ${largest(b, initial)}`);
    notes.push(`the card's initial load is ${initial.size} files because its modules are shared with different lazy parts; as one file it would be ${kb(oneFileGz(b, initial))} (budget rows count each file gzipped on its own)`);
  } else notes.push('src/badge-card.ts does not exist yet: card budgets skipped');

  if (existsSync(join(root, 'src/badge-wall.ts'))) {
    const b = await bundle('src/badge-wall.ts', 'use');
    const initial = closure(b, b.entry);
    rows.push({ what: 'badge-wall.js (initial)', size: sum(b, initial), budget: 20 * KB, note: `${initial.size} file(s)` });
    const withExports = await bundle('src/badge-wall.ts', 'exports');
    rows.push({ what: '  + its named exports', size: sum(withExports, closure(withExports, withExports.entry)) - sum(b, initial), note: 'only for a page that imports them' });
    // the wall's body (controller, tiles, browse form, the badge reader) is imported when the wall connects,
    // in parallel with its first source, and the list readers with a list or feed source: the other lazy
    // parts are measured on top of those (what they really add)
    const body = extra(b, lazyChunk(b, /src\/elements\/badge-wall\/body\.ts$/), initial);
    rows.push({ what: '  wall + body (loaded at connect, with the first source)', size: body.gz, note: `lazy, ${body.files.size} file(s)` });
    const connected = new Set([...initial, ...body.files]);
    const lists = extra(b, lazyChunk(b, /src\/core\/formats\/lists\.ts$/), connected);
    rows.push({ what: '  wall + list readers (a list or feed source)', size: lists.gz, note: 'lazy, on top of the body' });
    for (const f of lists.files) connected.add(f);
    rows.push({ what: 'wall shown: initial + body + list readers', size: sum(b, connected), note: `${connected.size} file(s), what a wall of a feed downloads before its first tile` });
    lazyRows(b, connected, 'wall');
    notes.push(`largest in the wall's initial load (KB minified, before gzip): ${largest(b, initial)}`);
  } else notes.push('src/badge-wall.ts does not exist yet: wall budget skipped');

  // for information: the other entries
  for (const [file, label, mode] of [
    ['src/badge-verify.ts', 'badge-verify.js (initial)', 'use'],
    ['src/badge-provider.ts', 'badge-provider.js (initial)', 'use'],
    ['src/define.ts', 'define.js: every element and configureBadgeElements (initial)', 'exports'],
    ['src/index.ts', 'core (package root, every export) in a browser bundle', 'exports'],
  ] as const) {
    if (!existsSync(join(root, file))) continue;
    const b = await bundle(file, mode);
    rows.push({ what: label, size: sum(b, closure(b, b.entry)) });
  }

  const cdn = join(root, 'dist-cdn');
  if (existsSync(join(cdn, 'badge-elements.js'))) {
    const gz = (f: string): number => gzipSync(readFileSync(join(cdn, f)), { level: 9 }).byteLength;
    const eager = ['badge-elements.js', ...readdirSync(cdn).filter((f) => /^rolldown-runtime-.*\.js$/.test(f))];
    rows.push({ what: 'CDN badge-elements.js (everything registered)', size: eager.reduce((n, f) => n + gz(f), 0), note: eager.length > 1 ? 'with the runtime helper chunk' : undefined });
    for (const f of readdirSync(cdn).filter((x) => x.endsWith('.js') && !eager.includes(x))) {
      rows.push({ what: `  CDN lazy ${f.replace(/-[\w-]{8}\.js$/, '')}`, size: gz(f), note: 'lazy' });
    }
  } else notes.push('dist-cdn/ not built (npm run build:cdn): CDN file not measured');

  print(rows);
  for (const n of notes) console.log(`note: ${n}`);
}
