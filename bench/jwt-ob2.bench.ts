/**
 * VC-JWT and OB 2.0 signed verification time per credential (warm, median of N), side by side with a raw
 * WebCrypto verify of the same token. Documents come from an in-memory map (custom fetch), so the figures
 * are the verifier's own cost. Goal: VC-JWT within 2× of the raw verify.
 */
import { base64urlnopad } from '@scure/base';
import { compactVerify } from 'jose';
import { createFetcher } from '../src/core/fetch.js';
import { verify } from '../src/core/verify/index.js';
import { buildWorld, NOW } from '../test/verify/world.js';

const N = 300;

async function median(fn: () => Promise<unknown>, n = N): Promise<number> {
  for (let i = 0; i < 20; i++) await fn(); // warm-up (JIT, fetcher cache, imports)
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function parts(jws: string): { data: Uint8Array; sig: Uint8Array } {
  const i = jws.lastIndexOf('.');
  return { data: new TextEncoder().encode(jws.slice(0, i)), sig: base64urlnopad.decode(jws.slice(i + 1)) };
}

export default async function run(): Promise<void> {
  const w = await buildWorld();
  const fetcher = createFetcher({ fetch: w.fetch });
  const rows: [string, number, number, number][] = [];
  const check = async (input: string): Promise<void> => {
    const r = await verify(input, { fetcher, now: NOW, endorsementDepth: 0 });
    if (!r.authentic || r.state !== 'valid') throw new Error(`bench credential did not verify: ${r.state} ${r.code}`);
  };

  const raw = async (label: string, jws: string, alg: AlgorithmIdentifier | EcdsaParams | RsaPssParams, key: CryptoKey): Promise<[string, number]> => {
    const { data, sig } = parts(jws);
    return [label, await median(async () => {
      if (!(await crypto.subtle.verify(alg, key, sig as BufferSource, data as BufferSource))) throw new Error('raw verify failed');
    })];
  };

  for (const [label, name, alg, key] of [
    ['VC-JWT EdDSA (did:key)', 'jwtValid', { name: 'Ed25519' }, w.keys.edA.publicKey],
    ['VC-JWT EdDSA (did:web)', 'jwtDidWeb', { name: 'Ed25519' }, w.keys.edWeb.publicKey],
    ['VC-JWT ES256 (https key doc)', 'jwtHttpsEs256', { name: 'ECDSA', hash: 'SHA-256' }, w.keys.es.publicKey],
    ['VC-JWT PS256 (https key doc)', 'jwtHttpsPs256', { name: 'RSA-PSS', saltLength: 32 }, w.keys.ps.publicKey],
    ['OB 2.0 signed RS256', 'ob2Signed', { name: 'RSASSA-PKCS1-v1_5' }, w.keys.rsa.publicKey],
  ] as const) {
    const jws = w.creds[name] as string;
    const t = await median(() => check(jws));
    const [, r] = await raw(label, jws, alg, key);
    const j = await median(() => compactVerify(jws, key));
    rows.push([label, t, j, r]);
  }

  console.log(`warm, median of ${N} runs, documents from an in-memory fetch (${process.version})\n`);
  console.log('| credential | verify() ms (full report) | jose compactVerify ms | raw WebCrypto verify ms | verify() / raw |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [label, t, j, r] of rows) console.log(`| ${label} | ${t.toFixed(3)} | ${j.toFixed(3)} | ${r.toFixed(3)} | ${(t / r).toFixed(1)}× |`);
}
