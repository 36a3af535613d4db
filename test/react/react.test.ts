/**
 * The React wrappers (`badge-elements/react.js`) rendered by React 19 in Chromium, against the
 * sample issuer over real HTTP: properties reach the elements as properties, typed event props fire.
 */
import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import { loadBadge } from '../../src/core/load.js';
import type { Badge, VerificationCheck, VerificationReport } from '../../src/core/types.js';
import { BadgeCard, BadgeProvider, BadgeQr, BadgeVerify, BadgeWall } from '../../src/react.js';
import { createBadgeClient } from '../../src/core/client.js';
import type { BadgeCard as BadgeCardElement } from '../../src/elements/badge-card/badge-card.js';
import { abs, entry } from '../elements/helpers.js';

let host: HTMLElement;
let root: ReturnType<typeof ReactDOMClient.createRoot>;

/** Settles with the first value handed to `resolve`, or fails after `ms` (a hang is a failure, not a wait). */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Waits (frame by frame) until React has committed what the test rendered. */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !cond(); i++) await new Promise((r) => requestAnimationFrame(r));
  expect(cond(), 'condition never became true').to.equal(true);
}

describe('React wrappers', function () {
  this.timeout(15000);

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = ReactDOMClient.createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('renders a sample-issuer badge in <BadgeCard> and fires onBadgeLoad', async () => {
    const src = abs((await entry('ob2-hosted-valid')).path);
    const expected = await loadBadge(src);
    const loaded = deferred<Badge>();
    root.render(
      React.createElement(BadgeCard, {
        src,
        size: 'small',
        theme: 'dark',
        onBadgeLoad: (e) => loaded.resolve(e.detail.badge),
      }),
    );
    const badge = await loaded.promise;
    expect(badge.name).to.equal(expected.name);
    const card = host.querySelector('badge-card') as BadgeCardElement;
    expect(card).to.be.instanceOf(customElements.get('badge-card')!);
    await card.updateComplete;
    expect(card.getAttribute('size')).to.equal('small');
    expect(card.getAttribute('theme')).to.equal('dark');
    const name = card.shadowRoot!.querySelector('[part~="name"]')!;
    expect(name.textContent!.trim()).to.equal(expected.name);
    expect(card.shadowRoot!.querySelector('[part~="issuer"]')!.textContent).to.contain(expected.issuer.name);
  });

  it('passes an object credential as a property and reports errors through onBadgeError', async () => {
    const e = await entry('ob3-jwt-didkey-v2');
    const jwt = await (await fetch(abs(e.path))).text();
    const loaded = deferred<Badge>();
    root.render(React.createElement(BadgeCard, { credential: jwt.trim(), onBadgeLoad: (ev) => loaded.resolve(ev.detail.badge) }));
    const badge = await loaded.promise;
    expect(badge.format).to.equal('ob3-jwt');

    const failed = deferred<{ code: string }>();
    root.render(React.createElement(BadgeCard, { src: abs('/issuer/does-not-exist.json'), onBadgeError: (ev) => failed.resolve(ev.detail.error) }));
    expect((await failed.promise).code).to.equal('fetch-failed');
  });

  it('verifies in <BadgeVerify>: onBadgeVerifyStep per check, then onBadgeVerified with the report', async () => {
    const src = abs((await entry('ob2-hosted-valid')).path);
    const steps: VerificationCheck[] = [];
    const verified = deferred<VerificationReport>();
    root.render(
      React.createElement(BadgeVerify, {
        src,
        onBadgeVerifyStep: (e) => steps.push(e.detail.check),
        onBadgeVerified: (e) => verified.resolve(e.detail.report),
      }),
    );
    const report = await verified.promise;
    expect(report.authentic).to.equal(true);
    expect(report.state).to.equal('valid');
    expect(steps.map((c) => c.id)).to.deep.equal(report.checks.map((c) => c.id));
    const el = host.querySelector('badge-verify')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.contain('Verified');
  });

  it('re-renders with new props (lang) without remounting the element', async () => {
    const src = abs((await entry('ob2-hosted-valid')).path);
    const loaded = deferred<Badge>();
    root.render(React.createElement(BadgeCard, { src, lang: 'en', onBadgeLoad: (e) => loaded.resolve(e.detail.badge) }));
    await loaded.promise;
    const card = host.querySelector('badge-card')!;
    root.render(React.createElement(BadgeCard, { src, lang: 'de' }));
    await until(() => card.getAttribute('lang') === 'de');
    await new Promise((r) => setTimeout(r, 0)); // the lang observer runs as a microtask after the mutation
    await card.updateComplete;
    expect(host.querySelector('badge-card')).to.equal(card);
    expect(card.shadowRoot!.querySelector('[part~="issuer"]')!.textContent).to.contain('Ausgestellt von');
  });

  it('<BadgeWall> loads a feed inside <BadgeProvider> (its client) and fires onBadgeWallLoad; <BadgeQr> renders', async () => {
    let calls = 0;
    const client = createBadgeClient({ fetch: (input, init) => (calls++, fetch(input, init)) });
    const loaded = deferred<{ total: number; loaded: number; failed: number }>();
    root.render(
      React.createElement(
        BadgeProvider,
        { client },
        React.createElement(BadgeWall, { src: abs('/issuer/wall/feed-60.json'), onBadgeWallLoad: (e) => loaded.resolve(e.detail) }),
        React.createElement(BadgeQr, { url: abs('/verify.html?src=x') }),
      ),
    );
    const detail = await loaded.promise;
    expect(detail.total).to.equal(60);
    expect(detail.loaded + detail.failed).to.equal(60);
    expect(calls).to.be.greaterThan(0); // the provider's client did the fetching
    expect(host.querySelector('badge-provider > badge-wall')).to.exist;
    const qr = host.querySelector('badge-qr')!;
    await until(() => !!qr.shadowRoot?.querySelector('svg'));
  });
});
