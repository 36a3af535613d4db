import { expect } from '@open-wc/testing';
import { createBadgeClient } from '../../src/core/client.js';
import '../../src/badge-card.js';
import { defineBadgeCard, BadgeCard } from '../../src/badge-card.js';
import { $, abs, cleanup, entry, getCatalog, loadCard, mount, text } from './helpers.js';

/** A client whose fetch never answers: the card stays in its loading state. */
const never = () => createBadgeClient({ fetch: () => new Promise<Response>(() => {}) });

describe('<badge-card> states', () => {
  before(() => performance.setResourceTimingBufferSize(100_000));
  afterEach(cleanup);

  it('shows a loading skeleton (aria-busy) while loading, axe-clean', async () => {
    const { el } = mount((c) => {
      c.client = never();
      c.src = abs('/issuer/ob2/assertions/sql-querying-amina.json');
    });
    await el.updateComplete;
    const base = $(el, '[part~="skeleton"]')!;
    expect(base).to.exist;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(text(el, '[role="status"]')).to.equal('Loading badge…');
    await expect(el).to.be.accessible();
  });

  it('loads an OB 2.0 hosted badge from the sample issuer: image, name, issuer and origin apart, dates, skills, tags, criteria', async () => {
    const e = await entry('ob2-hosted-valid');
    const { el, outcome } = await loadCard(abs(e.path));
    expect(outcome.type).to.equal('load');
    // the badge reader is in the card's initial load, given to the client (client-context.ts): no import() of it
    expect(performance.getEntriesByType('resource').filter((r) => r.name.includes('/core/read-path.'))).to.deep.equal([]);
    const badge = el.badge!;
    expect(badge.name).to.equal('SQL Querying');
    expect($(el, '[part~="skeleton"]')).to.equal(null);
    const heading = $(el, 'h3[part="name"]')!;
    expect(heading.textContent!.trim()).to.equal('SQL Querying');
    expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    const img = $(el, 'img') as HTMLImageElement;
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.alt).to.not.equal('');
    expect(text(el, '[part="issuer"]')).to.equal('Issued by Lindqvist Open Data Guild');
    // the checkable origin is a separate element from the self-declared name
    expect(text(el, '[part="issuer-origin"]')).to.contain(new URL(location.href).host);
    expect($(el, '[part="issuer"]')!.contains($(el, '[part="issuer-origin"]'))).to.equal(false);
    expect(text(el, '[part="dates"]')).to.match(/Issued.*2025/);
    const skills = el.shadowRoot!.querySelectorAll('[part="skills"] a.chip');
    expect(skills.length).to.equal(2);
    for (const a of skills) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.getAttribute('target')).to.equal('_blank');
    }
    expect(text(el, '[part="tags"]')).to.contain('PostgreSQL');
    expect(text(el, '[part="criteria"]')).to.contain('proctored query exercise');
    expect(($(el, '[part="criteria"] a') as HTMLAnchorElement).href).to.equal(abs('/issuer/criteria/sql-querying.html'));
    await expect(el).to.be.accessible();
  });

  for (const key of ['ob1-hosted-v1.1', 'ob2-hosted-embedded', 'ob2-signed-valid', 'ob3-json-v1-unsigned', 'ob3-json-v2-unsigned', 'ob3-jwt-didkey-v1', 'ob3-jwt-didweb-v2']) {
    it(`renders ${key} (format read by the core), axe-clean`, async () => {
      const e = await entry(key);
      const { el, outcome } = await loadCard(abs(e.path));
      expect(outcome.type, JSON.stringify((outcome.event as CustomEvent).detail)).to.equal('load');
      const badge = el.badge!;
      expect(badge.format).to.equal(e.format);
      expect(text(el, '[part="name"]')).to.equal(badge.name);
      expect(text(el, '[part="issuer"]')).to.contain(badge.issuer.name);
      if (badge.issuer.origin?.startsWith('did:')) expect(text(el, '[part="issuer-origin"]')).to.match(/^Issuer address: did:/);
      expect($(el, '[part="image"] img, [part="image"] [role="img"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('shows "Expired" for an expired badge (and not with an earlier `now`)', async () => {
    const e = await entry('ob2-hosted-expired');
    const { el } = await loadCard(abs(e.path));
    expect(text(el, '[part="status"]')).to.equal('Expired');
    expect(text(el, '[part="dates"]')).to.contain('Expired');
    await expect(el).to.be.accessible();
    el.setAttribute('now', '2024-06-01T00:00:00Z');
    await el.updateComplete;
    expect($(el, '[part="status"]')).to.equal(null);
  });

  it('shows "Expired" for an expired OB 3.0 VC-JWT', async () => {
    const { el } = await loadCard(abs((await entry('ob3-jwt-expired')).path));
    expect(text(el, '[part="status"]')).to.equal('Expired');
  });

  it('shows "Not yet valid" for a badge valid from the future, axe-clean', async () => {
    const e = await entry('ob2-hosted-not-yet-valid');
    const { el } = await loadCard(abs(e.path));
    expect(text(el, '[part="status"]')).to.equal('Not yet valid');
    expect(text(el, '[part="dates"]')).to.contain('Valid from');
    await expect(el).to.be.accessible();
    const jwt = await loadCard(abs((await entry('ob3-jwt-not-yet-valid')).path));
    expect(text(jwt.el, '[part="status"]')).to.equal('Not yet valid');
  });

  it('shows a hosted badge revoked with 410 Gone as revoked, axe-clean', async () => {
    const e = await entry('ob2-hosted-revoked');
    const { el, outcome } = await loadCard(abs(e.path));
    if (outcome.type === 'load') {
      expect(text(el, '[part="status"]')).to.equal('Revoked');
    } else {
      expect(outcome.event.detail.error.status).to.equal(410);
      expect(text(el, '[part~="error"] [part="status"]')).to.equal('Revoked');
      expect(text(el, '.error-title')).to.equal('This badge was revoked by its issuer');
      expect($(el, '[part="retry-button"]')).to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('shows a revoked badge with its reason (OB 2.0 `revoked: true`)', async () => {
    const doc = await (await fetch('/issuer/ob2/assertions/viz-mei.json')).json();
    const { el, outcome } = mount((c) => {
      c.credential = { ...doc, revoked: true, revocationReason: 'Issued in error.' };
    });
    expect((await outcome).type).to.equal('load');
    await el.updateComplete;
    expect(text(el, '[part="status"]')).to.equal('Revoked');
    expect(text(el, '[part="revoked-reason"]')).to.equal('Reason: Issued in error.');
    await expect(el).to.be.accessible();
  });

  it('shows the error message, code and a Retry button for a 404; fires badge-error; axe-clean', async () => {
    const { el, outcome } = await loadCard(abs('/issuer/ob2/assertions/no-such-badge.json'));
    expect(outcome.type).to.equal('error');
    const ev = outcome.event as CustomEvent<{ error: { code: string; message: string } }>;
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(ev.detail.error.code).to.equal('fetch-failed');
    expect(ev.detail.error.message).to.match(/404/);
    expect(text(el, '[part="error-message"]')).to.equal(ev.detail.error.message);
    expect(text(el, '[part="error-code"]')).to.equal('Error code: fetch-failed');
    expect($(el, '[part="retry-button"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('Retry loads the badge again at once (first attempt fails offline, second goes over HTTP), although failures are cached briefly', async () => {
    let calls = 0;
    const client = createBadgeClient({
      fetch: (input, init) => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)),
    });
    const { el, outcome } = await loadCard(abs((await entry('ob2-hosted-valid')).path), (c) => (c.client = client));
    expect(outcome.type).to.equal('error');
    const loaded = new Promise((r) => el.addEventListener('badge-load', r, { once: true }));
    ($(el, '[part="retry-button"]') as HTMLButtonElement).click();
    await loaded;
    await el.updateComplete;
    expect(text(el, '[part="name"]')).to.equal('SQL Querying');
    expect(calls).to.be.greaterThan(1);
  });

  it('refuses a javascript: URL with a named error', async () => {
    const { el, outcome } = mount((c) => (c.src = 'javascript:alert(1)'));
    const o = await outcome;
    await el.updateComplete;
    expect(o.type).to.equal('error');
    expect(text(el, '[part="error-code"]')).to.equal('Error code: url-blocked');
  });

  it('reads `credential` as a JSON attribute and as an object property; credential text stays text', async () => {
    const doc = await (await fetch('/issuer/ob3/credentials/ob3-json-v2-unsigned.json')).json();
    doc.credentialSubject.achievement.name = '<img src=x onerror="window.__pwned=1">Evil';
    doc.credentialSubject.achievement.criteria = { id: 'javascript:alert(1)', narrative: '<b>bold?</b>' };
    const { el, outcome } = mount((c) => c.setAttribute('credential', JSON.stringify(doc)));
    expect((await outcome).type).to.equal('load');
    await el.updateComplete;
    expect(text(el, '[part="name"]')).to.equal('<img src=x onerror="window.__pwned=1">Evil');
    expect(el.shadowRoot!.querySelector('[part="name"] img')).to.equal(null);
    expect($(el, '[part="criteria"] a')).to.equal(null);
    expect(text(el, '[part="criteria"]')).to.contain('<b>bold?</b>');
    const prop = mount((c) => (c.credential = doc));
    expect((await prop.outcome).type).to.equal('load');
  });

  it('shows a neutral placeholder when the image is broken', async () => {
    const doc = await (await fetch('/issuer/ob3/credentials/ob3-json-v2-unsigned.json')).json();
    doc.credentialSubject.achievement.image = { id: abs('/issuer/images/missing.png'), type: 'Image', caption: 'A missing image' };
    const { el, outcome } = mount((c) => (c.credential = doc));
    await outcome;
    await el.updateComplete;
    const img = $(el, 'img') as HTMLImageElement;
    if (img) await new Promise((r) => img.addEventListener('error', r, { once: true }));
    await el.updateComplete;
    const ph = $(el, '[part="image-placeholder"]')!;
    expect(ph.getAttribute('role')).to.equal('img');
    expect(ph.getAttribute('aria-label')).to.equal('A missing image');
    await expect(el).to.be.accessible();
  });

  it('renders every catalog credential that is not broken without an error', async function () {
    this.timeout(20000);
    const all = (await getCatalog()).filter((e) => !e.tags?.includes('broken') && e.format !== 'unknown' && e.key !== 'ob2-hosted-revoked');
    for (const e of all) {
      const { outcome } = await loadCard(abs(e.path));
      expect(outcome.type, `${e.key}: ${JSON.stringify((outcome.event as CustomEvent).detail?.error)}`).to.equal('load');
    }
  });

  it('define() skips an already-defined tag', () => {
    expect(() => defineBadgeCard()).to.not.throw();
    expect(customElements.get('badge-card')).to.equal(BadgeCard);
  });
});
