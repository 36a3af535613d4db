/**
 * The adversarial suite (issue 7): forged, stripped, confused and poisoned credentials, each with the
 * exact expected report. DOM-free: run by Node (test-node/hostile.node.test.ts) and by Chromium
 * (test/hostile/adversarial.test.ts, which also renders every case in the elements and checks the
 * invariants). Credentials are made here with real keys (jose / WebCrypto) on top of the offline
 * world of test/verify/world.ts, or fetched from the sample issuer over real HTTP and then altered.
 */
import { base64urlnopad } from '@scure/base';
import { bakePng, bakeSvg } from '../../src/core/baked/index.js';
import { itxtChunk, readChunks, writeChunks } from '../../src/core/baked/png.js';
import type { VerificationCode, VerificationState } from '../../src/core/types.js';
import { didKey, signJwt, signRs256Raw, spkiPem, tamper, keyPair } from '../verify/crypto-kit.js';
import { NOW, O, vc2, type World } from '../verify/world.js';
import { xssCredential } from './payloads.js';

export interface AdvEnv {
  world: World;
  /** The sample issuer's origin (real HTTP). */
  origin: string;
  /** A catalog credential's document (parsed JSON or JWT text). */
  doc(key: string): Promise<unknown>;
}

export interface AdvExpect { authentic: boolean; state: VerificationState; code?: VerificationCode; verifiedIssuer?: string }

export interface AdvCase {
  name: string;
  /** `world`: offline documents + NOW; `issuer`: real HTTP to the sample issuer. */
  on: 'world' | 'issuer';
  input: (env: AdvEnv) => unknown | Promise<unknown>;
  expect: AdvExpect | ((env: AdvEnv) => AdvExpect);
  /** An identity checked against the recipient (must never leave the machine). */
  recipient?: string;
}

export { NOW };

const enc = (o: unknown): string => base64urlnopad.encode(new TextEncoder().encode(JSON.stringify(o)));
const secs = (iso: string): number => Math.floor(Date.parse(iso) / 1000);
const claims = (c: Record<string, unknown>): Record<string, unknown> => ({ ...c, iss: (c.issuer as { id: string }).id, jti: c.id, nbf: secs(String(c.validFrom)) });
const kidOf = (did: string): string => `${did}#${did.slice(8)}`;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const obj = async (env: AdvEnv, key: string): Promise<Record<string, unknown>> => clone((await env.doc(key)) as Record<string, unknown>);

const valid: AdvExpect = { authentic: true, state: 'valid' };
const bad = (code: VerificationCode): AdvExpect => ({ authentic: false, state: 'invalid', code });
const unv = (code: VerificationCode): AdvExpect => ({ authentic: false, state: 'unverifiable', code });

/** A JWT with an arbitrary header and an unchecked signature. */
const rawJwt = (header: Record<string, unknown>, payload: unknown, sig = ''): string => `${enc(header)}.${enc(payload)}.${sig}`;

async function hmac(input: string, secret: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return base64urlnopad.encode(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input))));
}

/** HS256 "signed" with the issuer's PUBLIC key as the HMAC secret (the classic algorithm-confusion forgery). */
async function hs256WithPublicKey(payload: unknown, publicKey: Uint8Array | string, header: Record<string, unknown> = {}): Promise<string> {
  const input = `${enc({ alg: 'HS256', ...header })}.${enc(payload)}`;
  const secret = typeof publicKey === 'string' ? new TextEncoder().encode(publicKey) : publicKey;
  return `${input}.${await hmac(input, secret)}`;
}

const ob2Assertion = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id,
  recipient: { type: 'email', hashed: true, identity: 'sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6' },
  badge: `${O}/ob2/badge.json`, verification: { type: 'SignedBadge', creator: `${O}/ob2/key.json` }, issuedOn: '2025-01-01T00:00:00Z', ...extra,
});

const TINY_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

