/**
 * One human sentence per check outcome and per failure code (the report is shown to people).
 * DOM-free; plain strings (the UI renders them as text).
 */
import type { CheckOutcome, VerificationCode } from '../types.js';
import { CODE_MESSAGES } from './code-messages.js';

export { CODE_MESSAGES };

/** Default messages by check id and outcome (used when a step gives none). */
const CHECK_MESSAGES: Record<string, Partial<Record<CheckOutcome, string>>> = {
  format: { pass: 'The badge format was recognised.', fail: 'The badge could not be read.' },
  fetch: { pass: 'The hosted badge was loaded from its own address.', fail: 'The hosted badge could not be loaded from its address.' },
  'hosted-id': { pass: 'The hosted copy names the same badge.', fail: 'The hosted copy names a different badge.' },
  issuer: { pass: 'The issuer profile was loaded from its own address.', fail: 'The issuer profile could not be checked.' },
  origin: { pass: 'The badge is hosted where its issuer allows.', fail: 'The badge is hosted outside the places its issuer allows.' },
  'badge-issuer': { pass: 'The badge class names the same issuer.', fail: 'The badge class names a different issuer.' },
  proof: { pass: 'The signature is valid.', fail: 'The signature could not be verified.', skip: 'There is no signature to check: a hosted badge is checked by loading it from its issuer.' },
  algorithm: { pass: 'The signature algorithm is on the allowed list.', fail: 'The signature algorithm is not allowed.' },
  'key-binding': { pass: 'The signing key belongs to the issuer.', fail: 'The signing key could not be tied to the issuer.' },
  claims: { pass: 'The token\'s claims agree with the credential.', fail: 'The token\'s claims disagree with the credential.' },
  status: {
    pass: 'The issuer\'s status list says the badge has not been revoked.',
    fail: 'The issuer has revoked the badge.',
    skip: 'The badge declares no revocation or status list.',
    unknown: 'The status list could not be checked, so it is not known whether the badge was revoked.',
  },
  issued: { pass: 'The badge was issued in the past.', fail: 'The badge is not valid yet.', skip: 'The badge gives no issue date.' },
  expiry: { pass: 'The badge has not expired.', fail: 'The badge has expired.', skip: 'The badge has no expiry date.' },
  recipient: {
    pass: 'The given identity matches the badge\'s recipient.',
    fail: 'The given identity does not match the badge\'s recipient.',
    skip: 'No identity was given to compare with the recipient.',
    unknown: 'The recipient identity could not be compared (unsupported hash).',
  },
  endorsements: { pass: 'The endorsements were checked.', skip: 'Endorsements were not checked (depth limit).', warn: 'Some endorsements could not be verified.' },
};

const OUTCOME_FALLBACK: Record<CheckOutcome, string> = {
  pass: 'This check passed.',
  fail: 'This check failed.',
  warn: 'This check passed with a warning.',
  skip: 'This check was skipped.',
  unknown: 'This check could not be completed.',
};

export function codeMessage(code: VerificationCode | string | undefined): string | undefined {
  return code !== undefined && code in CODE_MESSAGES ? CODE_MESSAGES[code as VerificationCode] : undefined;
}

/** The sentence for a check, from its id, outcome and code. */
export function checkMessage(id: string, outcome: CheckOutcome, code?: string): string {
  if (outcome === 'fail' || outcome === 'unknown') {
    const byCode = codeMessage(code);
    if (byCode !== undefined) return byCode;
  }
  return CHECK_MESSAGES[id]?.[outcome] ?? OUTCOME_FALLBACK[outcome];
}

/** Makes a safe one-line sentence from untrusted text (control / bidi characters removed, length capped). */
export function clean(text: string, max = 300): string {
  const s = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
