/**
 * Key resolution bound to an issuer: did:key (the issuer's own DID), did:web (`assertionMethod` of the
 * issuer's DID document), https key / controller documents (controller = the issuer, listed by it).
 * Anything else → `key-not-bound-to-issuer`.
 */
import { VerifyError } from '../verify-error.js';
import type { VerifyContext } from '../context.js';
import { isDidKey, resolveDidKey } from './did-key.js';
import { assertionKeys, isDidWeb, resolveDidWeb, resolveDidWebKey } from './did-web.js';
import { httpsIssuerKeys, resolveHttpsKey } from './https-key.js';
import type { BoundKey } from './key.js';

export type { BoundKey, PublicJwk } from './key.js';
export { sameJwk, rsaBits } from './key.js';

function didOf(vm: string): string {
  return vm.split('#')[0];
}

/** Resolves verification method / kid `vm` (absolute, or relative like `#key-1`) and checks it is bound to `issuerId`. */
export async function resolveIssuerKey(vm: string, issuerId: string, ctx: VerifyContext): Promise<BoundKey> {
  if (isDidKey(issuerId)) {
    const ref = vm.startsWith('#') ? issuerId + vm : vm;
    if (didOf(ref) !== issuerId) throw new VerifyError('key-not-bound-to-issuer', 'The key is not the issuer\'s own did:key.', { key: ref, issuer: issuerId });
    return resolveDidKey(ref);
  }
  if (isDidWeb(issuerId)) {
    const ref = vm.startsWith('#') ? issuerId + vm : vm;
    if (didOf(ref) !== issuerId) throw new VerifyError('key-not-bound-to-issuer', 'The key does not belong to the issuer\'s DID.', { key: ref, issuer: issuerId });
    return resolveDidWebKey(ref, issuerId, ctx);
  }
  if (/^https?:\/\//i.test(issuerId)) return resolveHttpsKey(vm, issuerId, ctx);
  if (issuerId.startsWith('did:')) throw new VerifyError('key-resolution-failed', `Issuers identified by ${issuerId.split(':').slice(0, 2).join(':')} are not supported.`, { issuer: issuerId });
  throw new VerifyError('key-not-bound-to-issuer', 'The issuer has no identifier that a key could be bound to.', { issuer: issuerId });
}

/** Every key the issuer publishes for issuing (for a JWT without `kid`, or to match a header `jwk`). */
export async function issuerKeys(issuerId: string, ctx: VerifyContext): Promise<BoundKey[]> {
  if (isDidKey(issuerId)) return [resolveDidKey(issuerId)];
  if (isDidWeb(issuerId)) return assertionKeys(await resolveDidWeb(issuerId, ctx), issuerId);
  if (/^https?:\/\//i.test(issuerId)) return httpsIssuerKeys(issuerId, ctx);
  throw new VerifyError('key-resolution-failed', 'The issuer publishes no keys this verifier can find.', { issuer: issuerId });
}
