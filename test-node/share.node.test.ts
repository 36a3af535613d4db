/**
 * src/core/share in Node (no DOM): LinkedIn add-to-profile URLs from OB 2.0 and OB 3.0 badges,
 * share links, the static / e-mail / Markdown / embed snippets, bake → unbake → verify, and the CLI's
 * `snippet` sub-command — over real HTTP from the sample issuer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runBin } from './support/bin.js';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { createFetcher } from '../src/core/fetch.js';
import { loadBadge } from '../src/core/load.js';
import { unbake } from '../src/core/baked/index.js';
import { verify } from '../src/core/verify/index.js';
import type { Badge } from '../src/core/types.js';
import {
  badgeUrl, bakeBadge, bakedCredentialValue, emailShareUrl, fillTemplate, linkedInAddToProfileUrl, parseShareTargets,
  renderEmailHtml, renderEmbedSnippet, renderMarkdown, renderStaticHtml, shareLinks, verifyPageUrl,
} from '../src/core/share/index.js';

let server: IssuerServer;
const fetcher = () => createFetcher();
const load = (path: string): Promise<Badge> => loadBadge(`${server.origin}${path}`, { fetcher: fetcher() });
const params = (url: string): Record<string, string> => Object.fromEntries(new URL(url).searchParams);

before(async () => {
  server = await startIssuerServer({ port: 0 });
});
after(() => server.close());

describe('LinkedIn add-to-profile URL', () => {
  test('OB 2.0 hosted: name, issuer, issue date, assertion URL as credential URL', async () => {
    const badge = await load('/issuer/ob2/assertions/sql-querying-amina.json');
    const certUrl = verifyPageUrl(badge, 'https://verify.example/check?src={url}')!;
    const url = linkedInAddToProfileUrl(badge, { certUrl });
    assert.ok(url.startsWith('https://www.linkedin.com/profile/add?'));
    assert.deepEqual(params(url), {
      startTask: 'CERTIFICATION_NAME',
      name: 'SQL Querying',
      organizationName: 'Lindqvist Open Data Guild',
      issueYear: '2025',
      issueMonth: '3',
      certUrl: `https://verify.example/check?src=${encodeURIComponent(`${server.origin}/issuer/ob2/assertions/sql-querying-amina.json`)}`,
      certId: `${server.origin}/issuer/ob2/assertions/sql-querying-amina.json`,
    });
  });

  test('OB 2.0 with an expiry date: expirationYear / expirationMonth', async () => {
    const badge = await load('/issuer/ob2/assertions/python-mei-2023.json');
    const p = params(linkedInAddToProfileUrl(badge));
    const issued = new Date(badge.issued!);
    const expires = new Date(badge.expires!);
    assert.equal(p.issueYear, String(issued.getUTCFullYear()));
    assert.equal(p.issueMonth, String(issued.getUTCMonth() + 1));
    assert.equal(p.expirationYear, String(expires.getUTCFullYear()));
    assert.equal(p.expirationMonth, String(expires.getUTCMonth() + 1));
    assert.equal(p.certUrl, undefined, 'no certUrl without one given');
  });

  test('OB 3.0 VC-JWT: achievement name, issuer name, validFrom / validUntil, urn:uuid id as the bare UUID', async () => {
    const badge = await load('/issuer/ob3/jwt/ob3-jwt-expired.jwt');
    assert.equal(badge.format, 'ob3-jwt');
    const p = params(linkedInAddToProfileUrl(badge, { certUrl: 'https://verify.example/v?src=x', organizationId: 1337 }));
    assert.equal(p.name, badge.name);
    assert.equal(p.organizationName, badge.issuer.name);
    assert.equal(p.organizationId, '1337');
    assert.equal(p.issueYear, String(new Date(badge.issued!).getUTCFullYear()));
    assert.equal(p.expirationYear, String(new Date(badge.expires!).getUTCFullYear()));
    assert.equal(p.expirationMonth, String(new Date(badge.expires!).getUTCMonth() + 1));
    assert.equal(p.certUrl, 'https://verify.example/v?src=x');
    if (badge.id?.startsWith('urn:uuid:')) assert.equal(p.certId, badge.id.slice('urn:uuid:'.length));
    else assert.equal(p.certId, badge.id);
  });

  test('OB 3.0 JSON with Data Integrity proof', async () => {
    const badge = await load('/issuer/ob3/credentials/ob3-di-rdfc-didkey-v2.json');
    const p = params(linkedInAddToProfileUrl(badge));
    assert.equal(p.startTask, 'CERTIFICATION_NAME');
    assert.equal(p.name, badge.name);
    assert.equal(p.organizationName, badge.issuer.name);
    assert.match(p.issueYear!, /^\d{4}$/);
    assert.match(p.issueMonth!, /^([1-9]|1[0-2])$/);
  });

  test('hostile text: control characters dropped, a javascript: certUrl refused', () => {
    const badge = { format: 'ob3-json', name: 'A\u202eB\nC', issuer: { name: 'Evil & Co' }, alignments: [], tags: [], evidence: [], results: [], endorsements: [], document: {} } as Badge;
    const p = params(linkedInAddToProfileUrl(badge, { certUrl: 'javascript:alert(1)' }));
    assert.equal(p.name, 'A B C');
    assert.equal(p.organizationName, 'Evil & Co');
    assert.equal(p.certUrl, undefined);
  });
});

describe('share links and templates', () => {
  test('targets parse with aliases, in menu order', () => {
    assert.deepEqual(parseShareTargets('copy email x linkedin'), ['linkedin-profile', 'linkedin-post', 'x', 'email', 'copy']);
    assert.deepEqual(parseShareTargets(''), ['linkedin-profile', 'linkedin-post', 'x', 'facebook', 'email', 'copy', 'native', 'download']);
    assert.deepEqual(parseShareTargets('twitter mail nonsense'), ['x', 'email']);
  });

  test('templates: {url} encoded, relative needs a base, javascript: refused', () => {
    assert.equal(fillTemplate('/verify.html?src={url}', 'https://a.example/b?c=d', 'https://me.example/cv/'), 'https://me.example/verify.html?src=https%3A%2F%2Fa.example%2Fb%3Fc%3Dd');
    assert.equal(fillTemplate('/verify.html?src={url}', 'https://a.example/b'), undefined);
    assert.equal(fillTemplate('javascript:alert("{url}")', 'https://a.example/b'), undefined);
    assert.equal(fillTemplate(undefined, 'https://a.example/b'), 'https://a.example/b');
  });

  test('plain links to x, facebook, linkedin share pages; mailto with a readable body', async () => {
    const badge = await load('/issuer/ob2/assertions/sql-querying-amina.json');
    const url = 'https://me.example/verify.html?src=abc';
    const links = Object.fromEntries(shareLinks(badge, url, parseShareTargets('')).map((l) => [l.target, l.href]));
    assert.deepEqual(Object.keys(links), ['linkedin-profile', 'linkedin-post', 'x', 'facebook', 'email']);
    assert.equal(links['linkedin-post'], `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`);
    assert.equal(params(links.x!).url, url);
    assert.match(params(links.x!).text!, /SQL Querying/);
    assert.equal(params(links.facebook!).u, url);
    for (const href of Object.values(links)) assert.doesNotMatch(href, /utm_|fbclid|ref=/);
    const mail = emailShareUrl(badge, url);
    assert.ok(mail.startsWith('mailto:?subject='));
    const body = decodeURIComponent(mail.split('&body=')[1]!);
    assert.match(body, /^SQL Querying\r\nIssued by Lindqvist Open Data Guild on March 14, 2025\r\n\r\n/);
    assert.ok(body.endsWith(url));
    assert.doesNotMatch(mail, /\+/, 'spaces as %20 in mailto');
  });
});

describe('static snippets', () => {
  test('e-mail snippet: a table, inline styles, image + link to the verification page, no script / stylesheet', async () => {
    const badge = await load('/issuer/ob2/assertions/sql-querying-amina.json');
    const html = renderEmailHtml(badge, { verifyUrl: 'https://me.example/verify.html?src={url}' });
    assert.match(html, /^<table role="presentation"/);
    assert.doesNotMatch(html, /<script|<link|<style|javascript:|class=/i);
    const link = `https://me.example/verify.html?src=${encodeURIComponent(badge.id!)}`;
    assert.ok(html.includes(`href="${link}"`));
    assert.ok(html.includes(`src="${badge.image!.url}"`));
    assert.match(html, /Issued by Lindqvist Open Data Guild · March 14, 2025/);
  });

  test('no-JS fallback and Markdown escape hostile text; only http(s) URLs', () => {
    const badge = {
      format: 'ob3-json', id: 'https://issuer.example/c/1', name: '<img src=x onerror=alert(1)> [x](javascript:alert(1))',
      issuer: { name: '"><script>alert(1)</script>' }, image: { url: 'javascript:alert(1)', alt: 'x' },
      alignments: [], tags: [], evidence: [], results: [], endorsements: [], document: {},
    } as unknown as Badge;
    const html = renderStaticHtml(badge);
    assert.doesNotMatch(html, /<script|<img src=x|(href|src)="javascript:/);
    assert.equal((html.match(/<img/g) ?? []).length, 0, 'the javascript: image is dropped');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('&quot;&gt;&lt;script&gt;'));
    assert.ok(html.includes('href="https://issuer.example/c/1"'));
    const md = renderMarkdown(badge);
    assert.doesNotMatch(md, /\]\(javascript:/);
    assert.doesNotMatch(md, /<img/);
    assert.ok(md.includes('\\[x\\]\\(javascript:alert\\(1\\)\\)'));
    assert.doesNotMatch(renderEmailHtml(badge), /(href|src)="javascript:|<img/);
  });

  test('Markdown snippet for an OB 3.0 badge: image link + name link', async () => {
    const badge = await load('/issuer/ob3/jwt/ob3-jwt-didkey-v2.jwt');
    const md = renderMarkdown(badge, { verifyUrl: 'https://me.example/v?src={url}' });
    const link = `https://me.example/v?src=${encodeURIComponent(badgeUrl(badge)!)}`;
    assert.ok(md.startsWith(`[![`), md);
    assert.ok(md.includes(`](${link})`));
  });

  test('embed snippet: module script + element with escaped attributes and the fallback inside', async () => {
    const badge = await load('/issuer/ob2/assertions/sql-querying-amina.json');
    const s = renderEmbedSnippet({ src: badge.id!, attributes: { size: 'large', share: true, 'show-qr': false, 'bad name': 'x', theme: '"dark' }, fallbackHtml: renderStaticHtml(badge) });
    assert.match(s, /^<script type="module" src="https:\/\/[^"]+"><\/script>\n<badge-card src="[^"]+" size="large" share theme="&quot;dark">\n  <a href=/);
    assert.ok(s.trimEnd().endsWith('</badge-card>'));
    assert.doesNotMatch(s, /show-qr|bad name/);
    assert.equal(renderEmbedSnippet({ src: 'javascript:alert(1)' }).includes('javascript:'), false);
  });
});

describe('baked badge download', () => {
  const cases = [
    { key: 'OB 2.0 hosted → PNG (assertion URL)', path: '/issuer/ob2/assertions/sql-querying-amina.json', kind: 'png', ob3: false },
    { key: 'OB 2.0 signed → PNG (JWS)', path: '/issuer/ob2/signed/viz-diego.jws', kind: 'png', ob3: false },
    { key: 'OB 3.0 VC-JWT → SVG (JWT)', path: '/issuer/ob3/jwt/ob3-jwt-didkey-v2.jwt', kind: 'svg', ob3: true },
    { key: 'OB 3.0 Data Integrity JSON → SVG (JSON)', path: '/issuer/ob3/credentials/ob3-di-rdfc-didkey-v2.json', kind: 'svg', ob3: true },
  ];
  for (const c of cases) {
    test(`${c.key}: bake → unbake → verify`, async () => {
      const f = fetcher();
      const badge = await loadBadge(`${server.origin}${c.path}`, { fetcher: f });
      const file = await bakeBadge(badge, f);
      assert.equal(file.mediaType, c.kind === 'png' ? 'image/png' : 'image/svg+xml');
      assert.ok(file.filename.endsWith(`.${c.kind}`));
      const u = unbake(file.bytes)!;
      assert.equal(u.kind, c.kind);
      assert.equal(u.ob3, c.ob3);
      assert.equal(u.value, bakedCredentialValue(badge)!.value);
      const report = await verify(file.bytes, { fetcher: createFetcher() });
      assert.equal(report.authentic, true, JSON.stringify(report.checks));
      assert.equal(report.state, 'valid');
      assert.equal(report.badge?.name, badge.name);
    });
  }
});

describe('badge-verify snippet (CLI)', () => {
  const run = (args: string[]) => runBin(args);

  test('--email prints the same HTML as renderEmailHtml', async () => {
    const url = `${server.origin}/issuer/ob2/assertions/sql-querying-amina.json`;
    const tpl = 'https://me.example/verify.html?src={url}';
    const r = await run(['snippet', url, '--email', '--verify-url', tpl]);
    assert.equal(r.code, 0, r.stderr);
    const badge = await loadBadge(url, { fetcher: fetcher() });
    assert.equal(r.stdout, `${renderEmailHtml(badge, { verifyUrl: tpl })}\n`);
    assert.doesNotMatch(r.stdout, /<script|<link|<style/i);
  });

  test('--markdown, --embed, default --html; usage errors exit 2', async () => {
    const url = `${server.origin}/issuer/ob3/jwt/ob3-jwt-didkey-v2.jwt`;
    const md = await run(['snippet', url, '--markdown']);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^\[!\[/);
    const html = await run(['snippet', url]);
    assert.match(html.stdout, /^<a href="http:\/\/127\.0\.0\.1:\d+\/issuer\/ob3\/jwt\/ob3-jwt-didkey-v2\.jwt"/);
    const embed = await run(['snippet', url, '--embed']);
    assert.match(embed.stdout, /^<script type="module" src="https:[^"]+"><\/script>\n<badge-card src="http:\/\/127/);
    assert.equal((await run(['snippet', url, '--email', '--markdown'])).code, 2);
    assert.equal((await run(['snippet', url, '--verify-url', 'javascript:{url}'])).code, 2);
    assert.equal((await run(['snippet'])).code, 2);
    const missing = await run(['snippet', `${server.origin}/issuer/nope.json`]);
    assert.equal(missing.code, 1);
  });
});
