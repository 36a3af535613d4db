import type { VerificationCode } from '../../types.js';

/** A public key the resolver found for a verification method and bound to the issuer. */
export interface ResolvedKey {
  id: string;
  controller: string;
  /** Raw 32-byte Ed25519 public key. */
  publicKey: Uint8Array;
}

/** Throws VerifyError (`key-resolution-failed` | `key-not-bound-to-issuer`); the code is passed through. */
export type KeyResolver = (verificationMethod: string) => Promise<ResolvedKey>;

export interface ProofCheck {
  outcome: 'pass' | 'fail';
  code?: VerificationCode;
  message: string;
  details: Record<string, string | number | boolean | undefined>;
}

export interface DataIntegrityOptions {
  /** Clock for the proofs' `expires` (default: now). */
  now?: Date;
  /**
   * Extra JSON-LD contexts the application trusts, by URL (e.g. its own
   * extension context). Added to the bundled ones; still never fetched.
   */
  contexts?: Readonly<Record<string, unknown>>;
}
