/**
 * Requests started before the fetcher is loaded (`core/fetch-start.ts`), in Node over real HTTP (the sample
 * issuer): which URLs start early (a subset of the URL policy), the request is the fetcher's own (no cookies,
 * no referrer), a fetcher made with `early: true` takes it over instead of asking again, aborting the taker
 * aborts it, and nothing starts once the page has a client of its own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { createFetcher, takeEarlyRequests } from '../src/core/fetch.js';
import { DEFAULT_ACCEPT, notePageClient } from '../src/core/fetch-common.js';
import { startEarly, takeEarly } from '../src/core/fetch-start.js';

let server: IssuerServer;
let path: string;
const calls: { url: string; init: RequestInit }[] = [];
const realFetch = globalThis.fetch;

before(async () => {
  server = await startIssuerServer({ port: 0 });
  const catalog = (await (await realFetch(`${server.origin}/issuer/catalog.json`)).json()) as { key: string; path: string }[];
  path = catalog.find((c) => c.key === 'ob3-jwt-didkey-v2')!.path;
  globalThis.fetch = (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    return realFetch(input, init);
  };
  takeEarlyRequests(takeEarly);
});
after(async () => {
  globalThis.fetch = realFetch;
  await server.close();
});

describe('early requests', () => {
  test('only plainly fetchable URLs start early (https, or the page origin; no user name or password)', () => {
    calls.length = 0;
    for (const url of ['http://issuer.example/a.json', 'https://user:pw@issuer.example/a.json', 'data:application/json,{}', 'ftp://issuer.example/a.json', 'javascript:alert(1)', 'not a url']) {
      startEarly(url);
    }
    startEarly('/relative.json'); // (no base, no page: not a URL)
    assert.deepEqual(calls, []);
  });

  test('the request is the fetcher\'s own, made once per URL, and a fetcher made with early: true takes it over', async () => {
    // (plain http to a test server: the policy allows loopback, this module only https or the page origin,
    // so give the module a page origin for this test)
    const g = globalThis as { location?: unknown };
    g.location = { origin: server.origin, protocol: 'http:' };
    try {
      calls.length = 0;
      const url = `${server.origin}${path}?case=take`;
      startEarly(`${url}#fragment`);
      startEarly(url); // (already on its way)
      assert.equal(calls.length, 1);
      assert.equal(calls[0]!.url, url);
      const init = calls[0]!.init;
      assert.equal(init.credentials, 'omit');
      assert.equal(init.referrerPolicy, 'no-referrer');
      assert.deepEqual(init.headers, { Accept: DEFAULT_ACCEPT });

      const fetcher = createFetcher({ early: true });
      const r = await fetcher.get(url);
      assert.equal(r.status, 200);
      assert.ok(r.text().split('.').length === 3, 'the VC-JWT itself');
      assert.equal(calls.length, 1, 'taken over, not asked again');

      // a fetcher without early: true (any client but the page default) never takes one
      const other = `${server.origin}${path}?case=other`;
      startEarly(other);
      await createFetcher().get(other);
      assert.equal(calls.filter((c) => c.url === other).length, 2);

      // aborting the taker aborts the early request
      const third = `${server.origin}${path}?case=abort`;
      startEarly(third);
      const early = calls.at(-1)!.init.signal!;
      const ac = new AbortController();
      ac.abort();
      assert.ok(takeEarly(third, ac.signal));
      assert.equal(early.aborted, true);
      assert.equal(takeEarly(third, new AbortController().signal), undefined, 'handed over once');
    } finally {
      delete g.location;
    }
  });

  test('nothing starts early once the page has a client of its own (a proxy or a custom fetch sees every request)', () => {
    calls.length = 0;
    notePageClient();
    startEarly('https://issuer.example/a.json');
    assert.deepEqual(calls, []);
  });
});
