/**
 * Issue 7 in Node: the adversarial suite against verify() (exact reports), fault endpoints over real
 * HTTP (named errors within their timeouts), and property-based inputs that must never throw.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { createFetcher, verify } from '../src/index.js';
import type { VerificationReport } from '../src/core/types.js';
import { buildWorld, NOW, type World } from '../test/verify/world.js';
import { adversarialCases, type AdvEnv } from '../test/hostile/adversarial-cases.js';
import { faultCases } from '../test/hostile/fault-cases.js';
import { propertyRuns } from '../test/hostile/property.js';

let world: World;
let server: IssuerServer;
let env: AdvEnv;
before(async () => {
  [world, server] = await Promise.all([buildWorld(), startIssuerServer({ port: 0 })]);
  const catalog = (await (await fetch(`${server.origin}/issuer/catalog.json`)).json()) as { key: string; path: string }[];
  env = {
    world,
    origin: server.origin,
    async doc(key) {
      const e = catalog.find((x) => x.key === key);
      if (!e) throw new Error(`no catalog entry ${key}`);
      const text = await (await fetch(`${server.origin}${e.path}`)).text();
      return text.trim().startsWith('{') ? JSON.parse(text) : text.trim();
    },
  };
});
after(async () => {
  await server.close();
});

const got = (r: VerificationReport): string => `${r.authentic}/${r.state}/${r.code ?? '-'}`;

describe('adversarial suite (Node)', () => {
  for (const c of adversarialCases) {
    test(c.name, async () => {
      const input = await c.input(env);
      const opts = c.on === 'world' ? { fetcher: createFetcher({ fetch: world.fetch, allowHttp: false }), now: NOW } : {};
      const r = await verify(input as never, { ...opts, recipient: c.recipient });
      const e = typeof c.expect === 'function' ? c.expect(env) : c.expect;
      assert.equal(got(r), `${e.authentic}/${e.state}/${e.code ?? '-'}`, JSON.stringify(r.checks.filter((x) => x.outcome !== 'pass').map((x) => [x.id, x.outcome, x.code, x.message])));
      if (e.verifiedIssuer) assert.equal(r.verifiedIssuer, e.verifiedIssuer);
      if (c.recipient) assert.equal(r.recipient, 'match');
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(({} as Record<string, unknown>).authentic, undefined);
      // the recipient is never revealed in the report's badge
      assert.equal(r.badge?.recipient?.identity, undefined);
    });
  }
});

describe('fault endpoints (Node, real HTTP)', () => {
  for (const c of faultCases) {
    test(c.name, async () => {
      await c.run(server.origin);
    });
  }
});

describe('property-based: verify() never throws (Node)', () => {
  for (const p of propertyRuns) {
    test(p.name, async () => {
      await p.run();
    });
  }
});
