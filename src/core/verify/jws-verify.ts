/**
 * Signature check of a compact JWS that `decodeJws` has already split and decoded. jose's `compactVerify`
 * would split and decode it all again; when every check jose makes before its WebCrypto call holds — no
 * `crit` header (so no `b64` variant), the header's `alg` is the allowed one, a public CryptoKey made for
 * exactly this algorithm (name, hash / curve) with the `verify` usage, RSA modulus ≥ 2048 bits — the
 * decoded signature is checked over the same signing input (`header.payload` segments, ASCII) with the same
 * WebCrypto parameters directly. Anything else, and every signature that does not verify, goes through
 * jose's `compactVerify`, so every rejection and its error are jose's own.
 */
import { compactVerify, type CryptoKey } from 'jose';
import type { DecodedJws } from '../formats/jws.js';

interface Params {
  /** What the key's `algorithm` must be (jose's key check). */
  key: { name: string; hash?: string; namedCurve?: string; minRsaBits?: number };
  /** The parameters of `crypto.subtle.verify`. */
  verify: { name: string; hash?: string; saltLength?: number };
}

const PARAMS: Readonly<Record<string, Params>> = {
  EdDSA: { key: { name: 'Ed25519' }, verify: { name: 'Ed25519' } },
  ES256: { key: { name: 'ECDSA', namedCurve: 'P-256' }, verify: { name: 'ECDSA', hash: 'SHA-256' } },
  RS256: { key: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', minRsaBits: 2048 }, verify: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } },
  PS256: { key: { name: 'RSA-PSS', hash: 'SHA-256', minRsaBits: 2048 }, verify: { name: 'RSA-PSS', hash: 'SHA-256', saltLength: 32 } },
};

const ascii = new TextEncoder();

function keyFits(key: CryptoKey | Uint8Array, want: Params['key']): key is CryptoKey {
  if (key instanceof Uint8Array || key.type !== 'public' || !key.usages.includes('verify')) return false;
  const a = key.algorithm as { name?: string; hash?: { name?: string }; namedCurve?: string; modulusLength?: number };
  if (a.name !== want.name) return false;
  if (want.hash !== undefined && a.hash?.name !== want.hash) return false;
  if (want.namedCurve !== undefined && a.namedCurve !== want.namedCurve) return false;
  if (want.minRsaBits !== undefined && !(typeof a.modulusLength === 'number' && a.modulusLength >= want.minRsaBits)) return false;
  return true;
}

/**
 * Verifies compact JWS `jws` (decoded as `decoded`) with `key` for algorithm `alg` (the only one allowed).
 * Resolves when the signature is valid; otherwise throws jose's error.
 */
export async function verifyCompactJws(jws: string, decoded: DecodedJws, key: CryptoKey | Uint8Array, alg: string): Promise<void> {
  const params = PARAMS[alg];
  const { header } = decoded;
  if (params !== undefined && header.alg === alg && header.crit === undefined && jws.startsWith(`${decoded.signingInput}.`) && keyFits(key, params.key)) {
    let ok = false;
    try {
      ok = await globalThis.crypto.subtle.verify(params.verify, key, decoded.signature as Uint8Array<ArrayBuffer>, ascii.encode(decoded.signingInput));
    } catch {
      ok = false;
    }
    if (ok) return;
  }
  await compactVerify(jws, key, { algorithms: [alg] });
}
