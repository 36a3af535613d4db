/**
 * The recipient check: match / no match / not possible, computed in the page. The typed text never
 * appears in any request the test server saw (URLs and headers), in storage, cookies, the URL, the
 * element's attributes or its rendered DOM, and the field is empty afterwards.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/badge-verify.js';
import type { BadgeVerify } from '../../src/badge-verify.js';
import { createBadgeClient, type BadgeClient } from '../../src/core/client.js';
import type { CatalogEntry } from '../../demo/issuer/types.js';

const catalog: CatalogEntry[] = await (await fetch('/issuer/catalog.json')).json();

function testClient(): BadgeClient {
  const inner = createBadgeClient({ timeoutMs: 4000 });
  const now = new Date('2027-06-01T12:00:00Z');
  return { fetcher: inner.fetcher, loadBadge: inner.loadBadge, verify: (input, opts = {}) => inner.verify(input, { ...opts, now }) };
}

async function verified(src: string): Promise<BadgeVerify> {
  const el = await fixture<BadgeVerify>(html`<badge-verify .client=${testClient()} src=${src}></badge-verify>`);
  await el.verificationComplete();
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="verdict"]'), 'verdict shown');
  return el;
}

/** Types into the recipient field by keyboard and submits with Enter; resolves with the shown result. */
async function checkRecipient(el: BadgeVerify, identity: string): Promise<string> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="recipient-input"]')!;
  input.focus();
  await sendKeys({ type: identity });
  expect(input.value).to.equal(identity);
  await sendKeys({ press: 'Enter' });
  const result = el.shadowRoot!.querySelector('[part="recipient-result"]')!;
  await waitUntil(() => ['match', 'mismatch', 'unsupported', 'not-checked', 'error'].includes(result.getAttribute('data-result') ?? ''), 'recipient result', { timeout: 10_000 });
  return result.getAttribute('data-result')!;
}

function leaks(needle: string, haystack: string): boolean {
  const lower = haystack.toLowerCase();
  return [needle, encodeURIComponent(needle), needle.split('@')[0]!].some((n) => n.length > 3 && lower.includes(n.toLowerCase()));
}

function storageText(): string {
  const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
  return [dump(localStorage), dump(sessionStorage), document.cookie, location.href, history.state ? JSON.stringify(history.state) : ''].join('\n');
}

const withRecipient = catalog.filter((e) => e.recipient && e.expect.authentic);

describe('<badge-verify> recipient check', () => {
  it('has credentials issued to a known identity', () => expect(withRecipient.length).to.be.greaterThan(2));

  for (const entry of withRecipient.filter((e, i, all) => all.findIndex((o) => o.format === e.format) === i)) {
    it(`${entry.key}: match, no match, and the typed text goes nowhere`, async function () {
      this.timeout(20_000);
      await fetch('/__requests/reset', { method: 'POST' });
      const el = await verified(entry.url);
      const identity = entry.recipient!.identity;
      const stranger = `zz-stranger-${entry.format}@nowhere.example`;

      expect(await checkRecipient(el, identity)).to.equal('match');
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="recipient-input"]')!;
      expect(input.value, 'field cleared after the check').to.equal('');
      expect(el.shadowRoot!.querySelector('[part="recipient-result"]')!.textContent).to.match(/Match/);

      expect(await checkRecipient(el, stranger)).to.equal('mismatch');
      expect(el.shadowRoot!.querySelector('[part="recipient-result"]')!.textContent).to.match(/No match/);
      expect(input.value).to.equal('');

      // nothing the server saw carries either text (URLs and headers)
      const log = (await (await fetch('/__requests')).json()) as { method: string; url: string; headers: Record<string, unknown> }[];
      expect(log.length, 'the request log is recorded').to.be.greaterThan(0);
      for (const text of [identity, stranger]) {
        expect(leaks(text, JSON.stringify(log)), `request log has ${text}`).to.equal(false);
        expect(leaks(text, storageText()), `storage/URL has ${text}`).to.equal(false);
        expect(leaks(text, el.outerHTML), 'attributes').to.equal(false);
        expect(leaks(text, el.shadowRoot!.innerHTML), 'rendered DOM').to.equal(false);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('offers no recipient match on a badge that is not verified ("not possible")', async function () {
    this.timeout(15_000);
    const unproven = catalog.filter((e) => !e.expect.authentic && e.recipient);
    expect(unproven.length).to.be.greaterThan(0);
    const el = await verified(unproven[0]!.url);
    expect(el.shadowRoot!.querySelector('[part="recipient-input"]')).to.equal(null);
    expect(text(el)).to.contain('Not possible: the badge itself is not verified');
  });
});

const text = (el: BadgeVerify) => el.shadowRoot!.textContent ?? '';
