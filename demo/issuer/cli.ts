/**
 * Writes the sample issuer's files to a folder for inspection:
 * `npm run issuer -- --origin http://localhost:5173 --out dir`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIssuer } from './build.js';

const { values } = parseArgs({ options: { origin: { type: 'string', default: 'http://localhost:5173' }, out: { type: 'string', default: 'dist-issuer' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log('usage: npm run issuer -- [--origin http://localhost:5173] [--out dist-issuer]');
  process.exit(0);
}
const out = resolve(values.out!);
const issuer = await buildIssuer({ origin: values.origin! });
const meta: Record<string, unknown> = {};
for (const [path, file] of issuer.files) {
  const target = join(out, path.replace(/^\/+/, ''));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.body);
  if (file.status || file.delayMs) meta[path] = { status: file.status, delayMs: file.delayMs, contentType: file.contentType };
}
writeFileSync(join(out, '_served-with.json'), JSON.stringify(meta, null, 2));
console.log(`wrote ${issuer.files.size} files (${issuer.catalog.length} credentials) for ${issuer.origin} to ${out}`);
