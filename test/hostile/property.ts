/**
 * Property-based tests (fast-check) for everything that parses untrusted input: arbitrary JSON,
 * JWS-like strings, PNG and SVG bytes, OB-shaped objects never throw out of verify() — they return
 * a report that keeps the contract. DOM-free; bounded runs (Node and Chromium).
 */
import fc from 'fast-check';
import { base64urlnopad } from '@scure/base';
import { bakePng, bakeSvg } from '../../src/core/baked/index.js';
import { verify } from '../../src/core/verify/index.js';
import type { VerificationReport } from '../../src/core/types.js';

const STATES = new Set(['valid', 'expired', 'not-yet-valid', 'revoked', 'suspended', 'status-unknown', 'invalid', 'unverifiable']);
const offline = (async () => new Response('{"error":"offline"}', { status: 404, headers: { 'content-type': 'application/json' } })) as typeof fetch;
const NOW = new Date('2027-06-01T00:00:00Z');

function assertReport(r: VerificationReport, input: unknown): void {
  const ok = r && typeof r === 'object' && typeof r.authentic === 'boolean' && STATES.has(r.state) && Array.isArray(r.checks) && r.checks.length > 0
    && (r.authentic ? r.code === undefined && !['invalid', 'unverifiable'].includes(r.state) : typeof r.code === 'string' && ['invalid', 'unverifiable'].includes(r.state))
    && r.checks.every((c) => typeof c.message === 'string' && c.message.length > 0);
  if (!ok) throw new Error(`contract broken for ${String(JSON.stringify(input)).slice(0, 200)}: ${JSON.stringify(r).slice(0, 400)}`);
  // nothing random is authentic
  if (r.authentic) throw new Error(`random input reported authentic: ${String(JSON.stringify(input)).slice(0, 200)}`);
}

/** verify() must resolve (never reject) with a well-formed report. */
async function check(input: unknown): Promise<void> {
  let r: VerificationReport;
  try {
    r = await verify(input as never, { fetch: offline, now: NOW });
  } catch (e) {
    throw new Error(`verify() threw for ${String(JSON.stringify(input)).slice(0, 200)}: ${String(e)}`);
  }
  assertReport(r, input);
}

const b64 = (s: string): string => base64urlnopad.encode(new TextEncoder().encode(s));
const TINY_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const SAMPLE_JWT = `${b64('{"alg":"EdDSA","kid":"did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"}')}.${b64('{"iss":"did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK","@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"],"issuer":"did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK","credentialSubject":{"achievement":{"name":"x"}}}')}.${'A'.repeat(86)}`;

const headers = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ alg: fc.constantFrom('none', 'None', 'HS256', 'EdDSA', 'ES256', 'RS256', 'PS512', '', 'eddsa'), kid: fc.option(fc.string()), jwk: fc.option(fc.object()), crit: fc.option(fc.array(fc.string())) }).map((h) => JSON.stringify(h)),
);
const payloads = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({
    iss: fc.oneof(fc.string(), fc.constant('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'), fc.webUrl()),
    vc: fc.option(fc.object()), nbf: fc.option(fc.integer()), exp: fc.option(fc.double()),
    '@context': fc.option(fc.array(fc.constantFrom('https://www.w3.org/ns/credentials/v2', 'https://w3id.org/openbadges/v2', 'https://evil.example/ctx'))),
    type: fc.option(fc.oneof(fc.string(), fc.array(fc.constantFrom('VerifiableCredential', 'OpenBadgeCredential', 'Assertion')))),
    credentialSubject: fc.option(fc.object()), badge: fc.option(fc.oneof(fc.webUrl(), fc.object())), recipient: fc.option(fc.object()),
  }).map((p) => JSON.stringify(p)),
);

