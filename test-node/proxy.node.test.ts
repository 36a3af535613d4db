/**
 * The CORS proxy (`badge-elements/proxy.js`) over real HTTP on loopback only: the Node handler
 * behind node:http, the fetch-style handler called with real Requests, and the client wrapper
 * (`withProxy`) verifying sample-issuer credentials through the proxy.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { createBadgeProxy, createBadgeProxyFetchHandler, isPrivateAddress, type BadgeProxyOptions } from '../src/proxy/index.js';
import { withProxy } from '../src/core/proxy-fetch.js';
import { createBadgeClient } from '../src/core/client.js';
import { isBadgeError } from '../src/core/errors.js';

/** A small upstream with the awkward cases: echo, cookies, big bodies, a stall, redirects. */
function upstreamHandler(held: Set<() => void>) {
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const u = new URL(req.url ?? '/', 'http://x');
    switch (u.pathname) {
      case '/echo':
        res.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': 'sid=secret; HttpOnly' });
        res.end(JSON.stringify({ method: req.method, headers: req.headers }));
        return;
      case '/big':
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '5000' });
        res.end('x'.repeat(5000));
        return;
      case '/big-chunked':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
        res.end();
        return;
      case '/stall':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{');
        held.add(() => res.end('}'));
        return;
      case '/redirect':
        res.writeHead(302, { Location: u.searchParams.get('to') ?? '/echo' });
        res.end();
        return;
      case '/gone':
        res.writeHead(410, { 'Content-Type': 'text/plain' });
        res.end('revoked');
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  };
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const held = new Set<() => void>();
let upstream: Server;
let up: number; // upstream port
let issuer: IssuerServer;
let proxyServer: Server;
let proxyBase = '';
/** 'issuer.test' and 'other.test' resolve to 127.0.0.1 (real sockets, loopback only). */
const lookup = async (host: string) => (host.endsWith('.test') ? [{ address: '127.0.0.1', family: 4 }] : []);

function options(extra: Partial<BadgeProxyOptions> = {}): BadgeProxyOptions {
  return { allowHosts: [`issuer.test:${up}`, `127.0.0.1:${up}`], allowHttp: true, allowPrivateForTests: true, lookup, timeoutMs: 400, maxBytes: 1000, ...extra };
}

/** Starts a node:http server around the Node handler with `opts`; returns its base URL. */
const extraServers: Server[] = [];
async function nodeProxy(opts: BadgeProxyOptions): Promise<string> {
  const server = createServer(createBadgeProxy(opts));
  extraServers.push(server);
  return `http://127.0.0.1:${await listen(server)}/badge-proxy`;
}
const via = (base: string, target: string, init?: RequestInit) => fetch(`${base}?url=${encodeURIComponent(target)}`, init);

before(async () => {
  upstream = createServer(upstreamHandler(held));
  up = await listen(upstream);
  issuer = await startIssuerServer({ port: 0 });
  const issuerPort = new URL(issuer.origin).port;
  proxyServer = createServer(createBadgeProxy(options({ allowHosts: [`issuer.test:${up}`, `127.0.0.1:${issuerPort}`], maxBytes: 2 * 1024 * 1024, timeoutMs: 5000 })));
  proxyBase = `http://127.0.0.1:${await listen(proxyServer)}/badge-proxy`;
});

