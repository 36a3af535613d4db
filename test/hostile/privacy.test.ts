/**
 * Privacy modes make zero requests before the user acts (the test server's request log):
 * `load="on-click"` (nothing at all until "Show badge"), `verify="on-click"` (no verification request
 * until "Verify"), `images="none"` (no image request, ever). Controls show the log does see requests.
 */
import { expect } from '@open-wc/testing';
import '../../src/badge-card.js';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';

type Logged = { url: string };
const log = async (): Promise<Logged[]> => (await (await fetch('/__requests')).json()) as Logged[];
const reset = () => fetch('/__requests/reset', { method: 'POST' });
/** Lets anything the element would start on its own start (updates, tasks, lazy chunks). */
const settle = async (el: BadgeCard) => {
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 60));
  }
};

async function catalog(key: string): Promise<string> {
  const list = (await (await fetch('/issuer/catalog.json')).json()) as { key: string; path: string }[];
  return new URL(list.find((x) => x.key === key)!.path, location.origin).href;
}

describe('privacy modes: zero requests before the user acts', function () {
  this.timeout(20_000);
  let stage: HTMLElement;
  beforeEach(() => {
    stage = document.createElement('div');
    document.body.prepend(stage); // in view: card images are loading="lazy"
  });
  afterEach(() => stage.remove());

  it('load="on-click": no request until "Show badge"; the button says which host it will contact', async () => {
    const src = await catalog('ob2-hosted-valid');
    await reset();
    const card = document.createElement('badge-card');
    card.load = 'on-click';
    card.src = src;
    stage.append(card);
    await settle(card);
    expect(await log()).to.deep.equal([]);
    const root = card.shadowRoot!;
    expect(root.querySelector('[part~="deferred"]')!.textContent).to.include(new URL(src).host);
    const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
    root.querySelector<HTMLButtonElement>('[part~="show-button"]')!.click();
    await loaded;
    expect((await log()).some((r) => r.url === src)).to.equal(true);
  });

  it('verify="on-click" + images="none" with an inline credential: zero requests; "Verify" then contacts the issuer', async () => {
    const jwt = (await (await fetch(await catalog('ob3-jwt-didweb-v2'))).text()).trim();
    await reset();
    const card = document.createElement('badge-card');
    card.setAttribute('verify', 'on-click');
    card.images = 'none';
    const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
    card.credential = jwt;
    stage.append(card);
    await loaded;
    await settle(card);
    expect(await log()).to.deep.equal([]);
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    expect(card.shadowRoot!.querySelector('[part~="image-placeholder"]')).to.exist;
    const button = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="verify-button"]');
    expect(button, 'Verify button').to.exist;
    button!.click();
    for (let i = 0; i < 200 && (await log()).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    const urls = (await log()).map((r) => r.url);
    expect(urls.some((u) => u.includes('did.json')), urls.join('\n')).to.equal(true);
  });

  it('control: a card without images="none" requests its image (the log does see image requests)', async () => {
    const image = `${location.origin}/issuer/images/guild-logo.png?control=${Math.random().toString(36).slice(2)}`;
    await reset();
    const card = document.createElement('badge-card');
    card.setAttribute('verify', 'on-click');
    const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
    card.credential = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: { id: 'did:example:control', name: 'Control' }, validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { type: ['AchievementSubject'], achievement: { type: ['Achievement'], name: 'Control', image: { id: image, type: 'Image' }, criteria: { narrative: 'x' } } },
    };
    stage.append(card);
    await loaded;
    await settle(card);
    expect(card.shadowRoot!.querySelector('img')?.src).to.equal(image);
    for (let i = 0; i < 100 && !(await log()).some((r) => r.url === image); i++) await new Promise((r) => setTimeout(r, 25));
    expect((await log()).map((r) => r.url)).to.deep.equal([image]);
  });

  it('images="none" on a hosted badge: the assertion is fetched, never the image', async () => {
    const src = await catalog('ob2-hosted-valid');
    await reset();
    const card = document.createElement('badge-card');
    card.images = 'none';
    const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
    card.src = src;
    stage.append(card);
    await loaded;
    await settle(card);
    const urls = (await log()).map((r) => r.url);
    expect(urls.some((u) => /\.(png|svg)(\?|$)/.test(u)), urls.join('\n')).to.equal(false);
    expect(card.badge?.image?.url).to.be.a('string');
  });
});
