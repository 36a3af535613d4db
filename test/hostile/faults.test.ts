/**
 * Failing servers in Chromium: verify() over every fault endpoint (named report, connection closed),
 * the elements' error states (helpful message + code, nothing left loading), and removing an element
 * aborting its requests (the server's connection log shows them aborted).
 */
import { expect } from '@open-wc/testing';
import '../../src/badge-card.js';
import '../../src/badge-verify.js';
import { createBadgeClient } from '../../src/core/client.js';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import type { BadgeVerify } from '../../src/elements/badge-verify/badge-verify.js';
import { connections, faultCases, noneOpen, within } from './fault-cases.js';

const uid = (): string => Math.random().toString(36).slice(2, 10);
const other = (): string => {
  const u = new URL(location.origin);
  u.hostname = u.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return u.origin;
};

describe('verify() against failing servers (Chromium)', function () {
  this.timeout(30_000);
  for (const c of faultCases) it(c.name, () => c.run(location.origin));
});

describe('elements against failing servers', function () {
  this.timeout(20_000);
  let stage: HTMLElement;
  beforeEach(() => {
    stage = document.createElement('div');
    document.body.append(stage);
  });
  afterEach(() => stage.remove());

  const cardCases: [string, string, string][] = [
    ['slow', '/__test/slow?ms=20000', 'fetch-timeout'],
    ['trickle', '/__test/trickle?ms=150', 'fetch-timeout'],
    ['hang', '/__test/hang', 'fetch-timeout'],
    ['50 MB', `/__test/large?bytes=${50 * 1024 * 1024}`, 'fetch-too-large'],
    ['lying Content-Length', '/__test/lying-length?mode=huge', 'fetch-too-large'],
    ['gzip bomb', '/__test/gzip-bomb?mb=64', 'fetch-too-large'],
    ['HTML sign-in page', '/__test/not-json', 'unknown-format'],
    ['nested', '/__test/nested?depth=100000', 'unknown-format'],
    ['404', '/__test/status/404', 'fetch-failed'],
    ['500', '/__test/status/500', 'fetch-failed'],
    ['redirect loop', '/__test/redirect-loop', 'fetch-failed'],
    ['no CORS headers, cross-origin', 'CROSS/__test/no-cors', 'cors'],
  ];
  for (const [name, path, code] of cardCases) {
    it(`<badge-card> ${name} → error "${code}" with a message, nothing left loading or open`, async () => {
      const id = uid();
      const base = path.startsWith('CROSS') ? other() : location.origin;
      const src = `${base}${path.replace('CROSS', '')}${path.includes('?') ? '&' : '?'}case=${id}`;
      const card = document.createElement('badge-card') as BadgeCard;
      // a short timeout only where timing out is the point: on a busy machine a 500 ms cap can also end a
      // redirect loop or a 50 MB download first, and the card would rightly say fetch-timeout
      card.client = createBadgeClient({ timeoutMs: code === 'fetch-timeout' ? 500 : 6000 });
      const error = new Promise<CustomEvent>((resolve) => card.addEventListener('badge-error', (e) => resolve(e as CustomEvent), { once: true }));
      card.src = src;
      stage.append(card);
      const e = await within(8000, error, name);
      await card.updateComplete;
      expect(e.detail.error.code).to.equal(code);
      const root = card.shadowRoot!;
      expect(root.querySelector('[part~="skeleton"]')).to.equal(null);
      expect(root.querySelector('[part~="error-message"]')!.textContent!.trim().length).to.be.greaterThan(15);
      expect(root.querySelector('[part~="error-code"]')!.textContent).to.include(code);
      if (!path.startsWith('CROSS')) await noneOpen(location.origin, `case=${id}`);
    });
  }

  it('<badge-verify> on a hanging server: a "could not check" verdict within the timeout', async () => {
    const v = document.createElement('badge-verify') as BadgeVerify;
    v.client = createBadgeClient({ timeoutMs: 400 });
    v.src = `${location.origin}/__test/hang?case=${uid()}`;
    stage.append(v);
    await v.updateComplete;
    const r = await within(8000, v.verificationComplete(), 'badge-verify');
    expect(r?.code).to.equal('fetch-timeout');
    expect(v.shadowRoot!.querySelector('[part~="verdict-unknown"]')).to.exist;
  });

  for (const tag of ['badge-card', 'badge-verify'] as const) {
    it(`removing <${tag}> aborts its pending request (server log: aborted)`, async () => {
      const id = uid();
      const el = document.createElement(tag) as BadgeCard | BadgeVerify;
      el.client = createBadgeClient({ timeoutMs: 60_000 });
      el.src = `${location.origin}/__test/hang?case=${id}`;
      stage.append(el);
      await within(5000, (async () => {
        while ((await connections(location.origin, `case=${id}`)).length === 0) await new Promise((r) => setTimeout(r, 20));
      })(), 'request reached the server');
      el.remove();
      const list = await noneOpen(location.origin, `case=${id}`);
      expect(list.map((c) => c.state)).to.deep.equal(['aborted']);
    });
  }

  it('a cross-host redirect (localhost → 127.0.0.1) to a real badge is followed, and the card shows it', async () => {
    const catalog = (await (await fetch('/issuer/catalog.json')).json()) as { key: string; path: string }[];
    const path = catalog.find((x) => x.key === 'ob3-jwt-didkey-v2')!.path;
    const card = document.createElement('badge-card') as BadgeCard;
    const done = new Promise<string>((resolve) => {
      card.addEventListener('badge-load', () => resolve('load'), { once: true });
      card.addEventListener('badge-error', (e) => resolve(`error ${(e as CustomEvent).detail.error.code}`), { once: true });
    });
    card.src = `${location.origin}/__test/redirect?to=${encodeURIComponent(`${other()}${path}`)}&case=${uid()}`;
    stage.append(card);
    expect(await within(8000, done, 'redirect')).to.equal('load');
  });
});
