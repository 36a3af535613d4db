/**
 * The core in Node 20, through the package ROOT (no DOM in fact, not just in intent): the same cases as
 * the Chromium run, against the sample issuer served by startIssuerServer over real HTTP.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import * as root from '../src/index.js';
import { fetchCases } from '../test/core/fetch-cases.js';
import { formatCases } from '../test/core/format-cases.js';
import { issuerCases } from '../test/core/issuer-cases.js';

let server: IssuerServer;
before(async () => {
  server = await startIssuerServer({ port: 0 });
});
after(async () => {
  await server.close();
});

describe('package root in Node', () => {
  test('runs without a DOM and exports the core API', () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    assert.equal(typeof (globalThis as { customElements?: unknown }).customElements, 'undefined');
    for (const name of ['loadBadge', 'createBadgeClient', 'getDefaultClient', 'setDefaultClient', 'createFetcher', 'BadgeError', 'isBadgeError', 'verify']) {
      assert.equal(typeof (root as Record<string, unknown>)[name], 'function', name);
    }
  });

  test('loadBadge(url) from the sample issuer over HTTP, with the default client', async () => {
    const catalog = (await (await fetch(`${server.origin}/issuer/catalog.json`)).json()) as { key: string; url: string; format: string }[];
    const entry = catalog.find((e) => e.key === 'ob2-hosted-valid') ?? catalog.find((e) => e.format === 'ob2-hosted')!;
    const badge = await root.loadBadge(entry.url);
    assert.equal(badge.format, 'ob2-hosted');
    assert.equal(badge.source, entry.url);
    assert.ok(badge.name.length > 0);
    assert.equal(badge.issuer.origin, new URL(server.origin).host);
    assert.equal(root.getDefaultClient().fetcher, root.getDefaultClient().fetcher);
    const client = root.createBadgeClient();
    root.setDefaultClient(client);
    assert.equal(root.getDefaultClient(), client);
  });
});

describe('core formats (Node)', () => {
  for (const c of formatCases) test(c.name, c.fn);
});

describe('core fetcher (Node, real HTTP)', () => {
  for (const c of fetchCases('', { browser: false })) test(c.name, () => fetchCases(server.origin, { browser: false }).find((x) => x.name === c.name)!.fn());
});

describe('core over HTTP from the sample issuer (Node)', () => {
  for (const c of issuerCases('')) test(c.name, () => issuerCases(server.origin).find((x) => x.name === c.name)!.fn());
});
