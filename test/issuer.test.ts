import { expect } from '@open-wc/testing';

interface Entry { key: string; format: string; path: string; url: string; body?: string; expect: { authentic: boolean; state: string; code?: string } }

const JSON_TYPES = /^application\/(ld\+json|json|did\+json)\b/;
const b64json = (s: string) => JSON.parse(atob(s.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;

describe('sample issuer on the test server', () => {
  let catalog: Entry[];
  before(async () => {
    const res = await fetch('/issuer/catalog.json');
    expect(res.status).to.equal(200);
    catalog = (await res.json()) as Entry[];
  });

  it('builds the catalog for the page origin', () => {
    expect(catalog.length).to.be.greaterThan(15);
    for (const e of catalog) {
      // the foreign-origin case lives on this server under its other loopback name
      const origin = e.key === 'broken-ob2-foreign-origin' ? location.origin.replace('localhost', '127.0.0.1') : location.origin;
      expect(e.url, e.key).to.equal(origin + e.path);
    }
  });

  it('serves every listed credential with its content type', async () => {
    for (const e of catalog) {
      const res = await fetch(e.url);
      const text = await res.text();
      const type = res.headers.get('content-type') ?? '';
      if (e.body === 'json') {
        expect(type, e.key).to.match(JSON_TYPES);
        expect(() => JSON.parse(text), e.key).not.to.throw();
      } else if (e.body === 'jws' || e.body === 'jwt') {
        const [h, p, s] = text.split('.');
        const { alg } = b64json(h!);
        expect(alg, e.key).to.be.a('string');
        expect(b64json(p!), e.key).to.be.an('object');
        if (alg === 'none') expect(s, e.key).to.equal('');
        else expect(s!.length, e.key).to.be.greaterThan(40);
      }
      expect(res.status, e.key).to.equal(e.key === 'ob2-hosted-revoked' ? 410 : 200);
    }
  });

  it('serves images, the DID document and the feed cross-origin', async () => {
    const png = await fetch('/issuer/images/data-visualization.png');
    expect(png.headers.get('content-type')).to.equal('image/png');
    const img = new Image();
    img.src = '/issuer/images/data-visualization.svg';
    await img.decode();
    expect(img.naturalWidth).to.equal(256);
    const did = (await (await fetch('/issuer/did.json')).json()) as { id: string };
    expect(did.id).to.equal(`did:web:${encodeURIComponent(location.host)}:issuer`);
    // the same server under its other loopback name is another origin: CORS headers must allow it
    const other = location.origin.replace('localhost', '127.0.0.1');
    const feed = (await (await fetch(`${other}/issuer/feed.json`)).json()) as { items: unknown[] };
    expect(feed.items.length).to.be.greaterThan(10);
  });

  it('records requests in /__requests and resets them', async () => {
    expect((await fetch('/__requests/reset', { method: 'POST' })).status).to.equal(204);
    await fetch('/issuer/ob2/issuer.json', { headers: { accept: 'application/ld+json' } });
    const log = (await (await fetch('/__requests')).json()) as { method: string; url: string; headers: Record<string, string> }[];
    expect(log).to.have.length(1);
    expect(log[0]!.method).to.equal('GET');
    expect(log[0]!.url).to.equal(`${location.origin}/issuer/ob2/issuer.json`);
    expect(log[0]!.headers.accept).to.equal('application/ld+json');
  });

  it('offers fault endpoints', async () => {
    expect((await fetch('/__test/status/404')).status).to.equal(404);
    const ctrl = new AbortController();
    const hang = fetch('/__test/hang', { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 50);
    let aborted = false;
    try { await hang; } catch (e) { aborted = (e as Error).name === 'AbortError'; }
    expect(aborted).to.equal(true);
    const other = location.origin.replace('localhost', '127.0.0.1');
    let blocked = false;
    try { await fetch(`${other}/__test/no-cors`); } catch { blocked = true; }
    expect(blocked, 'a response without CORS headers is unreadable cross-origin').to.equal(true);
  });
});
