/**
 * VC-JWT and OB 2.0 signed verification time per credential (warm, median of N), side by side with a
 * minimal correct verifier of the same token written with raw WebCrypto. Documents come from an in-memory
 * map (custom fetch), so the figures are the verifier's own cost. Goal: VC-JWT within 2× of the raw verify.
 *
 * Fairness: the raw verifier does what any correct verifier must do for each token — split it,
 * base64url-decode and JSON-parse header and payload, check the header's `alg`, decode the signature,
 * encode the signing input and verify — with a key imported once (verify() caches imported keys too).
 * The contenders run interleaved (one call of each per round), so load from other processes on the
 * machine hits them alike; the ratio is computed from medians of the same run.
 * The breakdown times the steps of verifyVcJwt with performance.now() probes in a bench-only copy
 * (below, same calls in the same order); "dispatch" is what verify() costs beyond those steps.
 */
import { base64urlnopad } from '@scure/base';
import { compactVerify, type JWK } from 'jose';
import { createFetcher, type Fetcher } from '../src/core/fetch.js';
import { verify } from '../src/core/verify/index.js';
import { decodeJws } from '../src/core/formats/jws.js';
import { credentialFromJwtPayload } from '../src/core/formats/ob3.js';
import { ReportBuilder } from '../src/core/verify/pipeline.js';
import { ob3Badge } from '../src/core/verify/badge.js';
import { claimMismatch } from '../src/core/verify/vc-jwt.js';
import { finishOb3, issuerIdOf } from '../src/core/verify/ob3.js';
import { resolveIssuerKey } from '../src/core/verify/keys/index.js';
import { importJwkCached } from '../src/core/verify/keys/import-cache.js';
import type { VerifyContext } from '../src/core/verify/context.js';
import { buildWorld, NOW } from '../test/verify/world.js';

const N = 400;
const WARM = 40;

type Fn = () => Promise<unknown>;

/** Runs the contenders interleaved (one call each per round); returns each one's per-call times in ms. */
async function rounds(fns: Fn[], n = N): Promise<number[][]> {
  for (let i = 0; i < WARM; i++) for (const fn of fns) await fn(); // warm-up (JIT, fetcher cache, imports, key cache)
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < fns.length; j++) {
      const t = performance.now();
      await fns[j]();
      times[j].push(performance.now() - t);
    }
  }
  return times;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const enc = new TextEncoder();

/** A minimal correct JWS verifier with an already imported key. Returns the parsed payload. */
async function rawVerify(jws: string, alg: string, params: AlgorithmIdentifier | EcdsaParams | RsaPssParams, key: CryptoKey): Promise<unknown> {
  const parts = jws.split('.');
  if (parts.length !== 3) throw new Error('not a compact JWS');
  const header = JSON.parse(utf8.decode(base64urlnopad.decode(parts[0]))) as { alg?: unknown };
  if (header.alg !== alg) throw new Error('unexpected alg');
  const payload: unknown = JSON.parse(utf8.decode(base64urlnopad.decode(parts[1])));
  const sig = base64urlnopad.decode(parts[2]);
  const data = enc.encode(`${parts[0]}.${parts[1]}`);
  if (!(await crypto.subtle.verify(params, key, sig as BufferSource, data as BufferSource))) throw new Error('raw verify failed');
  return payload;
}

const STEPS = ['decode', 'credential+badge', 'alg+claims', 'key lookup', 'key import (cached)', 'signature (jose)', 'dates/status/recipient', 'report'] as const;

/** Bench-only copy of verifyVcJwt (src/core/verify/vc-jwt.ts, kid path) with a probe after each step. */
async function probedVcJwt(jwt: string, fetcher: Fetcher, out: number[]): Promise<void> {
  const ctx: VerifyContext = { fetcher, now: NOW, endorsementDepth: 0, checkStatus: true, verifyNested: () => Promise.reject(new Error('no nesting in the bench')) };
  const b = new ReportBuilder();
  let t = performance.now();
  const lap = (i: number): void => {
    const now = performance.now();
    out[i] = now - t;
    t = now;
  };
  const { header, payload } = decodeJws(jwt.trim());
  lap(0);
  const credential = credentialFromJwtPayload(payload);
  b.badge = ob3Badge(credential, 'ob3-jwt', jwt, undefined);
  b.pass('format', 'This is an Open Badges 3.0 credential signed as a JWT (VC-JWT).', { format: 'ob3-jwt', source: undefined });
  lap(1);
  const alg = header.alg as string;
  b.pass('algorithm', `The algorithm ${alg} is on the allowed list.`, { alg });
  if (claimMismatch(payload as Record<string, unknown>) !== undefined) throw new Error('claims');
  b.pass('claims');
  const issuerId = issuerIdOf(b, credential);
  lap(2);
  const key = await resolveIssuerKey(header.kid as string, issuerId, ctx);
  lap(3);
  const k = await importJwkCached(key.jwk as JWK, alg);
  lap(4);
  await compactVerify(jwt, k, { algorithms: [alg] });
  b.pass('proof', `The ${alg} signature is valid.`, { alg, key: key.id });
  b.pass('key-binding', `The key is bound to the issuer ${key.boundTo}.`, { key: key.id, issuer: issuerId });
  b.authentic = true;
  lap(5);
  await finishOb3(b, credential, ctx);
  lap(6);
  const r = b.build(NOW);
  lap(7);
  if (!r.authentic || r.state !== 'valid') throw new Error('probed copy did not verify');
}

