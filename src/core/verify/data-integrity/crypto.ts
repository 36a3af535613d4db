/** WebCrypto helpers (Node 20 and Chromium): SHA-256, Ed25519 verify, multibase base58btc. */
import { base58Decode } from '../../base58.js';
import { VerifyError } from '../verify-error.js';

const enc = new TextEncoder();

export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', enc.encode(text)));
}

/** Decodes a multibase base58btc (`z…`) value. */
export function decodeMultibase(value: unknown): Uint8Array {
  if (typeof value !== 'string' || !value.startsWith('z')) {
    throw new VerifyError('malformed', 'The proof value is not multibase base58btc (it must start with "z").');
  }
  try {
    return base58Decode(value.slice(1));
  } catch (e) {
    throw new VerifyError('malformed', 'The proof value is not valid base58btc.', undefined, e);
  }
}

/** CryptoKey without needing the DOM lib (the core type-checks with ES2022 + node only). */
type Key = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;
const keyCache = new Map<string, Promise<Key>>();

function importEd25519(raw: Uint8Array): Promise<Key> {
  const id = Array.from(raw, (b) => b.toString(16).padStart(2, '0')).join('');
  let key = keyCache.get(id);
  if (!key) {
    key = globalThis.crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
    key.catch(() => keyCache.delete(id));
    if (keyCache.size > 256) keyCache.clear();
    keyCache.set(id, key);
  }
  return key;
}

export async function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (publicKey.length !== 32) throw new VerifyError('malformed', `An Ed25519 public key has 32 bytes, not ${publicKey.length}.`);
  if (signature.length !== 64) return false;
  let key: Key;
  try {
    key = await importEd25519(publicKey);
  } catch (e) {
    throw new VerifyError('malformed', 'The Ed25519 public key could not be imported.', undefined, e);
  }
  return globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, signature as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
