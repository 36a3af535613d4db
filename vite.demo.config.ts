import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { sampleIssuer } from './demo/issuer/vite-plugin.js';

// The demo site (`npm start`): root demo/, every demo/*.html is a page, the sample issuer served under
// /issuer/ (plus /__requests and /__test/*) by the dev and preview servers. Works offline.
const demoDir = resolve(import.meta.dirname, 'demo');
const pages = Object.fromEntries(
  readdirSync(demoDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), resolve(demoDir, f)]),
);

export default defineConfig({
  root: 'demo',
  base: './',
  plugins: [sampleIssuer()],
  server: { host: 'localhost', port: 5173 },
  // The wall imports the virtualizer with import() (src/elements/badge-wall/virtual.ts): pre-bundle it at start,
  // or the dev server discovers it on the first wall visit, re-optimizes and reloads the page.
  optimizeDeps: {
    include: ['@lit-labs/virtualizer/virtualize.js', '@lit-labs/virtualizer/layouts/grid.js', '@lit-labs/virtualizer/layouts/flow.js'],
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: Object.keys(pages).length ? { input: pages } : {},
  },
});
