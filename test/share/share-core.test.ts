/** src/core/share in Chromium: the same functions as in Node, over HTTP from the sample issuer. */
import { expect } from '@open-wc/testing';
import { createBadgeClient } from '../../src/core/client.js';
import { unbake } from '../../src/core/baked/index.js';
import {
  bakeBadge, bakedCredentialValue, linkedInAddToProfileUrl, renderEmailHtml, renderStaticHtml, verifyPageUrl,
} from '../../src/core/share/index.js';
import '../../src/badge-card.js';
import type { BadgeShareEvent } from '../../src/elements/badge-share/events.js';
import { abs, cleanup, entry, loadCard } from '../elements/helpers.js';

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('share core in Chromium', () => {
  afterEach(cleanup);

  it('LinkedIn add-to-profile from an OB 2.0 hosted badge', async () => {
    const client = createBadgeClient();
    const badge = await client.loadBadge(abs((await entry('ob2-hosted-valid')).path));
    const certUrl = verifyPageUrl(badge, '/verify.html?src={url}', location.href)!;
    expect(params(linkedInAddToProfileUrl(badge, { certUrl }))).to.deep.equal({
      startTask: 'CERTIFICATION_NAME', name: 'SQL Querying', organizationName: 'Lindqvist Open Data Guild',
      issueYear: '2025', issueMonth: '3', certUrl, certId: badge.id,
    });
  });

  it('LinkedIn add-to-profile from an OB 3.0 VC-JWT with an expiry date', async () => {
    const client = createBadgeClient();
    const badge = await client.loadBadge(abs((await entry('ob3-jwt-expired')).path));
    const p = params(linkedInAddToProfileUrl(badge));
    expect(p.name).to.equal(badge.name);
    expect(p.organizationName).to.equal(badge.issuer.name);
    expect(p.issueYear).to.equal(String(new Date(badge.issued!).getUTCFullYear()));
    expect(p.issueMonth).to.equal(String(new Date(badge.issued!).getUTCMonth() + 1));
    expect(p.expirationYear).to.equal(String(new Date(badge.expires!).getUTCFullYear()));
    expect(p.expirationMonth).to.equal(String(new Date(badge.expires!).getUTCMonth() + 1));
  });

  it('the e-mail snippet parses to a table with no script, no stylesheet, no <link>, only inline styles', async () => {
    const client = createBadgeClient();
    const badge = await client.loadBadge(abs((await entry('ob2-hosted-valid')).path));
    const html = renderEmailHtml(badge, { verifyUrl: '/verify.html?src={url}', base: location.href });
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    expect(doc.querySelectorAll('script, link, style, iframe, object, form').length).to.equal(0);
    expect(doc.querySelectorAll('[class], [id]').length).to.equal(0);
    for (const el of doc.body.querySelectorAll('*')) for (const a of el.getAttributeNames()) expect(a.startsWith('on'), a).to.equal(false);
    expect(doc.body.firstElementChild!.tagName).to.equal('TABLE');
    const links = [...doc.querySelectorAll('a')].map((a) => a.href);
    expect(new Set(links)).to.deep.equal(new Set([verifyPageUrl(badge, '/verify.html?src={url}', location.href)]));
    expect(doc.querySelector('img')!.getAttribute('src')).to.equal(badge.image!.url);
  });

  for (const [key, kind] of [['ob2-hosted-valid', 'png'], ['ob2-signed-valid', 'png'], ['ob3-jwt-didkey-v2', 'svg'], ['ob3-di-rdfc-didkey-v2', 'svg']] as const) {
    it(`bake → unbake → verify: ${key} as ${kind.toUpperCase()}`, async () => {
      const client = createBadgeClient();
      const badge = await client.loadBadge(abs((await entry(key)).path));
      const file = await bakeBadge(badge, client.fetcher);
      expect(file.mediaType).to.equal(kind === 'png' ? 'image/png' : 'image/svg+xml');
      const u = unbake(file.bytes)!;
      expect(u.kind).to.equal(kind);
      expect(u.value).to.equal(bakedCredentialValue(badge)!.value);
      // a fresh client: nothing cached from the first load
      const report = await createBadgeClient().verify(file.bytes);
      expect(report.authentic, JSON.stringify(report.checks)).to.equal(true);
      expect(report.state).to.equal('valid');
      expect(report.badge!.name).to.equal(badge.name);
    });
  }

  it('the card menu "Download baked badge" bakes through the card client and reports the file', async () => {
    const { el: card } = await loadCard(abs((await entry('ob2-hosted-valid')).path), (c) => c.setAttribute('share', 'download'));
    await customElements.whenDefined('badge-share');
    const share = card.shadowRoot!.querySelector('badge-share')!;
    await share.updateComplete;
    const done = new Promise<BadgeShareEvent>((resolve) => card.addEventListener('badge-share', resolve, { once: true }));
    share.shadowRoot!.querySelector<HTMLButtonElement>('#button')!.click();
    await share.updateComplete;
    share.shadowRoot!.querySelector<HTMLButtonElement>('[data-target="download"]')!.click();
    const e = await done;
    expect(e.detail).to.deep.equal({ target: 'download', url: 'sql-querying.png', ok: true });
    await share.updateComplete;
    expect(share.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Downloaded sql-querying.png');
  });

  it('the no-JS fallback HTML renders as a link with the image and name', async () => {
    const client = createBadgeClient();
    const badge = await client.loadBadge(abs((await entry('ob3-jwt-didkey-v2')).path));
    const host = document.createElement('div');
    host.innerHTML = renderStaticHtml(badge); // test only: our own escaped output
    document.body.append(host);
    const a = host.querySelector('a')!;
    expect(a.href).to.equal(abs((await entry('ob3-jwt-didkey-v2')).path));
    expect(a.querySelector('img')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(a.textContent).to.contain(badge.name);
    await expect(host).to.be.accessible();
    host.remove();
  });
});
