/** List sources (src/core/formats/lists.ts) and the per-origin limiter (src/core/limit.ts), in Node, over real HTTP. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { createFetcher } from '../src/core/fetch.js';
import { fetchListDocument } from '../src/core/formats/list-fetch.js';
import { describeAchievement, loadList, readList } from '../src/core/formats/lists.js';
import { createLimiter, originKey } from '../src/core/limit.js';
import { loadBadge } from '../src/core/load.js';

describe('lists: BadgeFeed, VerifiablePresentation, CLR 2.0, BadgeClass lists (Node, real HTTP)', () => {
  let server: IssuerServer;
  before(async () => {
    server = await startIssuerServer({ port: 0 });
  });
  after(() => server.close());
  const fetcher = () => createFetcher({ allowHttp: true });

  it('reads a BadgeFeed with groups and stacks; url items are absolute', async () => {
    const l = await loadList(`${server.origin}/issuer/wall/feed-50.json`, { fetcher: fetcher() });
    assert.equal(l.kind, 'feed');
    assert.equal(l.entries.length, 50);
    assert.equal(l.entries[0]!.input, `${server.origin}/issuer/wall/assertions/0.json`);
    assert.ok(l.groups.length >= 1 && l.groups.every((g) => /^Class of 20\d\d$/.test(g.name)));
    assert.deepEqual(l.stacks.map((s) => [s.name, s.badges.length, s.capstone !== undefined]), [['Data Analyst pathway', 5, true], ['Responsible Data Engineer pathway', 4, false]]);
    assert.equal(l.url, `${server.origin}/issuer/wall/feed-50.json`);
  });

  it('resolves relative feed URLs against the feed, keeps unreadable items as error entries', () => {
    const l = readList({ type: 'BadgeFeed', items: [{ url: 'a/1.json' }, { jwt: 'x' }, { credential: 'javascript:alert(1)' }, 42] }, 'https://issuer.example/feeds/f.json');
    assert.equal(l.entries[0]!.input, 'https://issuer.example/feeds/a/1.json');
    assert.equal(l.entries.length, 4);
    for (const e of l.entries.slice(1)) assert.equal(typeof e.input, 'string');
    assert.ok(!String(l.entries[2]!.input).startsWith('javascript:'));
  });

  it('reads a VerifiablePresentation (JSON + JWT + enveloped) and every credential loads', async () => {
    const f = fetcher();
    const l = await loadList(`${server.origin}/issuer/wall/presentation.json`, { fetcher: f });
    assert.equal(l.kind, 'presentation');
    assert.equal(l.entries.length, 4);
    const badges = await Promise.all(l.entries.map((e) => loadBadge(e.input, { fetcher: f })));
    assert.deepEqual(badges.map((b) => b.format).sort(), ['ob3-json', 'ob3-json', 'ob3-jwt', 'ob3-jwt']);
    const jwt = l.entries.find((e) => typeof e.input === 'string')!.input as string;
    const env = readList({ type: ['VerifiablePresentation'], verifiableCredential: [{ type: 'EnvelopedVerifiableCredential', id: `data:application/vc+jwt,${jwt}` }] });
    assert.equal(env.entries[0]!.input, jwt);
  });

  it('reads a CLR 2.0: credentials, and associations as a stack with the parent as capstone', async () => {
    const l = await loadList(`${server.origin}/issuer/wall/clr.json`, { fetcher: fetcher() });
    assert.equal(l.kind, 'clr');
    assert.equal(l.entries.length, 4);
    assert.equal(l.stacks.length, 1);
    const s = l.stacks[0]!;
    assert.equal(s.name, 'Data Practitioner Capstone');
    assert.equal(s.capstone, `${server.origin}/issuer/ob3/achievements/data-practitioner-capstone.json`);
    assert.equal(s.badges.length, 5);
    assert.equal(s.badges.at(-1)!.id, s.capstone);
    // isParentOf works the other way round
    const p = readList({ type: ['VerifiableCredential', 'ClrCredential'], credentialSubject: { verifiableCredential: [], association: [{ associationType: 'isParentOf', sourceId: 'urn:x:parent', targetId: 'urn:x:child' }] } });
    assert.deepEqual(p.stacks[0]!.badges.map((b) => b.id), ['urn:x:child', 'urn:x:parent']);
  });

  it('reads an OB 2.0 BadgeClass list as available achievements (array, Badgr result, badgeClasses)', async () => {
    const f = fetcher();
    const l = await loadList(`${server.origin}/issuer/wall/badge-classes.json`, { fetcher: f });
    assert.equal(l.kind, 'badge-classes');
    assert.equal(l.entries.length, 8);
    assert.ok(l.entries.every((e) => e.kind === 'available'));
    const b = await loadBadge(l.entries[0]!.input, { fetcher: f });
    assert.equal(b.name, 'Data Analysis Foundations');
    assert.equal(b.issuer.name, 'Lindqvist Open Data Guild');
    const bc = { type: 'BadgeClass', id: 'https://x.example/b.json', name: 'B' };
    assert.equal(readList({ status: {}, result: [bc] }).kind, 'badge-classes');
    assert.equal(readList({ badgeClasses: ['https://x.example/b.json'] }).entries.length, 1);
  });

  it('the fetcher keeps what is used (LRU): 2,500 assertions later the issuer profile is still cached', async () => {
    const f = fetcher();
    server.resetRequests();
    const issuer = `${server.origin}/issuer/ob2/issuer.json`;
    for (let i = 0; i < 2500; i += 50) {
      await Promise.all([...Array(50)].map((_, k) => f.get(`${server.origin}/issuer/wall/assertions/${i + k}.json`)));
      await f.get(issuer);
    }
    assert.equal(server.requests().filter((r) => r.url === issuer).length, 1);
  });

  it('a single badge is a list of one; anything else is refused with unknown-format', async () => {
    const l = await loadList(`${server.origin}/issuer/ob2/assertions/sql-querying-amina.json`, { fetcher: fetcher() });
    assert.equal(l.kind, 'single');
    assert.equal(l.entries[0]!.input, `${server.origin}/issuer/ob2/assertions/sql-querying-amina.json`);
    assert.throws(() => readList({ hello: 'world' }), (e: { code?: string }) => e.code === 'unknown-format');
    assert.throws(() => readList(42), (e: { code?: string }) => e.code === 'unknown-format');
  });

  it('fetchListDocument (what the wall fetches while the readers load): parsed JSON or the JWT text, the final URL; loadList reads the same', async () => {
    const f = fetcher();
    const url = `${server.origin}/issuer/wall/presentation.json`;
    const json = await fetchListDocument(url, { fetcher: f });
    assert.equal(json.url, url);
    assert.deepEqual(readList(json.doc, json.url), await loadList(url, { fetcher: f }));
    const jwtUrl = `${server.origin}/issuer/ob3/jwt/ob3-jwt-didkey-v1.jwt`;
    const jwt = await fetchListDocument(jwtUrl, { fetcher: f });
    assert.equal(typeof jwt.doc, 'string');
    assert.match(jwt.doc as string, /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.equal(readList(jwt.doc, jwt.url).kind, 'single');
    await assert.rejects(fetchListDocument(`${server.origin}/issuer/wall/nope.json`, { fetcher: f }), (e: { code?: string; status?: number }) => e.code === 'fetch-failed' && e.status === 404);
  });

  it('describes a missing achievement from its BadgeClass / Achievement document', async () => {
    const r = await describeAchievement({ id: `${server.origin}/issuer/ob2/badges/applied-statistics.json` }, { fetcher: fetcher() });
    assert.equal(r.name, 'Applied Statistics');
    assert.match(r.image!.url, /applied-statistics\.png$/);
    const unknown = await describeAchievement({ id: 'urn:uuid:1' }, { fetcher: fetcher() });
    assert.deepEqual(unknown, { id: 'urn:uuid:1' });
  });
});

describe('per-origin limiter', () => {
  it('runs at most N tasks per key at once, FIFO, and keys do not wait for each other', async () => {
    const lim = createLimiter(2);
    const running: Record<string, number> = {};
    const peak: Record<string, number> = {};
    const order: string[] = [];
    const task = (key: string, id: string) => lim.run(key, async () => {
      running[key] = (running[key] ?? 0) + 1;
      peak[key] = Math.max(peak[key] ?? 0, running[key]!);
      await new Promise((r) => setTimeout(r, 5));
      order.push(id);
      running[key]!--;
      return id;
    });
    const all = await Promise.all([...Array(6)].map((_, i) => task('a', `a${i}`)).concat([task('b', 'b0')]));
    assert.equal(all.length, 7);
    assert.deepEqual(peak, { a: 2, b: 1 });
    assert.ok(order.indexOf('b0') < order.indexOf('a2'), 'b did not wait behind a');
    assert.deepEqual(order.filter((x) => x.startsWith('a')), ['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
    assert.equal(lim.waiting, 0);
    assert.equal(lim.active('a'), 0);
  });

  it('passes errors on and frees the slot', async () => {
    const lim = createLimiter(1);
    await assert.rejects(lim.run('k', async () => { throw new Error('boom'); }), /boom/);
    assert.equal(await lim.run('k', async () => 1), 1);
    assert.ok(lim.hasRoom('k'));
  });

  it('originKey: URL origin, "inline" otherwise', () => {
    assert.equal(originKey('https://a.example/x/y.json'), 'https://a.example');
    assert.equal(originKey({}), 'inline');
    assert.equal(originKey('eyJ.a.b'), 'inline');
  });
});