export const adversarialCases: AdvCase[] = [
  /* ---------------------------------------------------------------- algorithm confusion */
  { name: 'alg: none, no signature', on: 'world', input: ({ world: w }) => rawJwt({ alg: 'none', typ: 'JWT' }, claims(vc2(w.didA))), expect: bad('unsupported-alg') },
  { name: 'alg: "None" (case trick), no signature', on: 'world', input: ({ world: w }) => rawJwt({ alg: 'None' }, claims(vc2(w.didA))), expect: bad('unsupported-alg') },
  { name: 'alg: none with a kid of the issuer', on: 'world', input: ({ world: w }) => rawJwt({ alg: 'none', kid: kidOf(w.didA) }, claims(vc2(w.didA)), 'AAAA'), expect: bad('unsupported-alg') },
  {
    name: 'HS256 signed with the issuer’s public Ed25519 key as the secret',
    on: 'world',
    input: ({ world: w }) => hs256WithPublicKey(claims(vc2(w.didA)), base64urlnopad.decode(String(w.keys.edA.jwk.x)), { kid: kidOf(w.didA) }),
    expect: bad('unsupported-alg'),
  },
  {
    name: 'OB 2.0 HS256 signed with the issuer’s published PEM as the secret',
    on: 'world',
    input: async ({ world: w }) => hs256WithPublicKey(ob2Assertion('urn:uuid:a0000000-0000-4000-8000-000000000001'), await spkiPem(w.keys.rsa)),
    expect: bad('unsupported-alg'),
  },
  { name: 'OB 2.0 alg: none', on: 'world', input: () => rawJwt({ alg: 'none' }, ob2Assertion('urn:uuid:a0000000-0000-4000-8000-000000000002')), expect: bad('unsupported-alg') },
  { name: 'RS256 header on an Ed25519 issuer (alg/key mismatch)', on: 'world', input: async ({ world: w }) => signJwt(claims(vc2(w.didA)), { alg: 'RS256', kid: kidOf(w.didA) }, w.keys.rsaOther.privateKey), expect: bad('invalid-signature') },

  /* ---------------------------------------------------------------- attacker-supplied keys */
  { name: 'attacker jwk in the header (self-signed)', on: 'world', input: ({ world: w }) => w.creds.jwtHeaderJwkForeign, expect: bad('key-not-bound-to-issuer') },
  {
    name: 'attacker jku / x5u headers are ignored: the issuer’s key does not verify the attacker’s signature',
    on: 'world',
    input: ({ world: w }) => signJwt(claims(vc2(w.didA)), { alg: 'EdDSA', jku: 'https://evil.example/jwks.json', x5u: 'https://evil.example/cert.pem' }, w.keys.edB.privateKey),
    expect: bad('invalid-signature'),
  },
  { name: 'attacker kid: another did:key', on: 'world', input: ({ world: w }) => w.creds.jwtWrongDidKey, expect: bad('key-not-bound-to-issuer') },
  { name: 'attacker kid: an https key document on another origin', on: 'world', input: ({ world: w }) => w.creds.jwtHttpsOtherOrigin, expect: bad('key-not-bound-to-issuer') },
  {
    name: 'attacker kid: the issuer’s DID with a fragment that is not its key',
    on: 'world',
    input: ({ world: w }) => signJwt(claims(vc2(w.didA)), { alg: 'EdDSA', kid: `${w.didA}#../../${w.didB.slice(8)}` }, w.keys.edB.privateKey),
    expect: unv('key-resolution-failed'),
  },
  { name: 'key document controlled by another controller', on: 'world', input: ({ world: w }) => w.creds.jwtHttpsForeignController, expect: bad('key-not-bound-to-issuer') },
  { name: 'key the https issuer does not list', on: 'world', input: ({ world: w }) => w.creds.jwtHttpsUnlisted, expect: bad('key-not-bound-to-issuer') },
  { name: 'did:web key listed under authentication only', on: 'world', input: ({ world: w }) => w.creds.jwtDidWebNotAssertion, expect: bad('key-not-bound-to-issuer') },
  { name: 'did:web document whose id names another DID', on: 'world', input: ({ world: w }) => w.creds.jwtDidWebBadDoc, expect: unv('key-resolution-failed') },
  { name: 'OB 2.0 signed by a key from an embedded issuer copy', on: 'world', input: ({ world: w }) => w.creds.ob2SignedEmbeddedIssuerKey, expect: bad('key-not-bound-to-issuer') },
  { name: 'OB 2.0 signed with a listed key owned by another issuer', on: 'world', input: ({ world: w }) => w.creds.ob2SignedKeyOwnedByOther, expect: bad('key-not-bound-to-issuer') },
  { name: 'Data Integrity proof by a rogue key', on: 'issuer', input: ({ doc }) => doc('broken-di-rogue-key'), expect: bad('key-not-bound-to-issuer') },
  {
    name: 'an attacker’s own did:key issuing under the victim’s name: authentic, but bound only to the attacker’s DID',
    on: 'world',
    input: async ({ world: w }) => {
      const c = vc2(w.didB, { issuer: { id: w.didB, type: ['Profile'], name: 'Issuer Example University (official)' } });
      return signJwt(claims(c), { alg: 'EdDSA', kid: kidOf(w.didB) }, w.keys.edB.privateKey);
    },
    expect: ({ world: w }) => ({ ...valid, verifiedIssuer: w.didB }),
  },

  /* ---------------------------------------------------------------- tampered fields */
  { name: 'tampered name (VC-JWT)', on: 'world', input: ({ world: w }) => w.creds.jwtTampered, expect: bad('invalid-signature') },
  { name: 'tampered validUntil pushed into the future (VC-JWT)', on: 'world', input: ({ world: w }) => tamper(w.creds.jwtExpired as string, (p) => { p.validUntil = '2099-01-01T00:00:00Z'; }), expect: bad('claim-mismatch') },
  { name: 'tampered issuer id (VC-JWT, iss unchanged)', on: 'world', input: ({ world: w }) => tamper(w.creds.jwtValid as string, (p) => { (p.issuer as Record<string, unknown>).id = w.didB; }), expect: bad('claim-mismatch') },
  { name: 'tampered issuedOn (OB 2.0 signed)', on: 'world', input: ({ world: w }) => w.creds.ob2SignedTampered, expect: bad('invalid-signature') },
  { name: 'tampered Data Integrity credential (sample issuer)', on: 'issuer', input: ({ doc }) => doc('broken-di-tampered'), expect: bad('invalid-signature') },
  {
    name: 'Data Integrity: achievement name changed after signing',
    on: 'issuer',
    input: async (env) => {
      const c = await obj(env, 'ob3-di-rdfc-didkey-v2');
      ((c.credentialSubject as Record<string, unknown>).achievement as Record<string, unknown>).name = 'Chief Security Officer';
      return c;
    },
    expect: bad('invalid-signature'),
  },
  {
    name: 'Data Integrity (JCS): validFrom changed after signing',
    on: 'issuer',
    input: async (env) => {
      const c = await obj(env, 'ob3-di-jcs-didkey');
      c.validFrom = '2020-01-01T00:00:00Z';
      return c;
    },
    expect: bad('invalid-signature'),
  },

  /* ---------------------------------------------------------------- stripped or garbage proofs */
  {
    name: 'Data Integrity proof stripped',
    on: 'issuer',
    input: async (env) => {
      const c = await obj(env, 'ob3-di-rdfc-didweb-v2');
      delete c.proof;
      return c;
    },
    expect: unv('no-proof'),
  },
  {
    name: 'Data Integrity proofValue replaced by garbage',
    on: 'issuer',
    input: async (env) => {
      const c = await obj(env, 'ob3-di-rdfc-didkey-v2');
      (c.proof as Record<string, unknown>).proofValue = 'z' + '1'.repeat(86);
      return c;
    },
    expect: bad('invalid-signature'),
  },
  {
    name: 'Data Integrity proofValue not multibase',
    on: 'issuer',
    input: async (env) => {
      const c = await obj(env, 'ob3-di-rdfc-didkey-v2');
      (c.proof as Record<string, unknown>).proofValue = '<script>alert(1)</script>';
      return c;
    },
    expect: bad('malformed'),
  },
  {
    name: 'Data Integrity proof with an unknown cryptosuite',
    on: 'issuer',
    input: async (env) => {
      const c = await obj(env, 'ob3-di-rdfc-didkey-v2');
      (c.proof as Record<string, unknown>).cryptosuite = 'ecdsa-evil-2099';
      return c;
    },
    expect: unv('unsupported-proof'),
  },
  { name: 'BBS proof (unsupported)', on: 'issuer', input: ({ doc }) => doc('broken-di-bbs'), expect: unv('unsupported-proof') },
  { name: 'VC-JWT signature replaced by random bytes', on: 'world', input: ({ world: w }) => `${(w.creds.jwtValid as string).split('.').slice(0, 2).join('.')}.${base64urlnopad.encode(crypto.getRandomValues(new Uint8Array(64)))}`, expect: bad('invalid-signature') },
  { name: 'VC-JWT signature stripped (empty third part)', on: 'world', input: ({ world: w }) => `${(w.creds.jwtValid as string).split('.').slice(0, 2).join('.')}.`, expect: bad('invalid-signature') },
  { name: 'OB 2.0 signed: signature of another assertion spliced in', on: 'world', input: ({ world: w }) => `${(w.creds.ob2Signed as string).split('.').slice(0, 2).join('.')}.${(w.creds.ob2SignedExpired as string).split('.')[2]}`, expect: bad('invalid-signature') },
  { name: 'VC-JWT with a non-JSON payload', on: 'world', input: () => `${enc({ alg: 'EdDSA' })}.${base64urlnopad.encode(new TextEncoder().encode('not json {'))}.AAAA`, expect: bad('malformed') },

  /* ---------------------------------------------------------------- JSON-LD: contexts and terms */
  { name: 'unknown JSON-LD context', on: 'issuer', input: ({ doc }) => doc('broken-di-unknown-context'), expect: bad('context-not-allowed') },
  {
    name: 'an attacker context URL added to a signed credential',
    on: 'issuer',
    input: async (env) => {
      const c = await obj(env, 'ob3-di-rdfc-didkey-v2');
      (c['@context'] as unknown[]).push('https://evil.example/context.jsonld');
      return c;
    },
    expect: bad('context-not-allowed'),
  },
  { name: 'an undefined term (dropped by JSON-LD, so unsigned)', on: 'issuer', input: ({ doc }) => doc('broken-di-data-loss'), expect: bad('data-loss') },
  {
    name: 'an inline @context that redefines a term',
    on: 'issuer',
    input: async (env) => {
      const c = await obj(env, 'ob3-di-rdfc-didkey-v2');
      (c['@context'] as unknown[]).push({ name: 'https://evil.example/name' });
      return c;
    },
    expect: bad('malformed'),
  },

  /* ---------------------------------------------------------------- claim mismatches */
  { name: 'VC-JWT iss disagrees with issuer', on: 'world', input: ({ world: w }) => w.creds.jwtIssMismatch, expect: bad('claim-mismatch') },
  { name: 'VC-JWT exp disagrees with validUntil', on: 'world', input: ({ world: w }) => w.creds.jwtExpMismatch, expect: bad('claim-mismatch') },
  { name: 'VC-JWT jti disagrees with id', on: 'world', input: ({ world: w }) => signJwt({ ...claims(vc2(w.didA)), jti: 'urn:uuid:ffffffff-0000-4000-8000-000000000000' }, { alg: 'EdDSA', kid: kidOf(w.didA) }, w.keys.edA.privateKey), expect: bad('claim-mismatch') },
  { name: 'VC-JWT nbf disagrees with validFrom', on: 'world', input: ({ world: w }) => signJwt({ ...claims(vc2(w.didA)), nbf: secs('2020-01-01T00:00:00Z') }, { alg: 'EdDSA', kid: kidOf(w.didA) }, w.keys.edA.privateKey), expect: bad('claim-mismatch') },
  { name: 'VC-JWT iss mismatch (sample issuer)', on: 'issuer', input: ({ doc }) => doc('broken-jwt-iss-mismatch'), expect: bad('claim-mismatch') },

  /* ---------------------------------------------------------------- hosted assertions and origins */
  { name: 'OB 2.0 hosted off the issuer’s origin', on: 'issuer', input: ({ doc }) => doc('broken-ob2-foreign-origin'), expect: bad('origin-not-allowed') },
  { name: 'startsWith trick: issuer.example.evil.com', on: 'world', input: ({ world: w }) => w.creds.ob2EvilOrigin, expect: bad('origin-not-allowed') },
  { name: 'startsWith scope not satisfied', on: 'world', input: ({ world: w }) => w.creds.ob2ScopedOut, expect: bad('origin-not-allowed') },
  { name: 'allowedOrigins excludes the issuer’s own origin', on: 'world', input: ({ world: w }) => w.creds.ob2AllowedOwnOriginNotListed, expect: bad('origin-not-allowed') },
  { name: 'hosted document naming another id', on: 'world', input: ({ world: w }) => w.creds.ob2IdMismatch, expect: bad('id-mismatch') },
  { name: 'issuer profile naming another id', on: 'world', input: ({ world: w }) => w.creds.ob2IssuerLiar, expect: bad('id-mismatch') },
  { name: 'pasted OB 2.0 copy with better dates: the hosted copy wins', on: 'world', input: ({ world: w }) => w.creds.ob2PastedTampered, expect: valid },
  { name: 'assertion id with user:password@ (URL trick)', on: 'world', input: () => ({ ...ob2Assertion('https://issuer.example@evil.example/a.json'), verification: { type: 'hosted' } }), expect: unv('url-blocked') },
  { name: 'assertion id over plain http on a public host', on: 'world', input: () => ({ ...ob2Assertion('http://issuer.example/ob2/a/valid.json'), verification: { type: 'hosted' } }), expect: unv('url-blocked') },
  { name: 'BadgeClass IRI with javascript: (sample issuer)', on: 'issuer', input: ({ doc }) => doc('broken-ob2-badge-javascript'), expect: unv('url-blocked') },
  { name: 'BadgeClass IRI with ftp: (sample issuer)', on: 'issuer', input: ({ doc }) => doc('broken-ob2-badge-ftp'), expect: unv('url-blocked') },

  /* ---------------------------------------------------------------- baked images */
  {
    name: 'baked PNG with two badge chunks (a second, forged assertion)',
    on: 'world',
    input: ({ world: w }) => {
      const chunks = readChunks(bakePng(TINY_PNG, w.creds.jwtValid as string, { ob3: true }));
      chunks.splice(chunks.length - 1, 0, itxtChunk('openbadgecredential', w.creds.jwtHeaderJwkForeign as string));
      return writeChunks(chunks);
    },
    expect: bad('malformed'),
  },
  {
    name: 'baked SVG with two assertions',
    on: 'world',
    input: ({ world: w }) => {
      const svg = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>', w.creds.jwtValid as string, { ob3: true });
      return new TextEncoder().encode(svg.replace('</svg>', `<openbadges:credential><![CDATA[${w.creds.jwtWrongDidKey as string}]]></openbadges:credential></svg>`));
    },
    expect: bad('malformed'),
  },
  { name: 'baked PNG carrying a forged (tampered) credential', on: 'world', input: ({ world: w }) => bakePng(TINY_PNG, w.creds.jwtTampered as string, { ob3: true }), expect: bad('invalid-signature') },

  /* ---------------------------------------------------------------- XSS payloads in a validly signed credential */
  {
    name: 'XSS in every text and URL field, validly signed by the issuer: authentic (the text is data, never markup)',
    on: 'world',
    input: ({ world: w }) => {
      const c = xssCredential();
      c.issuer = { ...(c.issuer as Record<string, unknown>), id: w.didA };
      c.id = 'urn:uuid:5c7e0f4a-3b2d-4c1e-8f9a-0d1e2f3a4b5c';
      delete c.endorsement;
      return signJwt(claims(c), { alg: 'EdDSA', kid: kidOf(w.didA) }, w.keys.edA.privateKey);
    },
    expect: ({ world: w }) => ({ ...valid, verifiedIssuer: w.didA }),
  },
  {
    name: 'XSS payloads in an unsigned credential: readable, not authentic',
    on: 'world',
    input: () => xssCredential(),
    expect: unv('no-proof'),
  },

  /* ---------------------------------------------------------------- recipients */
  {
    name: 'plaintext e-mail recipient (OB 3.0, hashed: false) is checked locally',
    on: 'world',
    recipient: 'learner@example.org',
    input: ({ world: w }) => {
      const c = vc2(w.didA);
      (c.credentialSubject as Record<string, unknown>).identifier = [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: false, identityHash: 'learner@example.org' }];
      return signJwt(claims(c), { alg: 'EdDSA', kid: kidOf(w.didA) }, w.keys.edA.privateKey);
    },
    expect: valid,
  },
  {
    name: 'plaintext e-mail recipient (OB 2.0 hosted, hashed: false)',
    on: 'world',
    recipient: 'learner@example.org',
    input: ({ world: w }) => {
      const a = { ...ob2Assertion(`${O}/ob2/a/plain.json`), recipient: { type: 'email', hashed: false, identity: 'learner@example.org' }, verification: { type: 'hosted' }, badge: `${O}/ob2/badge.json` };
      w.docs.set(`${O}/ob2/a/plain.json`, { body: JSON.stringify(a) });
      return a;
    },
    expect: valid,
  },

  /* ---------------------------------------------------------------- junk inputs */
  { name: 'deeply nested JSON (100 000 levels)', on: 'world', input: () => '['.repeat(100_000) + ']'.repeat(100_000), expect: unv('unknown-format') },
  { name: '__proto__ / constructor.prototype keys: no pollution, not authentic', on: 'world', input: () => JSON.parse('{"__proto__":{"authentic":true,"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"@context":"https://w3id.org/openbadges/v2","type":"Assertion"}') as unknown, expect: unv('no-proof') },
  { name: 'a JSON number', on: 'world', input: () => '42', expect: unv('unknown-format') },
  { name: 'an empty string', on: 'world', input: () => '', expect: unv('unknown-format') },
  { name: 'random bytes', on: 'world', input: () => crypto.getRandomValues(new Uint8Array(512)), expect: unv('unknown-format') },
  { name: 'a 2 MB string of dots', on: 'world', input: () => '.'.repeat(2 * 1024 * 1024), expect: unv('unknown-format') },
];

/** Extra keys made for the suite (beyond the world's). */
export async function extraKeys(): Promise<{ did: string }> {
  const kp = await keyPair('EdDSA');
  return { did: didKey(kp) };
}

export { signRs256Raw };
