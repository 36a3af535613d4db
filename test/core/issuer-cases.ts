/**
 * Loading every credential of the sample issuer over real HTTP, and the wall case: 1,000 loads of one
 * issuer's badges → one issuer-profile request. Shared by Chromium and Node.
 */
import { createBadgeClient, createFetcher, loadBadge } from '../../src/index.js';
import { type Case, equal, ok, rejectsWith } from './assert.js';
import { serverLog } from './fetch-cases.js';

interface CatalogEntry {
  key: string;
  format: string;
  url: string;
  expect: { authentic: boolean; state: string; code?: string };
}

async function catalog(origin: string): Promise<CatalogEntry[]> {
  return (await (await fetch(`${origin}/issuer/catalog.json`)).json()) as CatalogEntry[];
}

export function issuerCases(origin: string): Case[] {
  const log = serverLog(origin);
  return [
    {
      name: 'sample issuer: every catalog credential loads over HTTP in its own format (410 → revoked error)',
      fn: async () => {
        const entries = await catalog(origin);
        ok(entries.length >= 10, 'a catalog');
        const fetcher = createFetcher();
        const seen = new Set<string>();
        for (const e of entries) {
          if (e.format === 'unknown') {
            await rejectsWith(loadBadge(e.url, { fetcher }), 'unknown-format', e.key);
            continue;
          }
          let badge;
          try {
            badge = await loadBadge(e.url, { fetcher });
          } catch (err) {
            const code = (err as { code?: string; status?: number }).code;
            // a hosted assertion answering 410 Gone is revoked; anything else that cannot be read must be a broken case
            if (code === 'fetch-failed' && (err as { status?: number }).status === 410) continue;
            ok(!e.expect.authentic, `${e.key} failed to load: ${String(err)}`);
            continue;
          }
          equal(badge.format, e.format, `${e.key} format`);
          ok(badge.name.length > 0 && badge.name !== 'Untitled badge', `${e.key} has a name`);
          ok(badge.issuer.name.length > 0 && badge.issuer.origin, `${e.key} has an issuer with an origin`);
          ok(badge.issued, `${e.key} has an issue date`);
          seen.add(badge.format);
        }
        for (const f of ['ob1-hosted', 'ob2-hosted', 'ob2-signed', 'ob3-json', 'ob3-jwt']) ok(seen.has(f), `the catalog has a readable ${f}`);
      },
    },
    {
      name: 'wall: 1,000 concurrent loads of one issuer’s hosted badges → 1 issuer-profile request',
      fn: async () => {
        const hosted = (await catalog(origin)).filter((e) => e.format === 'ob2-hosted' && e.expect.authentic && e.expect.state !== 'revoked');
        // the hosted badges of the main issuer (the catalog may have other issuers too)
        const probe = createFetcher();
        const issuerOf = new Map<string, string | undefined>();
        for (const e of hosted) issuerOf.set(e.key, (await loadBadge(e.url, { fetcher: probe })).issuer.id);
        const main = issuerOf.get('ob2-hosted-valid') ?? issuerOf.get(hosted[0]!.key);
        const entries = hosted.filter((e) => issuerOf.get(e.key) === main);
        ok(entries.length >= 2, 'hosted badges of one issuer');
        const client = createBadgeClient();
        await log.reset();
        const badges = await Promise.all(Array.from({ length: 1000 }, (_, i) => client.loadBadge(entries[i % entries.length]!.url)));
        equal(badges.length, 1000);
        const issuerId = badges[0]!.issuer.id;
        ok(issuerId && badges.every((b) => b.issuer.id === issuerId), 'one issuer');
        equal(await log.count(new URL(issuerId).pathname), 1, 'issuer profile requests');
        for (const e of entries) equal(await log.count(new URL(e.url).pathname), 1, `${e.key} requests`);
      },
    },
  ];
}
