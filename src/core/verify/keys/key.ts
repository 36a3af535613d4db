/**
 * A public key tied to a controller, as JWK (for jose) and, for Ed25519, as raw bytes
 * (for Data Integrity). Decoding of Multikey / Ed25519VerificationKey2020 / 2018 / JWK.
 */
import { base58Decode } from '../../base58.js';
import { base64urlDecode, base64urlEncode } from '../../read-path.js';
import { VerifyError } from '../verify-error.js';
import { isObject } from '../context.js';

export interface PublicJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
  [k: string]: unknown;
}

export interface BoundKey {
  /** Verification method / key id. */
  id: string;
  /** Who controls it (a DID or the issuer's https id). */
  controller: string;
  /** The key as JWK (absent only for a PEM-only key). */
  jwk?: PublicJwk;
  /** SPKI PEM, when the key was published that way (OB 2.0 CryptographicKey, some key documents). */
  pem?: string;
  /** Raw 32-byte Ed25519 key, when it is one. */
  ed25519?: Uint8Array;
  /** What the key was bound to: the issuer's DID or https host (report.verifiedIssuer). */
  boundTo: string;
}

/** Decodes a `z…` base58btc Ed25519 multikey (multicodec 0xed 0x01) to its raw 32 bytes. */
export function decodeEd25519Multibase(mb: string): Uint8Array {
  if (typeof mb !== 'string' || !mb.startsWith('z')) throw new VerifyError('key-resolution-failed', 'The key is not a base58btc multibase value.');
  let bytes: Uint8Array;
  try {
    bytes = base58Decode(mb.slice(1));
  } catch (cause) {
    throw new VerifyError('key-resolution-failed', 'The key is not valid base58.', undefined, cause);
  }
  if (bytes.length === 34 && bytes[0] === 0xed && bytes[1] === 0x01) return bytes.slice(2);
  throw new VerifyError('key-resolution-failed', 'Only Ed25519 multikeys are supported.');
}

export function ed25519Jwk(raw: Uint8Array): PublicJwk {
  return { kty: 'OKP', crv: 'Ed25519', x: base64urlEncode(raw) };
}

function cleanJwk(jwk: Record<string, unknown>): PublicJwk {
  if (typeof jwk.kty !== 'string') throw new VerifyError('key-resolution-failed', 'The published JWK has no key type.');
  if ('d' in jwk) throw new VerifyError('key-resolution-failed', 'The published key contains private key material.');
  const out: PublicJwk = { kty: jwk.kty };
  for (const k of ['crv', 'x', 'y', 'n', 'e'] as const) if (typeof jwk[k] === 'string') out[k] = jwk[k];
  return out;
}

/** Reads a verification method object (Multikey, Ed25519VerificationKey2020/2018, JsonWebKey(2020)). */
export function keyFromMethod(vm: Record<string, unknown>, id: string, controller: string, boundTo: string): BoundKey {
  if (typeof vm.publicKeyMultibase === 'string') {
    const raw = decodeEd25519Multibase(vm.publicKeyMultibase);
    return { id, controller, jwk: ed25519Jwk(raw), ed25519: raw, boundTo };
  }
  if (isObject(vm.publicKeyJwk)) {
    const jwk = cleanJwk(vm.publicKeyJwk);
    const key: BoundKey = { id, controller, jwk, boundTo };
    if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') {
      try {
        key.ed25519 = base64urlDecode(jwk.x);
      } catch {
        throw new VerifyError('key-resolution-failed', 'The published Ed25519 JWK is not valid base64url.');
      }
    }
    return key;
  }
  if (typeof vm.publicKeyPem === 'string') {
    return { id, controller, pem: vm.publicKeyPem, boundTo };
  }
  if (typeof vm.publicKeyBase58 === 'string') {
    const raw = base58Decode(vm.publicKeyBase58);
    if (raw.length !== 32) throw new VerifyError('key-resolution-failed', 'The base58 key is not an Ed25519 key.');
    return { id, controller, jwk: ed25519Jwk(raw), ed25519: raw, boundTo };
  }
  throw new VerifyError('key-resolution-failed', 'The verification method has no public key this verifier can read.', { key: id });
}

/** Same public key (JWK members compared). */
export function sameJwk(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a.kty !== b.kty) return false;
  for (const k of ['crv', 'x', 'y', 'n', 'e']) if ((a[k] ?? undefined) !== (b[k] ?? undefined)) return false;
  return true;
}

/** Bits of an RSA modulus in a JWK (`n`). */
export function rsaBits(jwk: PublicJwk): number {
  if (typeof jwk.n !== 'string') return 0;
  let bytes: Uint8Array;
  try {
    bytes = base64urlDecode(jwk.n.replace(/=+$/, ''));
  } catch {
    return 0;
  }
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}

/** Absolute id of a verification method given relative to a document id (`#key-1`). */
export function absoluteId(ref: string, base: string): string {
  if (ref.startsWith('#')) return base.split('#')[0] + ref;
  return ref;
}
