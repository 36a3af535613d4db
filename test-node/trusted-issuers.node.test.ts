/**
 * Trusted issuers (client option `trustedIssuers`, `verify(…, { trustedIssuers })`, `badge-verify --trust`)
 * with real credentials from the sample issuer over HTTP: judged only on the verified issuer, never
 * changing `authentic` / `state` / `code`; endorsements judged with the same list; bad entries refused.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { BadgeError, createBadgeClient, verify } from '../src/index.js';
import type { VerificationReport } from '../src/core/types.js';
import { parseTrustedIssuers } from '../src/core/verify/trust.js';
import { buildWorld, NOW as WORLD_NOW } from '../test/verify/world.js';
import { runBin } from './support/bin.js';

const NOW = new Date('2027-06-01T12:00:00Z');

let server: IssuerServer;
let urls: Record<string, string>;
/** The sample issuer's did:web (its port changes per run) and its OB 2.0 issuer profile. */
let didWeb: string;
let ob2Issuer: string;

before(async () => {
  server = await startIssuerServer({ port: 0 });
  const catalog = (await (await fetch(`${server.origin}/issuer/catalog.json`)).json()) as { key: string; url: string }[];
  urls = Object.fromEntries(catalog.map((e) => [e.key, e.url]));
  didWeb = `did:web:${new URL(server.origin).host.replace(':', '%3A')}:issuer`;
  ob2Issuer = `${server.origin}/issuer/ob2/issuer.json`;
});
after(async () => {
  await server.close();
});

const trustCheck = (r: VerificationReport) => r.checks.find((c) => c.id === 'issuer-trusted');
/** Everything but the trust verdict, to compare with the report made without a list. */
const verdict = (r: VerificationReport) => ({ authentic: r.authentic, state: r.state, code: r.code, verifiedIssuer: r.verifiedIssuer, checks: r.checks.filter((c) => c.id !== 'issuer-trusted').map((c) => `${c.id}:${c.outcome}`) });

describe('trusted issuers in verify()', () => {
  test('did:web issuer on the list → pass, issuerTrusted true, placed right after the key checks', async () => {
    const r = await verify(urls['ob3-jwt-didweb-v2']!, { now: NOW, trustedIssuers: ['did:web:elsewhere.example', didWeb] });
    assert.equal(r.authentic, true);
    assert.equal(r.state, 'valid');
    assert.equal(r.verifiedIssuer, didWeb);
    assert.equal(r.issuerTrusted, true);
    assert.equal(trustCheck(r)?.outcome, 'pass');
    const ids = r.checks.map((c) => c.id);
    assert.equal(ids.indexOf('issuer-trusted'), ids.indexOf('key-binding') + 1);
  });

  test('did:web entries compare the host case-insensitively (Data Integrity credential of the same issuer)', async () => {
    const r = await verify(urls['ob3-di-rdfc-didweb-v2']!, { now: NOW, trustedIssuers: [`  ${didWeb.replace('did:web:', 'DID:web:')}  `] });
    assert.equal(r.issuerTrusted, true);
    assert.equal(trustCheck(r)?.outcome, 'pass');
  });

  test('did:key issuer on the list → pass', async () => {
    const probe = await verify(urls['ob3-jwt-didkey-v2']!, { now: NOW });
    assert.ok(probe.verifiedIssuer?.startsWith('did:key:z6Mk'));
    const r = await verify(urls['ob3-jwt-didkey-v2']!, { now: NOW, trustedIssuers: [probe.verifiedIssuer!] });
    assert.equal(r.issuerTrusted, true);
  });

  test('OB 2.0 hosted issuer: its origin or its exact profile URL on the list → pass', async () => {
    for (const entry of [server.origin, `${server.origin}/`, ob2Issuer]) {
      const r = await verify(urls['ob2-hosted-valid']!, { now: NOW, trustedIssuers: [entry] });
      assert.equal(r.issuerTrusted, true, entry);
      assert.equal(trustCheck(r)?.outcome, 'pass', entry);
      assert.equal(trustCheck(r)?.details?.issuer, ob2Issuer);
    }
    const signed = await verify(urls['ob2-signed-valid']!, { now: NOW, trustedIssuers: [ob2Issuer] });
    assert.equal(signed.issuerTrusted, true);
  });

  test('a URL entry is an exact id: another profile on the same origin, or another scheme, does not match', async () => {
    const other = await verify(urls['ob2-hosted-valid']!, { now: NOW, trustedIssuers: [`${server.origin}/issuer/ob1/issuer.json`] });
    assert.equal(other.issuerTrusted, false);
    const https = await verify(urls['ob2-hosted-valid']!, { now: NOW, trustedIssuers: [server.origin.replace('http:', 'https:')] });
    assert.equal(https.issuerTrusted, false);
  });

  test('authentic but not on the list → warn, still authentic and valid; nothing else changes', async () => {
    for (const key of ['ob3-jwt-didweb-v2', 'ob2-hosted-valid', 'ob2-hosted-expired']) {
      const plain = await verify(urls[key]!, { now: NOW });
      const r = await verify(urls[key]!, { now: NOW, trustedIssuers: ['did:web:someone-else.example', 'https://someone-else.example'] });
      assert.deepEqual(verdict(r), verdict(plain), key);
      assert.equal(r.authentic, true, key);
      assert.equal(r.issuerTrusted, false, key);
      assert.equal(trustCheck(r)?.outcome, 'warn', key);
    }
  });

  test('a tampered credential whose claimed issuer is on the list → skip; not authentic; issuerTrusted false', async () => {
    for (const key of ['broken-di-tampered', 'broken-jwt-tampered', 'broken-ob2-signed-tampered']) {
      const plain = await verify(urls[key]!, { now: NOW });
      const claimed = plain.badge?.issuer.id;
      assert.ok(claimed, `${key} names an issuer`);
      const r = await verify(urls[key]!, { now: NOW, trustedIssuers: [claimed, didWeb, server.origin] });
      assert.deepEqual(verdict(r), verdict(plain), key);
      assert.equal(r.authentic, false, key);
      assert.equal(r.code, 'invalid-signature', key);
      assert.equal(r.issuerTrusted, false, key);
      assert.equal(trustCheck(r)?.outcome, 'skip', key);
      assert.equal(trustCheck(r)?.details, undefined, key);
    }
  });

  test('no list → no check and no field (reports unchanged)', async () => {
    const r = await verify(urls['ob3-jwt-didweb-v2']!, { now: NOW });
    assert.equal('issuerTrusted' in r, false);
    assert.equal(trustCheck(r), undefined);
  });

  test('endorsements are judged with the same list (world credentials: did:key issuer A, endorser B)', async () => {
    const w = await buildWorld();
    const r = await verify(w.creds.jwtEndorsed as string, { fetch: w.fetch, now: WORLD_NOW, trustedIssuers: [w.didB] });
    assert.equal(r.authentic, true);
    assert.equal(r.issuerTrusted, false);
    assert.deepEqual(r.endorsements?.map((e) => [e.authentic, e.issuerTrusted, trustCheck(e)?.outcome]), [[true, true, 'pass'], [false, false, 'skip']]);
  });
});

