/**
 * Real keys and real signatures for the verifier tests (jose + WebCrypto; runs in Node and Chromium).
 * Nothing here is mocked: every credential is signed with a freshly generated key.
 */
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import { base58, base64, base64urlnopad } from '@scure/base';

export interface Kp {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

export async function keyPair(alg: 'EdDSA' | 'ES256' | 'RS256' | 'PS256'): Promise<Kp> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(publicKey);
  return { privateKey, publicKey, jwk };
}

/** An RSA key of any size (jose refuses < 2048 bits, so weak keys are made with WebCrypto directly). */
export async function rsaKeyPair(bits: number): Promise<Kp> {
  const kp = (await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  const jwk = (await crypto.subtle.exportKey('jwk', kp.publicKey)) as JWK;
  return { privateKey: kp.privateKey, publicKey: kp.publicKey, jwk: { kty: jwk.kty, n: jwk.n, e: jwk.e } };
}

export async function spkiPem(kp: Kp): Promise<string> {
  const der = new Uint8Array(await crypto.subtle.exportKey('spki', kp.publicKey));
  const b64 = base64.encode(der).replace(/(.{64})/g, '$1\n');
  return `-----BEGIN PUBLIC KEY-----\n${b64.trim()}\n-----END PUBLIC KEY-----\n`;
}

/** did:key of an Ed25519 public key (multicodec 0xed01, base58btc). */
export function didKey(kp: Kp): string {
  const raw = base64urlnopad.decode(String(kp.jwk.x));
  const bytes = new Uint8Array(34);
  bytes.set([0xed, 0x01]);
  bytes.set(raw, 2);
  return `did:key:z${base58.encode(bytes)}`;
}

export function multibase(kp: Kp): string {
  return didKey(kp).slice('did:key:'.length);
}

const enc = (o: unknown): string => base64urlnopad.encode(new TextEncoder().encode(JSON.stringify(o)));

/** Signs with jose (EdDSA / ES256 / RS256 / PS256, ≥ 2048-bit RSA). */
export async function signJwt(payload: Record<string, unknown>, header: Record<string, unknown> & { alg: string }, key: CryptoKey | Uint8Array): Promise<string> {
  return new SignJWT(payload).setProtectedHeader(header as { alg: string }).sign(key);
}

/** Signs RS256 with WebCrypto directly (any RSA size). */
export async function signRs256Raw(payload: unknown, header: Record<string, unknown>, kp: Kp): Promise<string> {
  const input = `${enc(header)}.${enc(payload)}`;
  const sig = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', kp.privateKey, new TextEncoder().encode(input)));
  return `${input}.${base64urlnopad.encode(sig)}`;
}

/** Changes the payload of a compact JWS, keeping the old signature (tampering). */
export function tamper(jws: string, change: (payload: Record<string, unknown>) => void): string {
  const [h, p, s] = jws.split('.');
  const payload = JSON.parse(new TextDecoder().decode(base64urlnopad.decode(p))) as Record<string, unknown>;
  change(payload);
  return `${h}.${enc(payload)}.${s}`;
}

/** A GZIP-compressed bitstring list (`bits` set, MSB first) as multibase base64url. */
export async function encodedList(setBits: number[], sizeBytes = 16384): Promise<string> {
  const bits = new Uint8Array(sizeBytes);
  for (const i of setBits) bits[i >> 3] |= 0x80 >> (i & 7);
  const gz = new Uint8Array(await new Response(new Blob([bits]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
  return `u${base64urlnopad.encode(gz)}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(d, (x) => x.toString(16).padStart(2, '0')).join('');
}
