/**
 * Imported public keys, memoized by algorithm + key material (public data only, bounded): a wall of badges
 * from one issuer imports its key once, and a warm VC-JWT verify costs little more than the signature check.
 */
import { importJWK, importSPKI, type JWK, type CryptoKey } from 'jose';

const MAX = 256;
const cache = new Map<string, Promise<CryptoKey | Uint8Array>>();

function memo(key: string, make: () => Promise<CryptoKey | Uint8Array>): Promise<CryptoKey | Uint8Array> {
  let p = cache.get(key);
  if (p === undefined) {
    p = make();
    p.catch(() => cache.delete(key));
    cache.set(key, p);
    if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
  }
  return p;
}

export function importJwkCached(jwk: JWK, alg: string): Promise<CryptoKey | Uint8Array> {
  const id = `jwk|${alg}|${jwk.kty}|${jwk.crv ?? ''}|${jwk.x ?? ''}|${jwk.y ?? ''}|${jwk.n ?? ''}|${jwk.e ?? ''}`;
  return memo(id, () => importJWK(jwk, alg));
}

export function importSpkiCached(pem: string, alg: string): Promise<CryptoKey> {
  return memo(`spki|${alg}|${pem}`, () => importSPKI(pem, alg)) as Promise<CryptoKey>;
}
