/**
 * The verifier in Chromium: the same world cases as Node (real keys, in-memory issuers), the public
 * vectors read over HTTP from the test server, and every sample-issuer catalog entry over real HTTP.
 */
import { verify } from '../../src/index.js';
import { createFetcher } from '../../src/core/fetch.js';
import type { VerificationCode, VerificationReport } from '../../src/core/types.js';
import { buildWorld, NOW, type World } from './world.js';
import { VECTOR_EXPECT, checkReport, runWorldCase, vectorFetch, vectorVariants, worldCases, type Expect } from './cases.js';

const seen = new Set<string>();
const note = (r: VerificationReport): void => {
  if (r.code) seen.add(r.code);
  for (const e of r.endorsements ?? []) note(e);
};

describe('verify() in Chromium: world cases', function () {
  this.timeout(60_000);
  let world: World;
  before(async () => {
    world = await buildWorld();
  });
  for (const k of worldCases) it(k.name, async () => note(await runWorldCase(world, k)));
});

describe('verify() in Chromium: public vectors over HTTP', function () {
  this.timeout(60_000);
  const base = '/test/fixtures/vectors/dcc-verifier-core/';
  const read = async (name: string): Promise<string> => {
    const res = await fetch(base + name);
    if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
    return res.text();
  };
  let fetchFn: typeof fetch;
  before(async () => {
    fetchFn = vectorFetch(await read('status-list-e5WK8CbZ1GjycuPombrj.json'));
  });
  for (const [name, expect] of Object.entries(VECTOR_EXPECT)) {
    it(name, async () => {
      const r = await verify(JSON.parse(await read(`${name}.json`)) as object, { fetch: fetchFn, now: NOW });
      note(r);
      checkReport(r, expect, name);
    });
  }
  it('variants: unsupported proof, unknown context, no proof, foreign did:key', async () => {
    for (const v of vectorVariants(JSON.parse(await read('v2NoStatus.json')) as Record<string, unknown>)) {
      const r = await verify(v.doc, { fetch: fetchFn, now: NOW });
      note(r);
      checkReport(r, v.expect, v.name);
    }
  });
});

describe('verify() in Chromium: every sample-issuer catalog entry over HTTP', function () {
  this.timeout(120_000);
  it('gives each entry its expected report', async () => {
    const catalog = (await (await fetch('/issuer/catalog.json')).json()) as { key: string; url: string; expect: Expect; options?: { timeoutMs?: number } }[];
    if (catalog.length < 10) throw new Error('catalog too small');
    const failures: string[] = [];
    for (const e of catalog) {
      const opts = e.options ? { fetcher: createFetcher({ timeoutMs: e.options.timeoutMs }) } : {};
      const r = await verify(e.url, { ...opts, now: NOW });
      note(r);
      try {
        checkReport(r, e.expect, e.key);
      } catch (err) {
        failures.push((err as Error).message);
      }
    }
    if (failures.length > 0) throw new Error(failures.join('\n'));
  });
});

describe('verify() in Chromium: coverage of the contract', () => {
  it('every failure code was produced by a test above', () => {
    const all: VerificationCode[] = [
      'invalid-signature', 'no-proof', 'malformed', 'unsupported-proof', 'unsupported-alg', 'weak-key', 'key-not-bound-to-issuer',
      'key-resolution-failed', 'context-not-allowed', 'data-loss', 'claim-mismatch', 'origin-not-allowed', 'id-mismatch',
      'fetch-timeout', 'fetch-too-large', 'fetch-failed', 'url-blocked', 'unknown-format',
    ];
    const missing = all.filter((c) => !seen.has(c));
    if (missing.length > 0) throw new Error(`never produced: ${missing.join(', ')}`);
  });
});
