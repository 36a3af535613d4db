/**
 * Fetcher cases over real HTTP against the test server's fault endpoints (`/__test/*`) and request log
 * (`/__requests`). Shared by Chromium (origin = the wtr server) and Node (origin = startIssuerServer).
 */
import { createFetcher, type FetchResult } from '../../src/index.js';
import { type Case, deepEqual, equal, ok, rejectsWith } from './assert.js';

export interface ServerLog {
  reset(): Promise<void>;
  /** Logged requests whose URL contains `part`. */
  count(part: string): Promise<number>;
}

export function serverLog(origin: string): ServerLog {
  return {
    async reset() {
      await fetch(`${origin}/__requests/reset`, { method: 'POST' });
    },
    async count(part) {
      const log = (await (await fetch(`${origin}/__requests`)).json()) as { url: string }[];
      return log.filter((r) => r.url.includes(part)).length;
    },
  };
}

const unique = (): string => Math.random().toString(36).slice(2);

export function fetchCases(origin: string, env: { browser: boolean }): Case[] {
  const log = serverLog(origin);
  const cases: Case[] = [
    {
      name: 'sends Accept: application/ld+json, application/json, no referrer, no cookies; custom Accept too',
      fn: async () => {
        const f = createFetcher();
        const r = await f.getJson(`${origin}/__test/echo-headers?${unique()}`);
        const h = r.data as Record<string, string>;
        equal(h.accept, 'application/ld+json, application/json');
        equal(h.referer, undefined);
        equal(h.cookie, undefined);
        const r2 = await f.getJson(`${origin}/__test/echo-headers?${unique()}`, { accept: 'application/vc+jwt' });
        equal((r2.data as Record<string, string>).accept, 'application/vc+jwt');
      },
    },
    {
      name: 'timeout: a slow server ends in fetch-timeout (per request and per fetcher)',
      fn: async () => {
        await rejectsWith(createFetcher().get(`${origin}/__test/slow?ms=4000&${unique()}`, { timeoutMs: 250 }), 'fetch-timeout');
        await rejectsWith(createFetcher({ timeoutMs: 250 }).get(`${origin}/__test/hang?${unique()}`), 'fetch-timeout');
        // a body that trickles in past the deadline times out too
        await rejectsWith(createFetcher({ timeoutMs: 400 }).get(`${origin}/__test/trickle?ms=100&${unique()}`), 'fetch-timeout');
      },
    },
    {
      name: 'byte cap: enforced while streaming (no Content-Length) and up front from Content-Length',
      fn: async () => {
        const e = await rejectsWith(createFetcher().get(`${origin}/__test/large?bytes=${5 * 1024 * 1024}&${unique()}`), 'fetch-too-large');
        ok(e.message.includes('2 MB'), e.message);
        await rejectsWith(createFetcher({ maxBytes: 1000 }).get(`${origin}/__test/large?bytes=5000&${unique()}`), 'fetch-too-large');
        await rejectsWith(createFetcher().get(`${origin}/__test/lying-length?mode=huge&${unique()}`), 'fetch-too-large');
        const r = await createFetcher().get(`${origin}/__test/large?bytes=5000&${unique()}`, { maxBytes: 5000 });
        equal(r.bytes.byteLength, 5000);
      },
    },
    {
      name: 'de-duplication: 200 concurrent gets of one URL → one request; later gets come from the cache',
      fn: async () => {
        const f = createFetcher();
        const path = `/__test/slow?ms=200&dedup=${unique()}`;
        await log.reset();
        const results = await Promise.all(Array.from({ length: 200 }, () => f.getJson(`${origin}${path}`)));
        equal(results.length, 200);
        deepEqual(results[199]!.data, { slow: true, ms: 200 });
        await f.get(`${origin}${path}`);
        equal(await log.count(path), 1, 'requests on the server');
        f.clear();
        await f.get(`${origin}${path}`);
        equal(await log.count(path), 2, 'clear() forgets');
      },
    },
    {
      name: 'abort: one caller aborting leaves the others; when all abort the request stops and is not cached',
      fn: async () => {
        const f = createFetcher();
        const url = `${origin}/__test/slow?ms=600&abort=${unique()}`;
        await log.reset();
        const a = new AbortController();
        const pa = f.get(url, { signal: a.signal });
        const pb = f.get(url);
        a.abort();
        await rejectsWith(pa, 'aborted');
        const rb: FetchResult = await pb;
        equal(rb.status, 200);
        equal(await log.count('abort='), 1);

        const id2 = `all=${unique()}`;
        const url2 = `${origin}/__test/slow?ms=1500&${id2}`;
        const c1 = new AbortController();
        const c2 = new AbortController();
        const p1 = f.get(url2, { signal: c1.signal });
        const p2 = f.get(url2, { signal: c2.signal });
        // wait until the server has the shared request, then every caller gives up
        for (let i = 0; i < 100 && (await log.count(id2)) < 1; i++) await new Promise((r) => setTimeout(r, 20));
        c1.abort();
        c2.abort();
        await rejectsWith(p1, 'aborted');
        await rejectsWith(p2, 'aborted');
        const seen = await log.count(id2);
        ok(seen >= 1, 'the shared request reached the server');
        // the aborted request was not cached: the next get makes a new request and gets the answer
        const r3 = await f.get(url2);
        equal(r3.status, 200);
        ok((await log.count(id2)) > seen, 'a new request after every caller aborted');

        const pre = new AbortController();
        pre.abort();
        await rejectsWith(f.get(`${origin}/__test/slow?ms=10&pre=${unique()}`, { signal: pre.signal }), 'aborted');
        equal(await log.count('pre='), 0, 'an aborted signal sends nothing');
      },
    },
    {
      name: 'refused schemes: javascript:, data:, file:, ftp:, blob:, http: to a non-loopback host — nothing is fetched',
      fn: async () => {
        let calls = 0;
        const f = createFetcher({ fetch: async () => (calls++, new Response('{}')), allowHttp: false });
        for (const url of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'ftp://example.org/a.json', 'blob:https://example.org/1', 'http://example.org/badge.json', 'https://user:pw@example.org/', 'not a url']) {
          await rejectsWith(f.get(url), 'url-blocked', url);
        }
        equal(calls, 0);
        // loopback http is allowed; http elsewhere only with allowHttp
        await createFetcher({ fetch: async () => (calls++, new Response('{}')), allowHttp: true }).get('http://example.org/badge.json');
        await f.get('http://localhost:1/x.json');
        await f.get('http://[::1]:1/x.json');
        equal(calls, 3);
      },
    },
    {
      name: 'a redirect to a refused URL is refused after the fact',
      fn: async () => {
        const f = createFetcher({
          fetch: async () => {
            const r = new Response('{}', { status: 200 });
            Object.defineProperty(r, 'url', { value: 'http://evil.example/x.json' });
            return r;
          },
          allowHttp: false,
        });
        await rejectsWith(f.get('https://issuer.example/a.json'), 'url-blocked');
        const r = await createFetcher().get(`${origin}/__test/redirect?to=${encodeURIComponent(`/__test/echo-headers?r=${unique()}`)}`);
        ok(r.url.includes('/__test/echo-headers'), r.url);
      },
    },
    {
      name: 'non-2xx: get() gives the status; getJson() throws fetch-failed with .status; failures are not cached for long',
      fn: async () => {
        const f = createFetcher({ errorTtlMs: 0 });
        const path = `/__test/status/503?${unique()}`;
        await log.reset();
        const r = await f.get(`${origin}${path}`);
        equal(r.status, 503);
        equal(r.ok, false);
        const e = await rejectsWith(f.getJson(`${origin}${path}`), 'fetch-failed');
        equal(e.status, 503);
        equal(await log.count(path), 2, 'a retry re-fetches');
        const e404 = await rejectsWith(createFetcher().getJson(`${origin}/__test/status/404?${unique()}`), 'fetch-failed');
        equal(e404.status, 404);
      },
    },
    {
      name: 'forgetFailures(): a cached failure is shared by a burst, then dropped at once for a Retry; successes stay cached',
      fn: async () => {
        const f = createFetcher({ errorTtlMs: 60_000 });
        const bad = `/__test/status/500?${unique()}`;
        const good = `/__test/echo-headers?${unique()}`;
        await log.reset();
        equal((await f.get(`${origin}${bad}`)).status, 500);
        equal((await f.get(`${origin}${bad}`)).status, 500);
        await f.get(`${origin}${good}`);
        equal(await log.count(bad), 1, 'the burst shares one request');
        f.forgetFailures();
        equal((await f.get(`${origin}${bad}`)).status, 500);
        await f.get(`${origin}${good}`);
        equal(await log.count(bad), 2, 'after forgetFailures the failure is fetched again');
        equal(await log.count(good), 1, 'the success stayed cached');
      },
    },
    {
      name: 'not-json: an HTML answer gives not-json',
      fn: async () => {
        await rejectsWith(createFetcher().getJson(`${origin}/__test/not-json?${unique()}`), 'not-json');
      },
    },
    {
      name: 'a dead server gives fetch-failed (or cors when cross-origin in a browser)',
      fn: async () => {
        await rejectsWith(createFetcher().get('http://127.0.0.1:1/nothing.json'), env.browser ? 'cors' : 'fetch-failed');
      },
    },
  ];
  if (env.browser) {
    cases.push({
      name: 'cors: a cross-origin answer without Access-Control-Allow-Origin is reported as cors',
      fn: async () => {
        const other = origin.includes('localhost') ? origin.replace('localhost', '127.0.0.1') : origin.replace('127.0.0.1', 'localhost');
        const e = await rejectsWith(createFetcher().get(`${other}/__test/no-cors?${unique()}`), 'cors');
        ok(/cross-site/.test(e.message), e.message);
      },
    });
  }
  return cases;
}
