/**
 * The English verify strings the card's verify controls need: the verdict (state words and headlines,
 * the reason clauses) and the Verify button. `verify` (`en-verify.ts`) spreads these in, so the
 * catalogue's `verify` section keeps one shape for every language; this module only exists so the
 * card's lazy verify chunk carries these, not the dialog's sentences (bundlers split chunks by module).
 * Read them with `verdictStrings()` (`./verdict.ts`).
 */
import type { VerificationCode, VerificationState } from '../../../core/types.js';
import { every, keyed } from './keyed.js';

/** Text of one verification state (the tone and icon are not text: see `verdict-text.ts`). */
export interface StateStrings {
  /** Short label of the verdict icon for assistive technology. */
  iconLabel: string;
  /** Headline; `date` is already formatted, `reason` the status reason, `cause` the code's clause. */
  headline: (p: { date?: string; reason?: string; cause: string }) => string;
  /** One sentence explaining what it means. */
  explanation: string;
}

/** The part of `verify` shown by the card's verify mark and button (and by `<badge-verify>`). */
export const verdict = {
  states: every<VerificationState, StateStrings>({
    valid: {
      iconLabel: 'Verified',
      headline: () => 'Verified',
      explanation: 'The issuer’s signature checks out, the key belongs to the issuer and the badge is currently valid.',
    },
    expired: {
      iconLabel: 'Expired',
      headline: ({ date }) => (date ? `Verified — expired on ${date}` : 'Verified — expired'),
      explanation: 'The issuer really issued this badge, but it is no longer valid.',
    },
    'not-yet-valid': {
      iconLabel: 'Not yet valid',
      headline: ({ date }) => (date ? `Verified — not valid until ${date}` : 'Verified — not valid yet'),
      explanation: 'The issuer really issued this badge, but its validity period has not started yet.',
    },
    revoked: {
      iconLabel: 'Revoked',
      headline: ({ reason }) => (reason ? `Verified — revoked (${reason})` : 'Verified — revoked'),
      explanation: 'The issuer really issued this badge, but has since withdrawn it. It should not be relied on.',
    },
    suspended: {
      iconLabel: 'Suspended',
      headline: () => 'Verified — suspended',
      explanation: 'The issuer really issued this badge, but has suspended it for now.',
    },
    'status-unknown': {
      iconLabel: 'Status unknown',
      headline: () => 'Verified — revocation status could not be checked',
      explanation: 'The signature checks out, but the issuer’s revocation list could not be read, so the badge may have been withdrawn.',
    },
    invalid: {
      iconLabel: 'Not verified',
      headline: ({ cause }) => `Not verified: ${cause}`,
      explanation: 'Do not rely on this badge: it was changed, or it was not issued by whom it claims.',
    },
    unverifiable: {
      iconLabel: 'Could not check',
      headline: ({ cause }) => `Could not check: ${cause}`,
      explanation: 'This does not mean the badge is fake: it could not be checked right now. Try again later, or ask the issuer.',
    },
  }),
  /** The reason clause for each code ("Not verified: <clause>" / "Could not check: <clause>"). */
  codes: every<VerificationCode, string>({
    'invalid-signature': 'the signature does not match',
    'no-proof': 'it carries no signature and no hosted copy to compare with',
    malformed: 'the badge is damaged or not well formed',
    'unsupported-proof': 'it is signed with a kind of proof this verifier does not support',
    'unsupported-alg': 'it is signed with an algorithm this verifier does not accept',
    'weak-key': 'the signing key is too weak to be trusted',
    'key-not-bound-to-issuer': 'the key does not belong to the issuer',
    'key-resolution-failed': 'the issuer’s key could not be found',
    'context-not-allowed': 'it uses a vocabulary (JSON-LD context) this verifier does not trust',
    'data-loss': 'part of its content is not covered by the signature',
    'claim-mismatch': 'the signed data does not match the badge’s content',
    'origin-not-allowed': 'it is hosted at an address the issuer does not allow',
    'id-mismatch': 'the hosted copy does not match the badge’s address',
    'fetch-timeout': 'the issuer’s server did not answer',
    'fetch-too-large': 'the issuer’s server sent far too much data',
    'fetch-failed': 'the issuer’s server could not be reached',
    'url-blocked': 'it points to an address that is not allowed (only https)',
    'unknown-format': 'this is not a badge format this verifier can read',
  }),
  /** Check-level codes that are not report codes but deserve their own words. */
  extraCauses: keyed<'cors' | 'aborted'>({
    cors: 'the issuer’s server blocks cross-site requests',
    aborted: 'the check was cancelled',
  }),
  httpErrorCause: (status: string) => `the issuer’s server answered with an error (HTTP ${status})`,
  failedCause: 'the badge failed a check',
  uncheckedCause: 'the badge could not be checked',
  checking: 'Checking the badge…',
  verifyButton: 'Verify',
  /** Read after "Verify" on the card's button (visually hidden). */
  verifyThisBadge: (name: string) => ` this badge: ${name}`,
};
