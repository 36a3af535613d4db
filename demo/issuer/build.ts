/**
 * `buildIssuer({ origin })`: every file the sample issuer serves, built for the origin it is served on
 * (ids, DIDs and links point to that origin), plus the catalog the tests read.
 * Output is reproducible: fixed keys (`keys/`), fixed dates, deterministic ids.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildCtx } from './ctx.js';
import { GUILD } from './data.js';
import { buildOb1, buildOb2, buildOb2Signed } from './ob2.js';
import { buildOb3 } from './ob3.js';
import { buildOb3Di } from './ob3-di.js';
import { buildBrokenOb2 } from './broken-ob2.js';
import { buildBrokenOb3 } from './broken-ob3.js';
import { buildWall } from './wall.js';
import type { SampleIssuer } from './types.js';

export type { SampleIssuer, CatalogEntry, ServedFile } from './types.js';

const artDir = join(dirname(fileURLToPath(import.meta.url)), 'art');

export async function buildIssuer({ origin }: { origin: string }): Promise<SampleIssuer> {
  const c = new BuildCtx(new URL(origin).origin);
  for (const f of readdirSync(artDir)) {
    const m = /^(.+)\.(svg|png)$/.exec(f);
    if (!m) continue;
    const bytes = readFileSync(join(artDir, f));
    c.text(`/issuer/images/${f}`, m[2] === 'svg' ? bytes.toString('utf8') : new Uint8Array(bytes), m[2] === 'svg' ? 'image/svg+xml' : 'image/png',
      { headers: { 'Cache-Control': 'public, max-age=3600' } });
  }
  buildOb1(c);
  buildOb2(c);
  await buildOb2Signed(c);
  await buildOb3(c);
  await buildOb3Di(c);
  await buildBrokenOb2(c);
  await buildBrokenOb3(c);
  buildFeed(c);
  c.json('/issuer/catalog.json', c.catalog, { contentType: 'application/json' });
  const files = buildWall(c); // /issuer/wall/*: the badge wall's feeds (generated assertions on request)
  return { origin: c.origin, files, catalog: c.catalog };
}

/** `/issuer/feed.json`: every credential that is not deliberately broken, in the form it is best shared. */
function buildFeed(c: BuildCtx): void {
  const items: Record<string, unknown>[] = [];
  for (const e of c.catalog) {
    if (e.tags?.includes('broken')) continue;
    const file = c.files.get(e.path);
    if (!file) continue;
    if (e.body === 'jwt' || e.body === 'jws') items.push({ jwt: String(file.body) });
    else if (e.format === 'ob3-json') items.push({ credential: JSON.parse(String(file.body)) });
    else items.push({ url: e.url });
  }
  c.json('/issuer/feed.json', {
    type: 'BadgeFeed',
    name: `${GUILD.shortName}: badges awarded`,
    description: `Badges awarded by the ${GUILD.name} to its learners.`,
    url: c.url('/'),
    items,
  }, { contentType: 'application/json' });
}
