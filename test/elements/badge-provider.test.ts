import { expect } from '@open-wc/testing';
import '../../src/badge-provider.js';
import '../../src/badge-card.js';
import { BadgeProvider, defineBadgeProvider } from '../../src/badge-provider.js';
import { configureBadgeElements } from '../../src/define.js';
import { getDefaultClient, setDefaultClient } from '../../src/core/client.js';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import { abs, cleanup, entry, mount, text, type Outcome } from './helpers.js';

/** A real fetch that records every URL it is asked for. */
function countingFetch(): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    fetch: (input, init) => {
      urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return fetch(input, init);
    },
  };
}

function provider(setup: (p: BadgeProvider) => void = () => {}): BadgeProvider {
  const p = document.createElement('badge-provider');
  setup(p);
  document.body.append(p);
  return p;
}

async function loaded(el: BadgeCard, outcome: Promise<Outcome>): Promise<void> {
  const o = await outcome;
  expect(o.type).to.equal('load');
  await el.updateComplete;
}

describe('<badge-provider>', () => {
  const providers: Element[] = [];
  afterEach(() => {
    cleanup();
    for (const p of providers.splice(0)) p.remove();
  });

  it('a card inside uses the provider\'s client (its custom fetch); a card outside does not', async () => {
    const e = await entry('ob2-hosted-valid');
    const counter = countingFetch();
    const p = provider((x) => (x.fetch = counter.fetch));
    providers.push(p);
    const inside = mount((c) => (c.src = abs(e.path)), p);
    await loaded(inside.el, inside.outcome);
    expect(text(inside.el, 'h3[part="name"]')).to.equal('SQL Querying');
    expect(counter.urls).to.include(abs(e.path));
    const before = counter.urls.length;
    const other = await entry('ob3-json-v2-unsigned');
    const outside = mount((c) => (c.src = abs(other.path)));
    await loaded(outside.el, outside.outcome);
    expect(counter.urls.length).to.equal(before);
    expect(p.currentClient).to.not.equal(getDefaultClient());
  });

  it('cards inside share one client: the same document is fetched once', async () => {
    const e = await entry('ob3-json-v2-unsigned');
    const counter = countingFetch();
    const p = provider((x) => (x.fetch = counter.fetch));
    providers.push(p);
    const cards = [0, 1, 2].map(() => mount((c) => (c.src = abs(e.path)), p));
    for (const c of cards) await loaded(c.el, c.outcome);
    expect(counter.urls.filter((u) => u === abs(e.path)).length).to.equal(1);
  });

  it('cards written in HTML inside a provider get its client before their first load', async () => {
    const e = await entry('ob2-hosted-valid');
    const counter = countingFetch();
    const host = document.createElement('div');
    host.innerHTML = `<badge-provider timeout="4000"><section><badge-card src="${abs(e.path)}"></badge-card></section></badge-provider>`;
    const p = host.querySelector('badge-provider')!;
    p.fetch = counter.fetch;
    const card = host.querySelector('badge-card')!;
    const outcome = new Promise<Outcome>((resolve) => {
      card.addEventListener('badge-load', (event) => resolve({ type: 'load', event }), { once: true });
      card.addEventListener('badge-error', (event) => resolve({ type: 'error', event }), { once: true });
    });
    document.body.append(host);
    providers.push(host);
    await loaded(card, outcome);
    expect(counter.urls).to.deep.equal([abs(e.path), ...counter.urls.slice(1)]);
  });

  it('proxy attribute: cross-origin requests go through the template, same-origin ones go direct', async () => {
    // the page is on localhost; 127.0.0.1 is another origin. A stand-in proxy (a fetch) answers
    // `?url=` requests from the test server, with the headers badge-elements/proxy.js sends.
    const e = await entry('ob2-hosted-valid');
    const target = abs(e.path).replace('//localhost:', '//127.0.0.1:');
    const seen: string[] = [];
    const direct: string[] = [];
    const standIn: typeof fetch = async (input, init) => {
      const u = new URL(String(input));
      if (u.origin !== 'https://proxy.example') {
        direct.push(u.href); // same-origin documents go direct
        return fetch(input, init);
      }
      seen.push(u.href);
      const upstream = u.searchParams.get('url')!;
      const res = await fetch(upstream.replace('//127.0.0.1:', '//localhost:'));
      return new Response(await res.arrayBuffer(), { status: res.status, headers: { 'Content-Type': res.headers.get('content-type') ?? '', 'Badge-Proxy-Url': upstream } });
    };
    const p = provider((x) => {
      x.setAttribute('proxy', 'https://proxy.example/badge-proxy?url={url}');
      x.fetch = standIn;
    });
    providers.push(p);
    expect(location.hostname).to.equal('localhost');
    const card = mount((c) => (c.src = target), p);
    const o = await card.outcome;
    expect(o.type, o.type === 'error' ? JSON.stringify(o.event.detail) : '').to.equal('load');
    expect(seen[0]).to.equal(`https://proxy.example/badge-proxy?url=${encodeURIComponent(target)}`);
    expect(direct.every((u) => new URL(u).origin === location.origin)).to.equal(true);
  });

  it('changing the proxy makes a new client; the cards follow it', async () => {
    const p = provider();
    providers.push(p);
    const first = p.currentClient;
    p.proxy = 'https://proxy.example/p?url={url}';
    await p.updateComplete;
    expect(p.currentClient).to.not.equal(first);
    p.timeout = 3000;
    await p.updateComplete;
    const third = p.currentClient;
    await p.updateComplete;
    expect(p.currentClient).to.equal(third);
  });

  it('configureBadgeElements() sets the page default used outside providers', async () => {
    const previous = getDefaultClient();
    const counter = countingFetch();
    try {
      const client = configureBadgeElements({ fetch: counter.fetch });
      expect(getDefaultClient()).to.equal(client);
      const e = await entry('ob3-json-v1-unsigned');
      const card = mount((c) => (c.src = abs(e.path)));
      await loaded(card.el, card.outcome);
      expect(counter.urls).to.include(abs(e.path));
    } finally {
      setDefaultClient(previous);
    }
  });

  it('defining again (another copy of the library) does not throw', () => {
    expect(() => defineBadgeProvider()).to.not.throw();
    expect(customElements.get('badge-provider')).to.equal(BadgeProvider);
  });
});
