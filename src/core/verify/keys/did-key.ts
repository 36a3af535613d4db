/** did:key (Ed25519 multikey, 0xed01): resolved offline; bound to an issuer that is that very DID. */
import { VerifyError } from '../verify-error.js';
import { decodeEd25519Multibase, ed25519Jwk, type BoundKey } from './key.js';

export function isDidKey(s: string): boolean {
  return s.startsWith('did:key:');
}

/** Resolves `did:key:z…` or `did:key:z…#z…`; the fragment, when present, must be the key itself. */
const memo = new Map<string, BoundKey>();

export function resolveDidKey(vm: string): BoundKey {
  const hit = memo.get(vm);
  if (hit !== undefined) return hit;
  const key = resolve(vm);
  if (memo.size > 256) memo.delete(memo.keys().next().value as string);
  memo.set(vm, key);
  return key;
}

function resolve(vm: string): BoundKey {
  const [did, fragment] = vm.split('#', 2);
  const mb = did.slice('did:key:'.length);
  if (fragment !== undefined && fragment !== mb) {
    throw new VerifyError('key-resolution-failed', 'The did:key verification method does not name its own key.', { key: vm });
  }
  const raw = decodeEd25519Multibase(mb);
  return { id: `${did}#${mb}`, controller: did, jwk: ed25519Jwk(raw), ed25519: raw, boundTo: did };
}
