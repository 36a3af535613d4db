// `npm run bench`: runs every bench/*.bench.ts in turn; each prints its own table.
// Benchmarks are figures to read, never pass/fail tests.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const f of files) {
  console.log(`\n## ${f.replace(/\.bench\.ts$/, '')}\n`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { default?: () => Promise<void> };
  if (typeof mod.default === 'function') await mod.default();
}
