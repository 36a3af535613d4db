/**
 * Plain-language sentences for every state and code of the verification
 * contract. The `Record<…>` types make the compiler refuse a missing entry
 * when the contract grows. No Lit, no DOM: pure text decisions.
 */
import type { CheckOutcome, VerificationCode, VerificationReport, VerificationState } from '../../core/types.js';

/** How a verdict looks. Only `verified` is green with a check mark. */
export type VerdictTone = 'verified' | 'caution' | 'revoked' | 'invalid' | 'unknown';

export interface StateText {
  tone: VerdictTone;
  /** Short label of the icon for assistive technology (the icon itself is decorative). */
  iconLabel: string;
  /** Headline; `date` is the formatted relevant date, `reason` the status reason. */
  headline: (p: { date?: string; reason?: string; cause: string }) => string;
  /** One sentence explaining what it means. */
  explanation: string;
}

export const STATE_TEXT: Record<VerificationState, StateText> = {
  valid: {
    tone: 'verified',
    iconLabel: 'Verified',
    headline: () => 'Verified',
    explanation: 'The issuer’s signature checks out, the key belongs to the issuer and the badge is currently valid.',
  },
  expired: {
    tone: 'caution',
    iconLabel: 'Expired',
    headline: ({ date }) => (date ? `Verified — expired on ${date}` : 'Verified — expired'),
    explanation: 'The issuer really issued this badge, but it is no longer valid.',
  },
  'not-yet-valid': {
    tone: 'caution',
    iconLabel: 'Not yet valid',
    headline: ({ date }) => (date ? `Verified — not valid until ${date}` : 'Verified — not valid yet'),
    explanation: 'The issuer really issued this badge, but its validity period has not started yet.',
  },
  revoked: {
    tone: 'revoked',
    iconLabel: 'Revoked',
    headline: ({ reason }) => (reason ? `Verified — revoked (${reason})` : 'Verified — revoked'),
    explanation: 'The issuer really issued this badge, but has since withdrawn it. It should not be relied on.',
  },
  suspended: {
    tone: 'caution',
    iconLabel: 'Suspended',
    headline: () => 'Verified — suspended',
    explanation: 'The issuer really issued this badge, but has suspended it for now.',
  },
  'status-unknown': {
    tone: 'caution',
    iconLabel: 'Status unknown',
    headline: () => 'Verified — revocation status could not be checked',
    explanation: 'The signature checks out, but the issuer’s revocation list could not be read, so the badge may have been withdrawn.',
  },
  invalid: {
    tone: 'invalid',
    iconLabel: 'Not verified',
    headline: ({ cause }) => `Not verified: ${cause}`,
    explanation: 'Do not rely on this badge: it was changed, or it was not issued by whom it claims.',
  },
  unverifiable: {
    tone: 'unknown',
    iconLabel: 'Could not check',
    headline: ({ cause }) => `Could not check: ${cause}`,
    explanation: 'This does not mean the badge is fake: it could not be checked right now. Try again later, or ask the issuer.',
  },
};

/** The reason clause for each code ("Not verified: <clause>" / "Could not check: <clause>"). */
export const CODE_TEXT: Record<VerificationCode, string> = {
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
};

/** Check-level codes that are not report codes but deserve their own words. */
const EXTRA_CAUSES: Record<string, string> = {
  cors: 'the issuer’s server blocks cross-site requests',
  aborted: 'the check was cancelled',
};

export const OUTCOME_LABEL: Record<CheckOutcome, string> = {
  pass: 'Passed',
  fail: 'Failed',
  warn: 'Warning',
  skip: 'Skipped',
  unknown: 'Could not check',
};

const AUTHENTIC_STATES = new Set<VerificationState>(['valid', 'expired', 'not-yet-valid', 'revoked', 'suspended', 'status-unknown']);

/**
 * The state the UI shows. Defensive: an authentic-looking state without
 * `authentic: true` is shown as "could not check", never as verified.
 */
export function displayState(report: VerificationReport): VerificationState {
  if (report.authentic) return AUTHENTIC_STATES.has(report.state) ? report.state : 'invalid';
  return AUTHENTIC_STATES.has(report.state) ? 'unverifiable' : report.state;
}

/** The reason clause of a non-authentic report. */
export function causeOf(report: VerificationReport): string {
  if (report.code === 'fetch-failed' || report.code === undefined) {
    // a more precise check-level cause (e.g. CORS) wins over the generic one
    for (const c of report.checks) {
      if ((c.outcome === 'fail' || c.outcome === 'unknown') && typeof c.code === 'string' && Object.hasOwn(EXTRA_CAUSES, c.code)) {
        return EXTRA_CAUSES[c.code]!;
      }
    }
    const http = report.checks.find((c) => c.code === 'fetch-failed' && typeof c.details?.status === 'number');
    if (http && report.code === 'fetch-failed') return `the issuer’s server answered with an error (HTTP ${http.details!.status})`;
  }
  if (report.code) return CODE_TEXT[report.code] ?? report.code;
  return report.state === 'invalid' ? 'the badge failed a check' : 'the badge could not be checked';
}

/** Everything the headline shows, as text. */
export function verdictOf(report: VerificationReport, formatDate: (iso: string | undefined) => string) {
  const state = displayState(report);
  const text = STATE_TEXT[state];
  const badge = report.badge;
  const iso = state === 'expired' ? badge?.expires : state === 'not-yet-valid' ? badge?.issued : undefined;
  const given = report.reason ?? badge?.revoked?.reason;
  // a bare status purpose ("revocation") repeats the headline: only a real reason is shown
  const reason = given && !/^(revocation|revoked|suspension|suspended)$/i.test(given.trim()) ? given.trim() : undefined;
  // a short reason goes in the headline; a sentence goes on its own line
  const short = reason && reason.length <= 60 && !/[.!?]$/.test(reason) ? reason : undefined;
  return {
    state,
    tone: text.tone,
    iconLabel: text.iconLabel,
    headline: text.headline({ date: iso ? formatDate(iso) : undefined, reason: short, cause: causeOf(report) }),
    explanation: text.explanation,
    /** A reason too long for the headline, shown apart. */
    reason: (state === 'revoked' || state === 'suspended') && reason && !short ? reason : undefined,
  };
}
