/**
 * One human sentence per failure code: the engine's (reports, Node, the CLI) and the English of the UI
 * catalogue (`verify.codeMessages`), so both say the same. DOM-free; plain strings. Its own module so the
 * catalogue takes the table without the rest of the engine's messages.
 */
import type { VerificationCode } from '../types.js';

export const CODE_MESSAGES: Record<VerificationCode, string> = {
  'invalid-signature': 'The signature does not match the credential: it was changed after it was signed, or signed with another key.',
  'no-proof': 'The credential carries no proof, so nothing shows who issued it.',
  malformed: 'The credential is not well formed, so it cannot be checked.',
  'unsupported-proof': 'The credential uses a kind of proof this verifier does not support.',
  'unsupported-alg': 'The signature uses an algorithm that is not on the allowed list.',
  'weak-key': 'The signing key is too weak to be trusted (RSA keys must have at least 2048 bits).',
  'key-not-bound-to-issuer': 'The signing key does not belong to the issuer named in the credential.',
  'key-resolution-failed': 'The issuer’s key could not be found or read, so the signature cannot be checked.',
  'context-not-allowed': 'The credential uses a JSON-LD context this verifier does not know, so it cannot be checked safely.',
  'data-loss': 'Part of the credential is not defined by its contexts and would not be covered by the signature.',
  'claim-mismatch': 'The signed token’s claims disagree with the credential inside it.',
  'origin-not-allowed': 'The badge is hosted outside the places its issuer allows.',
  'id-mismatch': 'The document at the badge’s address describes a different badge.',
  'fetch-timeout': 'A document needed to check the badge took too long to load.',
  'fetch-too-large': 'A document needed to check the badge is too large to load.',
  'fetch-failed': 'A document needed to check the badge could not be loaded.',
  'url-blocked': 'A document needed to check the badge is at an address this verifier refuses to load.',
  'unknown-format': 'This is not a badge format this verifier recognises.',
};