describe('trusted issuers: the list is checked', () => {
  const bad = ['', '   ', 'example.edu', 'ftp://example.edu', 'did:web:', 'did:web:example.edu#key-1', 'https://user:pw@example.edu', 'not a did'];

  test('createBadgeClient() throws a BadgeError invalid-option for each unusable entry', () => {
    for (const entry of bad) {
      assert.throws(() => createBadgeClient({ trustedIssuers: ['did:web:ok.example', entry] }), (e: unknown) => {
        assert.ok(e instanceof BadgeError, entry);
        assert.equal(e.code, 'invalid-option');
        assert.match(e.message, /trustedIssuers: .* is not a DID/);
        return true;
      });
    }
    assert.throws(() => createBadgeClient({ trustedIssuers: 'did:web:a.example' as never }), BadgeError);
  });

  test('verify() rejects with the same error (a configuration mistake, not a report)', async () => {
    await assert.rejects(verify(urls['ob2-hosted-valid']!, { now: NOW, trustedIssuers: ['example.edu'] }), (e: unknown) => e instanceof BadgeError && e.code === 'invalid-option');
  });

  test('normalisation: DIDs as written except the did:web host; URLs by the URL parser; origins apart', () => {
    const t = parseTrustedIssuers([' did:web:Example.EDU:Dept ', 'did:key:z6MkABC', 'https://EXAMPLE.edu', 'https://example.edu:443/Issuer'])!;
    assert.deepEqual([...t.ids], ['did:web:example.edu:Dept', 'did:key:z6MkABC', 'https://example.edu/Issuer']);
    assert.deepEqual([...t.origins], ['https://example.edu']);
  });

  test('a client with a list adds the check; its verify still never throws', async () => {
    const client = createBadgeClient({ trustedIssuers: [didWeb] });
    const r = await client.verify(urls['ob3-jwt-didweb-v2']!, { now: NOW });
    assert.equal(r.issuerTrusted, true);
  });
});

describe('badge-verify --trust', () => {
  test('prints whether the verified issuer is on the list; the exit status is unchanged', async () => {
    const on = await runBin([urls['ob3-jwt-didweb-v2']!, '--now', NOW.toISOString(), '--trust', 'https://nobody.example', '--trust', didWeb]);
    assert.equal(on.code, 0, on.stderr);
    assert.match(on.stdout, /Trusted: {3}yes — on your list of trusted issuers/);
    assert.match(on.stdout, /issuer-trusted +The verified issuer is on the list of trusted issuers\./);
    const off = await runBin([urls['ob3-jwt-didweb-v2']!, '--now', NOW.toISOString(), '--trust', 'did:web:nobody.example']);
    assert.equal(off.code, 0, off.stderr);
    assert.match(off.stdout, /Trusted: {3}no — not on your list of trusted issuers/);
    const none = await runBin([urls['ob3-jwt-didweb-v2']!, '--now', NOW.toISOString()]);
    assert.doesNotMatch(none.stdout, /Trusted:|issuer-trusted/);
  });

  test('an unusable --trust entry is a usage error (exit 2)', async () => {
    const r = await runBin([urls['ob3-jwt-didweb-v2']!, '--trust', 'example.edu']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--trust: "example\.edu" is not a DID/);
  });
});
