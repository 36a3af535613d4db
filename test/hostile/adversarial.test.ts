/**
 * The adversarial suite in Chromium: every case through verify() (exact report), then rendered in
 * <badge-verify> and in <badge-card verify="auto">, with the invariants of invariants.ts:
 * no script runs, no disallowed URL or markup, nothing outside the host's box, no request to a refused
 * URL or carrying the recipient, "verified" only when authentic.
 */
import { expect } from '@open-wc/testing';
import '../../src/badge-card.js';
import '../../src/badge-verify.js';
import { createBadgeClient } from '../../src/core/client.js';
import { createFetcher } from '../../src/core/fetch.js';
import { verify } from '../../src/core/verify/index.js';
import type { VerificationReport } from '../../src/core/types.js';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import type { BadgeVerify } from '../../src/elements/badge-verify/badge-verify.js';
import { buildWorld, NOW, type World } from '../verify/world.js';
import { adversarialCases, type AdvEnv, type AdvExpect } from './adversarial-cases.js';
import { problems, recordingFetch, requestProblems } from './invariants.js';
import { CANARY } from './payloads.js';

const got = (r: VerificationReport): string => `${r.authentic}/${r.state}/${r.code ?? '-'}`;
const want = (e: AdvExpect): string => `${e.authentic}/${e.state}/${e.code ?? '-'}`;

async function serverLog(): Promise<{ url: string; headers: Record<string, unknown> }[]> {
  return (await (await fetch('/__requests')).json()) as { url: string; headers: Record<string, unknown> }[];
}

describe('adversarial suite in Chromium: verifier and elements together', function () {
  this.timeout(20_000);
  let world: World;
  let env: AdvEnv;
  let stage: HTMLElement;

  before(async () => {
    world = await buildWorld();
    const catalog = (await (await fetch('/issuer/catalog.json')).json()) as { key: string; path: string }[];
    env = {
      world,
      origin: location.origin,
      async doc(key) {
        const e = catalog.find((x) => x.key === key)!;
        const text = (await (await fetch(e.path)).text()).trim();
        return text.startsWith('{') ? JSON.parse(text) : text;
      },
    };
    stage = document.createElement('div');
    stage.style.cssText = 'position:relative;padding:40px;width:900px';
    document.body.append(stage);
  });
  after(() => stage.remove());

  for (const c of adversarialCases) {
    it(c.name, async () => {
      (globalThis as Record<string, unknown>)[CANARY] = undefined;
      const input = await c.input(env);
      const e = typeof c.expect === 'function' ? c.expect(env) : c.expect;
      const rec = recordingFetch(c.on === 'world' ? world.fetch : (i, init) => fetch(i, init));
      const now = c.on === 'world' ? NOW : undefined;
      if (c.on === 'issuer') await fetch('/__requests/reset', { method: 'POST' });

      // 1. the engine
      // the world is https everywhere: http is refused even though this test page is on http://localhost
      const allowHttp = c.on === 'issuer';
      const report = await verify(input as never, { fetcher: createFetcher({ fetch: rec.fetch, allowHttp }), now, recipient: c.recipient });
      expect(got(report), JSON.stringify(report.checks.filter((x) => x.outcome !== 'pass').map((x) => [x.id, x.code, x.message]))).to.equal(want(e));
      if (e.verifiedIssuer) expect(report.verifiedIssuer).to.equal(e.verifiedIssuer);
      if (c.recipient) expect(report.recipient).to.equal('match');

      // 2. <badge-verify>
      const client = createBadgeClient({ fetch: rec.fetch, allowHttp });
      const v = document.createElement('badge-verify') as BadgeVerify;
      v.client = client;
      if (now) v.now = now;
      v.credential = input as never;
      stage.append(v);
      await v.updateComplete;
      const shown = await v.verificationComplete();
      if (input === '') {
        // nothing to verify: the drop zone, no verdict
        expect(shown).to.equal(undefined);
        expect(v.shadowRoot!.querySelector('[part~="dropzone"]')).to.exist;
      } else {
        expect(shown && got(shown)).to.equal(want(e));
        const verdict = v.shadowRoot!.querySelector('[part~="verdict"]')!;
        expect(verdict, 'verdict shown').to.exist;
        expect(verdict.getAttribute('part')!.includes('verdict-verified')).to.equal(e.authentic && e.state === 'valid');
      }

      // 3. <badge-card verify="auto"> (loads the badge, then verifies it)
      const card = document.createElement('badge-card') as BadgeCard;
      card.client = client;
      if (now) card.now = now;
      card.setAttribute('verify', 'auto');
      const settled = new Promise<string>((resolve) => {
        card.addEventListener('badge-verified', () => resolve('verified'), { once: true });
        card.addEventListener('badge-error', () => resolve('error'), { once: true });
      });
      card.credential = input as never;
      stage.append(card);
      const how = input === '' ? 'empty' : await settled;
      await card.updateComplete;
      const mark = card.shadowRoot!.querySelector('[part~="verify-mark"]');
      if (how === 'empty') {
        expect(mark).to.equal(null);
      } else if (how === 'verified') {
        expect(mark, 'status mark').to.exist;
        expect(mark!.classList.contains('tone-verified')).to.equal(e.authentic && e.state === 'valid');
      } else {
        // could not even be read: an error card, never a verified mark
        expect(e.authentic).to.equal(false);
        expect(card.shadowRoot!.querySelector('[part~="error-message"]')!.textContent!.trim().length).to.be.greaterThan(10);
      }
      // open the details panel when there is one (Markdown fields)
      const details = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="details-button"]');
      if (details) {
        details.click();
        await card.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
      }

      // 4. invariants
      expect([...problems(v), ...problems(card)]).to.deep.equal([]);
      expect(requestProblems(rec.seen, c.recipient)).to.deep.equal([]);
      if (c.on === 'issuer' && c.recipient) {
        const log = await serverLog();
        expect(log.filter((r) => JSON.stringify(r).toLowerCase().includes(c.recipient!.toLowerCase()))).to.deep.equal([]);
      }
      expect((globalThis as Record<string, unknown>)[CANARY]).to.equal(undefined);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      v.remove();
      card.remove();
    });
  }
});