export default async function run(): Promise<void> {
  const w = await buildWorld();
  const fetcher = createFetcher({ fetch: w.fetch });
  const check = async (input: string): Promise<void> => {
    const r = await verify(input, { fetcher, now: NOW, endorsementDepth: 0 });
    if (!r.authentic || r.state !== 'valid') throw new Error(`bench credential did not verify: ${r.state} ${r.code}`);
  };
  const rows: { label: string; ours: number; jose: number; raw: number; sigOnly: number; steps?: number[] }[] = [];

  for (const [label, name, alg, params, key, vcJwt] of [
    ['VC-JWT EdDSA (did:key)', 'jwtValid', 'EdDSA', { name: 'Ed25519' }, w.keys.edA.publicKey, true],
    ['VC-JWT EdDSA (did:web)', 'jwtDidWeb', 'EdDSA', { name: 'Ed25519' }, w.keys.edWeb.publicKey, true],
    ['VC-JWT ES256 (https key doc)', 'jwtHttpsEs256', 'ES256', { name: 'ECDSA', hash: 'SHA-256' }, w.keys.es.publicKey, true],
    ['VC-JWT PS256 (https key doc)', 'jwtHttpsPs256', 'PS256', { name: 'RSA-PSS', saltLength: 32 }, w.keys.ps.publicKey, true],
    ['OB 2.0 signed RS256', 'ob2Signed', 'RS256', { name: 'RSASSA-PKCS1-v1_5' }, w.keys.rsa.publicKey, false],
  ] as const) {
    const jws = w.creds[name] as string;
    const i = jws.lastIndexOf('.');
    const data = enc.encode(jws.slice(0, i));
    const sig = base64urlnopad.decode(jws.slice(i + 1));
    const stepTimes: number[][] = STEPS.map(() => []);
    const lapOut: number[] = [];
    const fns: Fn[] = [
      () => check(jws),
      async () => {
        const { payload } = await compactVerify(jws, key, { algorithms: [alg] });
        return JSON.parse(utf8.decode(payload)) as unknown;
      },
      () => rawVerify(jws, alg, params, key),
      async () => {
        if (!(await crypto.subtle.verify(params, key, sig as BufferSource, data as BufferSource))) throw new Error('raw verify failed');
      },
    ];
    if (vcJwt) {
      fns.push(async () => {
        await probedVcJwt(jws, fetcher, lapOut);
        lapOut.forEach((v, j) => stepTimes[j].push(v));
      });
    }
    const [ours, jose, raw, sigOnly] = (await rounds(fns)).map(median);
    rows.push({ label, ours, jose, raw, sigOnly, steps: vcJwt ? stepTimes.map((xs) => median(xs.slice(WARM))) : undefined });
  }

  console.log(`warm, median of ${N} interleaved rounds, documents from an in-memory fetch (${process.version})\n`);
  console.log('| credential | verify() ms (full report) | jose compactVerify + payload parse ms | raw verifier ms (decode + parse + verify) | subtle.verify only ms | verify() / raw |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.label} | ${r.ours.toFixed(3)} | ${r.jose.toFixed(3)} | ${r.raw.toFixed(3)} | ${r.sigOnly.toFixed(3)} | ${(r.ours / r.raw).toFixed(1)}× |`);
  }
  console.log('\nWhere verify() spends its time (VC-JWT, median ms per step of a probed bench-only copy; "dispatch" = verify() − sum of steps):\n');
  console.log(`| credential | ${STEPS.join(' | ')} | dispatch |`);
  console.log(`|---|${STEPS.map(() => '---:').join('|')}|---:|`);
  for (const r of rows) {
    if (r.steps === undefined) continue;
    const sum = r.steps.reduce((a, b) => a + b, 0);
    console.log(`| ${r.label} | ${r.steps.map((s) => s.toFixed(3)).join(' | ')} | ${(r.ours - sum).toFixed(3)} |`);
  }
}
