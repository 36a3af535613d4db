/**
 * The verifier in Node 20 (no DOM): the shared world cases (real keys, in-memory issuers), the public
 * vectors with the README's expectations, every sample-issuer catalog entry over real HTTP, the README's
 * recipient hashes, and a final check that every failure code of the contract was produced.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { createFetcher, verify } from '../src/index.js';
import { matchClaim } from '../src/core/verify/recipient.js';
import type { VerificationCode, VerificationReport } from '../src/core/types.js';
import { buildWorld, NOW, type World } from '../test/verify/world.js';
import { README_HASHES, VECTOR_EXPECT, checkReport, runWorldCase, vectorFetch, vectorVariants, worldCases } from '../test/verify/cases.js';

const ALL_CODES: VerificationCode[] = [
  'invalid-signature', 'no-proof', 'malformed', 'unsupported-proof', 'unsupported-alg', 'weak-key', 'key-not-bound-to-issuer',
  'key-resolution-failed', 'context-not-allowed', 'data-loss', 'claim-mismatch', 'origin-not-allowed', 'id-mismatch',
  'fetch-timeout', 'fetch-too-large', 'fetch-failed', 'url-blocked', 'unknown-format',
];
const seen = new Set<string>();
const note = (r: VerificationReport): void => {
  if (r.code) seen.add(r.code);
  for (const e of r.endorsements ?? []) note(e);
};

const VDIR = new URL('../test/fixtures/vectors/dcc-verifier-core/', import.meta.url);
const readVector = (name: string): string => readFileSync(new URL(name, VDIR), 'utf8');

let world: World;
let server: IssuerServer;
before(async () => {
  [world, server] = await Promise.all([buildWorld(), startIssuerServer({ port: 0 })]);
});
after(async () => {
  await server.close();
});

describe('verify() in Node: world cases', () => {
  test('runs without a DOM', () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  });
  for (const k of worldCases) test(k.name, async () => note(await runWorldCase(world, k)));
});

describe('verify() in Node: public vectors (dcc-verifier-core)', () => {
  const fetchFn = vectorFetch(readVector('status-list-e5WK8CbZ1GjycuPombrj.json'));
  const files = readdirSync(VDIR).filter((f) => f.endsWith('.json') && !f.startsWith('status-list'));
  test('every vector has an expectation', () => {
    assert.deepEqual(files.map((f) => f.replace(/\.json$/, '')).sort(), Object.keys(VECTOR_EXPECT).sort());
  });
  for (const f of files) {
    const name = f.replace(/\.json$/, '');
    test(name, async () => {
      const r = await verify(JSON.parse(readVector(f)) as object, { fetch: fetchFn, now: NOW });
      note(r);
      checkReport(r, VECTOR_EXPECT[name], name);
      if (r.authentic) assert.ok(r.verifiedIssuer?.startsWith('did:key:'), 'verifiedIssuer is the did:key');
      if (r.authentic) assert.equal(r.badge?.format, 'ob3-json');
    });
  }
  for (const v of vectorVariants(JSON.parse(readVector('v2NoStatus.json')) as Record<string, unknown>)) {
    test(v.name, async () => {
      const r = await verify(v.doc, { fetch: fetchFn, now: NOW });
      note(r);
      checkReport(r, v.expect, v.name);
    });
  }
  test('the status list is fetched and decoded once per fetcher', async () => {
    let calls = 0;
    const inner = vectorFetch(readVector('status-list-e5WK8CbZ1GjycuPombrj.json'));
    const counting = (async (...args: Parameters<typeof fetch>) => {
      calls++;
      return inner(...args);
    }) as typeof fetch;
    const docs = ['v2WithValidStatus', 'v2Revoked', 'v1WithValidStatus'].map((n) => JSON.parse(readVector(`${n}.json`)) as object);
    const reports = await Promise.all(docs.map((d) => verify(d, { fetch: counting, now: NOW })));
    assert.deepEqual(reports.map((r) => r.state), ['valid', 'revoked', 'valid']);
    assert.equal(calls, 1);
  });
});

describe('recipient hashes from the vectors README', () => {
  for (const h of README_HASHES) {
    test(`${h.identity} + ${h.salt ?? '(no salt)'}`, async () => {
      assert.equal(await matchClaim({ hashed: true, value: h.hash, salt: h.salt }, h.identity), 'match');
      assert.equal(await matchClaim({ hashed: true, value: h.hash.toUpperCase().replace('SHA256$', 'sha256$'), salt: h.salt }, h.identity), 'match');
      assert.equal(await matchClaim({ hashed: true, value: h.hash, salt: h.salt }, `${h.identity}x`), 'mismatch');
    });
  }
});

describe('verify() in Node: every sample-issuer catalog entry over HTTP', () => {
  test('catalog entries give their expected reports', async () => {
    const catalog = (await (await fetch(`${server.origin}/issuer/catalog.json`)).json()) as { key: string; url: string; expect: { authentic: boolean; state: string; code?: string }; recipient?: { identity: string }; options?: { timeoutMs?: number } }[];
    assert.ok(catalog.length >= 10);
    const failures: string[] = [];
    for (const e of catalog) {
      const base = e.options ? { fetcher: createFetcher({ timeoutMs: e.options.timeoutMs }) } : {};
      const r = await verify(e.url, { ...base, now: NOW });
      note(r);
      try {
        checkReport(r, e.expect as never, e.key);
        if (e.recipient && r.authentic && r.badge?.recipient) {
          const r2 = await verify(e.url, { now: NOW, recipient: e.recipient.identity });
          if (r2.recipient !== 'match') failures.push(`${e.key}: recipient ${r2.recipient}`);
          const r3 = await verify(e.url, { now: NOW, recipient: 'nobody@example.invalid' });
          if (r3.recipient !== 'mismatch') failures.push(`${e.key}: other recipient ${r3.recipient}`);
        }
      } catch (err) {
        failures.push((err as Error).message);
      }
    }
    assert.deepEqual(failures, []);
  });
});

describe('coverage of the contract', () => {
  test('every failure code was produced by at least one test above', () => {
    assert.deepEqual(ALL_CODES.filter((c) => !seen.has(c)), []);
  });
});
