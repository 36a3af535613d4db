import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { gunzipSync } from 'node:zlib';
import type { CatalogEntry } from '../demo/issuer/types.js';
import { FAILURE_STATE } from '../demo/issuer/types.js';
import { STATUS_INDEX } from '../demo/issuer/status.js';

const JSON_TYPES = /^application\/(ld\+json|json|did\+json)\b/;

describe('sample issuer over HTTP (Node)', () => {
  let server: IssuerServer;
  let catalog: CatalogEntry[];
  before(async () => {
    server = await startIssuerServer({ port: 0 });
    const res = await fetch(`${server.origin}/issuer/catalog.json`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    catalog = (await res.json()) as CatalogEntry[];
  });
  after(() => server.close());

  it('lists credentials with unique keys and urls on its own origin', () => {
    assert.ok(catalog.length >= 15, `only ${catalog.length} entries`);
    assert.equal(new Set(catalog.map((e) => e.key)).size, catalog.length);
    for (const e of catalog) {
      // the foreign-origin case lives on the same server under its other loopback name
      if (e.key === 'broken-ob2-foreign-origin') assert.equal(e.url, `http://127.0.0.1:${new URL(server.origin).port}${e.path}`);
      else assert.equal(e.url, server.origin + e.path, e.key);
      assert.equal(typeof e.expect.authentic, 'boolean');
      if (!e.expect.authentic) assert.ok(e.expect.code, `${e.key} has no code`);
    }
    for (const f of ['ob1-hosted', 'ob2-hosted', 'ob2-signed', 'ob3-json', 'ob3-jwt']) assert.ok(catalog.some((e) => e.format === f), f);
  });

  it('serves every catalog entry with the right content type and a parsable body', async () => {
    for (const e of catalog) {
      const res = await fetch(e.url);
      const text = await res.text();
      assert.equal(res.headers.get('access-control-allow-origin'), '*', e.key);
      const type = res.headers.get('content-type') ?? '';
      if (e.body === 'json') {
        assert.match(type, JSON_TYPES, e.key);
        const doc = JSON.parse(text) as Record<string, unknown>;
        if (e.format !== 'unknown') assert.ok(doc.id || doc.uid, `${e.key} has no id`);
      } else if (e.body === 'jws' || e.body === 'jwt') {
        const parts = text.split('.');
        assert.equal(parts.length, 3, e.key);
        const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()) as { alg: string };
        assert.ok(header.alg, e.key);
        JSON.parse(Buffer.from(parts[1]!, 'base64url').toString());
      }
      assert.equal(res.status, e.key === 'ob2-hosted-revoked' ? 410 : 200, e.key);
    }
  });

  it('serves the issuer documents the credentials point to', async () => {
    const issuer = (await (await fetch(`${server.origin}/issuer/ob2/issuer.json`)).json()) as Record<string, string>;
    assert.equal(issuer.id, `${server.origin}/issuer/ob2/issuer.json`);
    const key = (await (await fetch(issuer.publicKey!)).json()) as Record<string, string>;
    assert.equal(key.owner, issuer.id);
    assert.match(key.publicKeyPem!, /^-----BEGIN PUBLIC KEY-----/);
    const list = (await (await fetch(issuer.revocationList!)).json()) as { revokedAssertions: unknown[] };
    assert.ok(list.revokedAssertions.length >= 1);
    const did = (await (await fetch(`${server.origin}/issuer/did.json`)).json()) as { id: string; assertionMethod: string[] };
    assert.equal(did.id, `did:web:${encodeURIComponent(new URL(server.origin).host)}:issuer`);
    assert.ok(did.assertionMethod.length >= 1);
    const png = await fetch(`${server.origin}/issuer/images/sql-querying.png`);
    assert.equal(png.headers.get('content-type'), 'image/png');
    assert.deepEqual([...new Uint8Array(await png.arrayBuffer()).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    const feed = (await (await fetch(`${server.origin}/issuer/feed.json`)).json()) as { type: string; items: unknown[] };
    assert.equal(feed.type, 'BadgeFeed');
    assert.ok(feed.items.length >= 10);
  });

  it('has a broken credential for every failure code of the contract', () => {
    for (const code of Object.keys(FAILURE_STATE)) {
      const e = catalog.find((x) => x.expect.code === code);
      assert.ok(e, `no credential for ${code}`);
      assert.equal(e.expect.state, FAILURE_STATE[code as keyof typeof FAILURE_STATE]);
    }
    for (const state of ['valid', 'expired', 'not-yet-valid', 'revoked', 'suspended', 'status-unknown']) {
      assert.ok(catalog.some((e) => e.expect.authentic && e.expect.state === state), state);
    }
  });

  it('serves Bitstring status lists (GZIP, multibase base64url, MSB first) and an unavailable one', async () => {
    const bit = async (path: string, index: number) => {
      const list = (await (await fetch(`${server.origin}${path}`)).json()) as { type: string[]; proof: unknown; credentialSubject: { encodedList: string } };
      assert.ok(list.type.includes('BitstringStatusListCredential'));
      assert.ok(list.proof, 'the status list is signed');
      const enc = list.credentialSubject.encodedList;
      assert.equal(enc[0], 'u');
      const bytes = gunzipSync(Buffer.from(enc.slice(1), 'base64url'));
      assert.equal(bytes.length, 16384);
      return (bytes[index >> 3]! >> (7 - (index & 7))) & 1;
    };
    assert.equal(await bit('/issuer/status/revocation.json', STATUS_INDEX.revoked), 1);
    assert.equal(await bit('/issuer/status/revocation.json', STATUS_INDEX.clear), 0);
    assert.equal(await bit('/issuer/status/suspension.json', STATUS_INDEX.suspended), 1);
    assert.equal(await bit('/issuer/status/suspension.json', STATUS_INDEX.revoked), 0);
    assert.equal((await fetch(`${server.origin}/issuer/status/unavailable.json`)).status, 500);
    assert.equal((await fetch(`${server.origin}/issuer/retired/did.json`)).status, 404);
    const unbound = (await (await fetch(`${server.origin}/issuer/unbound/did.json`)).json()) as Record<string, unknown>;
    assert.equal(unbound.assertionMethod, undefined);
  });

  it('records requests and resets the log', async () => {
    server.resetRequests();
    await (await fetch(`${server.origin}/issuer/ob2/issuer.json`, { headers: { accept: 'application/ld+json' } })).text();
    const log = server.requests();
    assert.equal(log.length, 1);
    assert.equal(log[0]!.url, `${server.origin}/issuer/ob2/issuer.json`);
    assert.equal(log[0]!.headers.accept, 'application/ld+json');
    const viaHttp = (await (await fetch(`${server.origin}/__requests`)).json()) as { url: string }[];
    assert.equal(viaHttp.length, 1);
    assert.equal((await fetch(`${server.origin}/__requests/reset`, { method: 'POST' })).status, 204);
    assert.equal(server.requests().length, 0);
  });

  it('answers the fault endpoints', async () => {
    assert.equal((await fetch(`${server.origin}/__test/status/503`)).status, 503);
    assert.equal((await fetch(`${server.origin}/__test/no-cors`)).headers.get('access-control-allow-origin'), null);
    const echo = (await (await fetch(`${server.origin}/__test/echo-headers`, { headers: { 'x-probe': 'yes' } })).json()) as Record<string, string>;
    assert.equal(echo['x-probe'], 'yes');
    const large = await fetch(`${server.origin}/__test/large?bytes=300000`);
    assert.equal(large.headers.get('content-length'), null);
    assert.equal((await large.arrayBuffer()).byteLength, 300000);
    const redirect = await fetch(`${server.origin}/__test/redirect?to=/issuer/catalog.json`, { redirect: 'manual' });
    assert.equal(redirect.status, 302);
    await assert.rejects(fetch(`${server.origin}/__test/redirect-loop`));
    const ctrl = new AbortController();
    const hang = fetch(`${server.origin}/__test/hang`, { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 50);
    await assert.rejects(hang, /abort/i);
    const slow = await fetch(`${server.origin}/__test/slow?ms=30`);
    assert.deepEqual(await slow.json(), { slow: true, ms: 30 });
    assert.ok((await (await fetch(`${server.origin}/__test/not-json`)).text()).startsWith('<!doctype html>'));
  });

  it('builds for the origin it is served on', async () => {
    const other = await startIssuerServer({ port: 0, host: 'localhost' });
    try {
      assert.match(other.origin, /^http:\/\/localhost:\d+$/);
      const list = (await (await fetch(`${other.origin}/issuer/catalog.json`)).json()) as CatalogEntry[];
      assert.ok(list.every((e) => e.url.startsWith(other.origin) || e.key === 'broken-ob2-foreign-origin'));
      assert.ok(list.some((e) => e.key === 'broken-ob2-foreign-origin' && e.url.startsWith('http://127.0.0.1:')));
    } finally {
      await other.close();
    }
  });
});