after(async () => {
  for (const release of held) release();
  for (const s of [upstream, proxyServer, ...extraServers].filter(Boolean)) {
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
  await issuer?.close();
});

describe('Node handler (node:http)', () => {
  test('allowed host: upstream body, status and content type pass, with CORS and the final URL', async () => {
    const res = await via(proxyBase, `http://issuer.test:${up}/echo`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
    assert.equal(res.headers.get('content-type'), 'application/json');
    assert.equal(res.headers.get('badge-proxy-url'), `http://issuer.test:${up}/echo`);
    assert.equal(((await res.json()) as { method: string }).method, 'GET');
  });

  test('a 410 from upstream stays a 410 (OB 2.0 revocation)', async () => {
    const res = await via(proxyBase, `http://issuer.test:${up}/gone`);
    assert.equal(res.status, 410);
    assert.equal(await res.text(), 'revoked');
  });

  test('cookies, credentials and client headers are not forwarded; Set-Cookie is not passed back', async () => {
    const res = await via(proxyBase, `http://issuer.test:${up}/echo`, {
      headers: { Cookie: 'session=abc', Authorization: 'Bearer t0ken', 'X-Api-Key': 'k', Accept: 'application/ld+json', Referer: 'https://page.example/' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('set-cookie'), null);
    const { headers } = (await res.json()) as { headers: Record<string, string> };
    assert.deepEqual(Object.keys(headers).sort(), ['accept', 'connection', 'host', 'user-agent']);
    assert.equal(headers.accept, 'application/ld+json');
    assert.equal(headers['user-agent'], 'badge-elements-proxy');
  });

  test('a host that is not allow-listed gets 403', async () => {
    const res = await via(proxyBase, `http://other.test:${up}/echo`);
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('badge-proxy-error'), 'host-not-allowed');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    // same host, other port: not the allow-listed entry
    assert.equal((await via(proxyBase, `http://issuer.test:${up + 1}/echo`)).status, 403);
  });

  test('POST gets 405, OPTIONS gets a preflight, HEAD works', async () => {
    const post = await via(proxyBase, `http://issuer.test:${up}/echo`, { method: 'POST', body: 'x' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
    const pre = await via(proxyBase, `http://issuer.test:${up}/echo`, { method: 'OPTIONS' });
    assert.equal(pre.status, 204);
    assert.match(pre.headers.get('access-control-allow-methods') ?? '', /GET/);
    const head = await via(proxyBase, `http://issuer.test:${up}/echo`, { method: 'HEAD' });
    assert.equal(head.status, 200);
  });

  test('size cap: declared and streamed bodies over maxBytes are refused', async () => {
    const base = await nodeProxy(options());
    for (const path of ['/big', '/big-chunked']) {
      const res = await via(base, `http://issuer.test:${up}${path}`);
      assert.equal(res.status, 502, path);
      assert.equal(res.headers.get('badge-proxy-error'), 'too-large', path);
    }
  });

  test('time cap: a stalled upstream gets 504', async () => {
    const base = await nodeProxy(options({ timeoutMs: 200 }));
    const res = await via(base, `http://issuer.test:${up}/stall`);
    assert.equal(res.status, 504);
    assert.equal(res.headers.get('badge-proxy-error'), 'timeout');
  });

  test('private addresses are refused: a name resolving to 127.0.0.1, an IP literal, localhost', async () => {
    const base = await nodeProxy(options({ allowPrivateForTests: false, allowHosts: [`issuer.test:${up}`, `127.0.0.1:${up}`, `localhost:${up}`] }));
    for (const target of [`http://issuer.test:${up}/echo`, `http://127.0.0.1:${up}/echo`, `http://localhost:${up}/echo`]) {
      const res = await via(base, target);
      assert.equal(res.status, 403, target);
      assert.equal(res.headers.get('badge-proxy-error'), 'private-address', target);
    }
  });

  test('the default resolver (node:dns) refuses a name that resolves to loopback', async () => {
    const base = await nodeProxy({ allowHosts: [`localhost.localdomain:${up}`, `ip6-localhost:${up}`], allowHttp: true });
    const res = await via(base, `http://localhost.localdomain:${up}/echo`);
    // refused either because it resolves to 127.0.0.1/::1 or because it does not resolve here: never proxied
    assert.notEqual(res.status, 200);
    assert.ok(['private-address', 'upstream-failed'].includes(res.headers.get('badge-proxy-error') ?? ''));
  });

  test('https only unless allowHttp; no user:pass URLs; no url parameter', async () => {
    const base = await nodeProxy(options({ allowHttp: false }));
    assert.equal((await via(base, `http://issuer.test:${up}/echo`)).headers.get('badge-proxy-error'), 'scheme-not-allowed');
    assert.equal((await via(base, 'file:///etc/passwd')).headers.get('badge-proxy-error'), 'scheme-not-allowed');
    assert.equal((await via(proxyBase, `http://u:p@issuer.test:${up}/echo`)).status, 400);
    assert.equal((await fetch(proxyBase)).status, 400);
  });

  test('redirects are followed only to allow-listed hosts', async () => {
    const ok = await via(proxyBase, `http://issuer.test:${up}/redirect?to=/echo`);
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('badge-proxy-url'), `http://issuer.test:${up}/echo`);
    const bad = await via(proxyBase, `http://issuer.test:${up}/redirect?to=${encodeURIComponent(`http://other.test:${up}/echo`)}`);
    assert.equal(bad.status, 403);
    assert.equal(bad.headers.get('badge-proxy-error'), 'host-not-allowed');
    const meta = await via(proxyBase, `http://issuer.test:${up}/redirect?to=${encodeURIComponent('http://169.254.169.254/latest/meta-data')}`);
    assert.equal(meta.status, 403);
  });
});

describe('fetch-style handler (edge runtimes)', () => {
  const call = (h: (r: Request) => Promise<Response>, target: string, init?: RequestInit) =>
    h(new Request(`https://site.example/badge-proxy?url=${encodeURIComponent(target)}`, init));

  // the edge runtime's own fetch resolves names itself: map the test names to loopback here
  const loopbackFetch: typeof fetch = (input, init) => fetch(String(input).replace(/\/\/(issuer|other)\.test:/, '//127.0.0.1:'), init);
  const edge = (extra: Partial<BadgeProxyOptions> = {}) => createBadgeProxyFetchHandler(options({ fetch: loopbackFetch, ...extra }));

  test('allowed, not allowed, POST, size, redirect, private', async () => {
    const h = edge();
    const ok = await call(h, `http://issuer.test:${up}/echo`, { headers: { Cookie: 'a=b', Authorization: 'x' } });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), '*');
    assert.equal(ok.headers.get('set-cookie'), null);
    const echoed = (await ok.json()) as { headers: Record<string, string> };
    assert.equal(echoed.headers.cookie, undefined);
    assert.equal(echoed.headers.authorization, undefined);
    assert.equal((await call(h, `http://other.test:${up}/echo`)).status, 403);
    assert.equal((await call(h, `http://issuer.test:${up}/echo`, { method: 'POST', body: 'x' })).status, 405);
    assert.equal((await call(h, `http://issuer.test:${up}/big-chunked`)).headers.get('badge-proxy-error'), 'too-large');
    assert.equal((await call(h, `http://issuer.test:${up}/redirect?to=${encodeURIComponent(`http://other.test:${up}/`)}`)).status, 403);
    const strict = edge({ allowPrivateForTests: false });
    assert.equal((await call(strict, `http://127.0.0.1:${up}/echo`)).headers.get('badge-proxy-error'), 'private-address');
    assert.equal((await call(strict, `http://issuer.test:${up}/echo`)).headers.get('badge-proxy-error'), 'private-address');
  });

  test('time cap', async () => {
    const h = edge({ timeoutMs: 200 });
    const res = await call(h, `http://issuer.test:${up}/stall`);
    assert.equal(res.status, 504);
  });
});

describe('address ranges', () => {
  test('private, loopback, link-local and mapped forms are private; public ones are not', () => {
    for (const a of ['10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.0.1', '127.8.8.8', '169.254.169.254', '0.0.0.0', '::1', '::', 'fc00::1', 'fd00::2', 'fe80::1', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe']) {
      assert.equal(isPrivateAddress(a), true, a);
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) assert.equal(isPrivateAddress(a), false, a);
    assert.equal(isPrivateAddress('issuer.example'), undefined);
  });
});

describe('client: withProxy + createBadgeClient({ proxy })', () => {
  interface Entry { key: string; url: string; format: string; expect: { authentic: boolean; state: string; code?: string } }

  test('sample-issuer credentials verify through the proxy with the same results as direct', async () => {
    const catalog = (await (await fetch(`${issuer.origin}/issuer/catalog.json`)).json()) as Entry[];
    const keys = ['ob2-hosted-valid', 'ob2-hosted-revoked', 'ob2-signed-valid', 'ob3-jwt-didweb-v2', 'ob3-di-rdfc-didweb-v2', 'ob3-di-status-revoked', 'ob3-jwt-1edtech-revoked'];
    const picks = catalog.filter((e) => keys.includes(e.key));
    assert.equal(picks.length, keys.length);
    issuer.resetRequests();
    const client = createBadgeClient({ proxy: `${proxyBase}?url={url}` });
    for (const e of picks) {
      const report = await client.verify(e.url);
      assert.equal(report.authentic, e.expect.authentic, `${e.key}: ${JSON.stringify(report.checks.filter((c) => c.outcome === 'fail'))}`);
      assert.equal(report.state, e.expect.state, e.key);
    }
    // every request reached the issuer from the proxy, carrying no client headers
    const seen = issuer.requests();
    assert.ok(seen.length > 0);
    for (const r of seen) assert.equal(r.headers['user-agent'], 'badge-elements-proxy');
  });

  test('a refusal by the proxy becomes a BadgeError with a fitting code', async () => {
    const proxied = withProxy(undefined, `${proxyBase}?url={url}`);
    await assert.rejects(proxied(`http://other.test:${up}/echo`), (e) => isBadgeError(e) && e.code === 'url-blocked');
    const res = await proxied(`http://issuer.test:${up}/redirect?to=/echo`);
    assert.equal(res.url, `http://issuer.test:${up}/echo`);
    assert.throws(() => withProxy(undefined, 'https://no-placeholder.example/'), TypeError);
  });
});