/** OB-shaped objects with random values under the keys the readers look at. */
const obShaped = fc.record({
  '@context': fc.oneof(fc.constant('https://w3id.org/openbadges/v2'), fc.constant(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']), fc.jsonValue()),
  type: fc.oneof(fc.constant('Assertion'), fc.constant(['VerifiableCredential', 'OpenBadgeCredential']), fc.jsonValue()),
  id: fc.oneof(fc.webUrl(), fc.string(), fc.constant('urn:uuid:00000000-0000-4000-8000-000000000000')),
  issuer: fc.oneof(fc.string(), fc.object(), fc.record({ id: fc.oneof(fc.webUrl(), fc.string()), name: fc.jsonValue() })),
  badge: fc.oneof(fc.webUrl(), fc.object(), fc.jsonValue()),
  verification: fc.oneof(fc.record({ type: fc.constantFrom('hosted', 'signed', 'HostedBadge', 'SignedBadge', 'x') }), fc.jsonValue()),
  recipient: fc.jsonValue(),
  credentialSubject: fc.oneof(fc.object(), fc.record({ achievement: fc.object() })),
  proof: fc.oneof(fc.object(), fc.record({ type: fc.constantFrom('DataIntegrityProof', 'Ed25519Signature2020', 'BbsBlsSignature2020'), cryptosuite: fc.string(), proofValue: fc.string(), verificationMethod: fc.string() })),
  validFrom: fc.oneof(fc.date({ noInvalidDate: false }).map((d) => { try { return d.toISOString(); } catch { return 'not a date'; } }), fc.jsonValue()),
  credentialStatus: fc.jsonValue(),
}, { requiredKeys: [] });

export interface PropertyRun { name: string; run: () => Promise<void> }
const runs = (n: number) => ({ numRuns: n, endOnFailure: true });

export const propertyRuns: PropertyRun[] = [
  { name: 'arbitrary JSON values (as objects)', run: () => fc.assert(fc.asyncProperty(fc.jsonValue(), check), runs(300)) },
  { name: 'arbitrary JSON text and arbitrary strings', run: () => fc.assert(fc.asyncProperty(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string(), fc.string({ unit: 'binary' })), check), runs(300)) },
  { name: 'OB-shaped objects with random fields', run: () => fc.assert(fc.asyncProperty(obShaped, check), runs(250)) },
  {
    name: 'JWS-like strings (random header, payload, signature)',
    run: () => fc.assert(fc.asyncProperty(headers, payloads, fc.uint8Array({ maxLength: 96 }), (h, p, s) => check(`${b64(h)}.${b64(p)}.${base64urlnopad.encode(s)}`)), runs(250)),
  },
  {
    name: 'mutated compact JWTs (characters replaced, parts dropped or repeated)',
    run: () => fc.assert(fc.asyncProperty(fc.nat(SAMPLE_JWT.length - 1), fc.constantFrom('.', 'A', '-', '_', '=', ' ', '\u0000', 'é'), fc.integer({ min: 0, max: 4 }), (i, ch, mode) => {
      const parts = SAMPLE_JWT.split('.');
      const s = mode === 0 ? SAMPLE_JWT.slice(0, i) + ch + SAMPLE_JWT.slice(i + 1)
        : mode === 1 ? parts.slice(0, 2).join('.')
        : mode === 2 ? [...parts, parts[1]].join('.')
        : mode === 3 ? `${parts[0]}..${parts[2]}`
        : SAMPLE_JWT.slice(0, i);
      return check(s);
    }), runs(250)),
  },
  {
    name: 'PNG bytes: random bytes after the PNG signature, and baked PNGs with random corruption',
    run: () => fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.string(), fc.nat(), fc.integer({ min: 0, max: 255 }), async (tail, value, at, byte) => {
      const sig = TINY_PNG.slice(0, 8);
      const random = new Uint8Array(sig.length + tail.length);
      random.set(sig);
      random.set(tail, sig.length);
      await check(random);
      const baked = bakePng(TINY_PNG, value.trim() || 'x', { ob3: at % 2 === 0 });
      baked[8 + (at % (baked.length - 8))] = byte;
      await check(baked);
    }), runs(200)),
  },
  {
    name: 'SVG bytes: random markup around openbadges elements and attributes',
    run: () => fc.assert(fc.asyncProperty(fc.string(), fc.string(), fc.constantFrom('assertion', 'credential', 'evil'), async (a, b, el) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">${a}<openbadges:${el} verify="${b.replace(/"/g, '')}">${a}</openbadges:${el}></svg>`;
      await check(new TextEncoder().encode(svg));
      await check(new TextEncoder().encode(bakeSvg(`<svg xmlns="http://www.w3.org/2000/svg">${a.replace(/[<>&]/g, '')}</svg>`, b.trim() || 'x', { ob3: true })));
    }), runs(200)),
  },
  { name: 'random bytes', run: () => fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), check), runs(200)) },
];
