import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// CDN build (`npm run build:cdn`): ONE self-contained ES module, dist-cdn/badge-elements.js, with lit
// and every dependency bundled in, that registers every element. Heavy parts stay behind dynamic
// import() and become lazily loaded chunks next to it (dist-cdn/chunks/): the verification engine,
// Data Integrity (jsonld + contexts), the baked-image reader, QR, Markdown, the virtualizer.
//   <script type="module" src="https://cdn.example/badge-elements/badge-elements.js"></script>
const root = fileURLToPath(new URL('.', import.meta.url));
const ENTRY = '\0badge-elements-cdn';

/** Registration entries bundled into the CDN file (later ones are picked up when they exist). */
const registrations = ['src/badge-provider.ts', 'src/define.ts', 'src/badge-card.ts', 'src/badge-verify.ts', 'src/badge-wall.ts', 'src/badge-share.ts', 'src/badge-qr.ts', 'src/badge-certificate.ts'];

/** Modules the entry loads statically (filled at buildEnd, read while chunking). */
const eager = new Set<string>();

function cdnEntry(): Plugin {
  return {
    name: 'badge-elements-cdn-entry',
    buildEnd() {
      const walk = (id: string): void => {
        if (eager.has(id)) return;
        eager.add(id);
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) walk(dep);
      };
      walk(ENTRY);
    },
    resolveId: (id) => (id === 'badge-elements-cdn' ? ENTRY : undefined),
    load(id) {
      if (id !== ENTRY) return undefined;
      const files = registrations.filter((f) => existsSync(`${root}${f}`)).map((f) => `${root}${f}`);
      // the provider registers first, so cards already in the page find it when they upgrade
      return [
        ...files.map((f) => `import ${JSON.stringify(f)};`),
        // the card's view (reader, templates, styles): an npm entry loads it with import() to stay small, but a
        // page with the CDN file has everything else already, so the view comes in the same file (no round trip)
        `import ${JSON.stringify(`${root}src/elements/badge-card/card-view.ts`)};`,
        `export * from ${JSON.stringify(`${root}src/define.ts`)};`,
        ...files.filter((f) => !f.endsWith('define.ts')).map((f) => `export * from ${JSON.stringify(f)};`),
        // the core API without the verification engine (which stays a lazy chunk: client.verify())
        `export { loadBadge } from ${JSON.stringify(`${root}src/core/load.ts`)};`,
        `export { createBadgeClient, getDefaultClient, setDefaultClient } from ${JSON.stringify(`${root}src/core/client.ts`)};`,
      ].join('\n');
    },
  };
}

/**
 * The JSON-LD context packages record each context's file as `new URL('../contexts/x.jsonld', import.meta.url)`
 * (metadata only; the context objects are imported as JS). Keep that a string so the bundler does not
 * copy never-used .jsonld assets next to the CDN file.
 */
function contextUrlsAsStrings(): Plugin {
  return {
    name: 'badge-elements-context-urls',
    transform(code, id) {
      if (!/node_modules\/@digitalbazaar\/[^/]*context[^/]*\/lib\//.test(id) || !code.includes('.jsonld')) return undefined;
      return { code: code.replace(/new URL\((['"][^'"]+\.jsonld['"]), import\.meta\.url\)/g, '$1'), map: null };
    },
  };
}

/**
 * Rolldown keeps an entry whose modules also sit in a code-splitting group as a facade
 * (`export { s as BadgeCard, … } from './badge-elements-HASH.js'`). Collapse it: the group chunk
 * becomes badge-elements.js itself, exporting the public names too, and the lazy chunks import it
 * under that name. One file to load, one module instance of everything.
 */
function collapseFacade(): Plugin {
  let renamed: string | undefined;
  return {
    name: 'badge-elements-cdn-collapse-facade',
    generateBundle(_options, bundle) {
      const facade = bundle['badge-elements.js'];
      const core = Object.values(bundle).find((c) => c.type === 'chunk' && !c.isEntry && c.name === 'badge-elements');
      if (facade?.type !== 'chunk' || core?.type !== 'chunk') return;
      const from = /export\s*\{([^}]*)\}\s*from\s*["']\.\/([^"']+)["'];?\s*$/.exec(facade.code.replace(/\/\/# sourceMappingURL=.*$/m, '').trim());
      if (!from || from[2] !== core.fileName || /\bimport\b/.test(facade.code.replace(from[0], ''))) {
        this.error(`unexpected CDN facade: ${facade.code.slice(0, 200)}`);
      }
      const pairs = from[1]!.split(',').map((p) => p.trim()).filter(Boolean).map((p) => p.split(/\s+as\s+/) as [string, string?]);
      const coreExport = /export\s*\{([^}]*)\};?\s*(\/\/# sourceMappingURL=.*)?\s*$/.exec(core.code);
      if (!coreExport) this.error('CDN core chunk has no export statement');
      const local = new Map(coreExport[1]!.split(',').map((p) => p.trim()).filter(Boolean).map((p) => {
        const [l, e] = p.split(/\s+as\s+/);
        return [e ?? l!, l!] as const;
      }));
      const extra = pairs.map(([name, pub]) => `${local.get(name) ?? this.error(`no export ${name}`)} as ${pub ?? name}`);
      const at = coreExport.index + coreExport[0].length - (coreExport[2]?.length ?? 0);
      const tail = core.code.slice(at);
      core.code = `${core.code.slice(0, at).trimEnd()}export{${extra.join(',')}};\n${tail}`;
      const old = core.fileName;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk !== core) chunk.code = chunk.code.split(`./${old}`).join('./badge-elements.js');
      }
      renamed = old;
    },
    // rolldown does not let generateBundle replace files: move the core chunk over the facade on disk
    writeBundle(options) {
      if (!renamed || !options.dir) return;
      const dir = options.dir;
      const code = readFileSync(join(dir, renamed), 'utf8').replace(`sourceMappingURL=${renamed}.map`, 'sourceMappingURL=badge-elements.js.map');
      writeFileSync(join(dir, 'badge-elements.js'), code);
      rmSync(join(dir, renamed));
      if (existsSync(join(dir, `${renamed}.map`))) {
        const map = JSON.parse(readFileSync(join(dir, `${renamed}.map`), 'utf8')) as { file?: string };
        map.file = 'badge-elements.js';
        writeFileSync(join(dir, 'badge-elements.js.map'), JSON.stringify(map));
        rmSync(join(dir, `${renamed}.map`));
      }
      renamed = undefined;
    },
  };
}

export default defineConfig({
  plugins: [cdnEntry(), contextUrlsAsStrings(), collapseFacade()],
  // a library file: no index.html, no public dir
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist-cdn',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    // no modulepreload polyfill / preload helper: chunks load on demand with plain import()
    modulePreload: false,
    rolldownOptions: {
      input: { 'badge-elements': 'badge-elements-cdn' },
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        // everything the entry imports statically goes INTO the entry file (not into shared chunks
        // that the lazy chunks would otherwise pull apart); the lazy chunks import it from there
        codeSplitting: { groups: [{ name: 'badge-elements', test: (id: string) => eager.has(id) || id.startsWith('\0rolldown/runtime') }] },
      },
    },
  },
});
