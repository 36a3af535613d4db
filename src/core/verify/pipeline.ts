/**
 * The report builder: ordered checks, the first failure's code, authentic states and their precedence
 * (revoked > suspended > expired > not-yet-valid > status-unknown > valid).
 */
import type { Badge, CheckOutcome, RecipientResult, VerificationCheck, VerificationCode, VerificationReport, VerificationState } from '../types.js';
import { isBadgeError } from '../read-path.js';
import { isTrustedIssuer, type TrustedIssuers } from './trust.js';
import { isVerifyError } from './verify-error.js';
import { checkMessage, clean } from './messages.js';

export type AuthenticState = 'revoked' | 'suspended' | 'expired' | 'not-yet-valid' | 'status-unknown';
export const PRECEDENCE: readonly AuthenticState[] = ['revoked', 'suspended', 'expired', 'not-yet-valid', 'status-unknown'];

/**
 * Codes that mean "could not be checked" (state `unverifiable`): nothing to check (no proof, a format or
 * proof type this verifier does not read) or a document that could not be obtained. Every other code means
 * the credential was checked and found wrong (`invalid`).
 */
export const UNVERIFIABLE_CODES: ReadonlySet<VerificationCode> = new Set<VerificationCode>([
  'no-proof',
  'unknown-format',
  'fetch-timeout',
  'fetch-too-large',
  'fetch-failed',
  'url-blocked',
  'key-resolution-failed',
  'unsupported-proof',
]);

export type Details = Record<string, string | number | boolean | undefined>;

/** Thrown by `step()` after the failure was recorded: stops the pipeline. */
export class Halt extends Error {
  override readonly name = 'Halt';
}

export class ReportBuilder {
  readonly checks: VerificationCheck[] = [];
  readonly states = new Set<AuthenticState>();
  failure?: VerificationCode;
  authentic = false;
  badge?: Badge;
  verifiedIssuer?: string;
  /**
   * The full identity the checks proved, for the trusted-issuers list: the issuer's DID or https id
   * (profile fetched from its own id, or key bound to it); only an origin for OB 1.x and a 410 answer.
   */
  verifiedIssuerId?: string;
  issuerTrusted?: boolean;
  reason?: string;
  recipient: RecipientResult = 'not-checked';
  endorsements?: VerificationReport[];

  add(id: string, outcome: CheckOutcome, opts: { code?: VerificationCode | string; message?: string; details?: Details } = {}): void {
    const check: VerificationCheck = { id, outcome, message: opts.message ?? checkMessage(id, outcome, opts.code) };
    if (opts.code !== undefined) check.code = opts.code;
    if (opts.details !== undefined) {
      const d: Details = {};
      for (const [k, v] of Object.entries(opts.details)) if (v !== undefined) d[k] = typeof v === 'string' ? clean(v, 500) : v;
      if (Object.keys(d).length > 0) check.details = d;
    }
    this.checks.push(check);
  }

  pass(id: string, message?: string, details?: Details): void {
    this.add(id, 'pass', { message, details });
  }

  /** Records a failing check; the first failure gives the report's code. */
  fail(id: string, code: VerificationCode, message?: string, details?: Details): void {
    this.add(id, 'fail', { code, message, details });
    this.failure ??= code;
  }

  /** Records a failure and stops the pipeline. */
  halt(id: string, code: VerificationCode, message?: string, details?: Details): never {
    this.fail(id, code, message, details);
    throw new Halt(code);
  }

  flag(state: AuthenticState): void {
    this.states.add(state);
  }

  build(now: Date): VerificationReport {
    const report: VerificationReport = {
      authentic: false,
      state: 'unverifiable',
      recipient: this.recipient,
      checks: this.checks,
      checkedAt: now.toISOString(),
    };
    if (this.failure !== undefined || !this.authentic) {
      const code = this.failure ?? 'malformed';
      report.code = code;
      report.state = UNVERIFIABLE_CODES.has(code) ? 'unverifiable' : 'invalid';
    } else {
      report.authentic = true;
      report.state = (PRECEDENCE.find((s) => this.states.has(s)) ?? 'valid') as VerificationState;
      if (this.verifiedIssuer !== undefined) report.verifiedIssuer = this.verifiedIssuer;
      if (this.reason !== undefined && (report.state === 'revoked' || report.state === 'suspended')) report.reason = this.reason;
    }
    if (this.issuerTrusted !== undefined) report.issuerTrusted = this.issuerTrusted && report.authentic;
    if (this.badge !== undefined) report.badge = this.badge;
    if (this.endorsements !== undefined && this.endorsements.length > 0) report.endorsements = this.endorsements;
    return report;
  }
}

/** Checks that establish what the badge is and who issued it; `issuer-trusted` is placed right after them. */
const IDENTITY_CHECKS = new Set(['format', 'fetch', 'hosted-id', 'issuer', 'origin', 'badge-issuer', 'algorithm', 'claims', 'proof', 'key-binding', 'verify']);

/**
 * Compares the verified issuer with a trusted-issuers list: `pass` on the list, `warn` authentic but not
 * on it, `skip` not authentic (a forged credential's issuer claim means nothing). Never changes
 * `authentic`, `state` or `code`.
 */
export function applyTrust(b: ReportBuilder, trusted: TrustedIssuers): void {
  const authentic = b.authentic && b.failure === undefined;
  const on = authentic && isTrustedIssuer(trusted, b.verifiedIssuerId);
  b.issuerTrusted = on;
  const outcome: CheckOutcome = !authentic ? 'skip' : on ? 'pass' : 'warn';
  const message = !authentic
    ? 'Not compared with the list of trusted issuers: the badge is not verified, so the issuer it names is not proven.'
    : on
      ? 'The verified issuer is on the list of trusted issuers.'
      : 'The badge is authentic, but its verified issuer is not on the list of trusted issuers.';
  b.add('issuer-trusted', outcome, { message, details: authentic ? { issuer: b.verifiedIssuerId ?? b.verifiedIssuer } : undefined });
  const check = b.checks.pop()!;
  let at = b.checks.length;
  while (at > 0 && !IDENTITY_CHECKS.has(b.checks[at - 1]!.id)) at--;
  b.checks.splice(at === 0 ? b.checks.length : at, 0, check);
}

/** Maps anything thrown (VerifyError, BadgeError, other) to a contract code. */
export function toCode(e: unknown, fallback: VerificationCode = 'malformed'): VerificationCode {
  if (isVerifyError(e)) return e.code;
  if (isBadgeError(e)) {
    switch (e.code) {
      case 'fetch-failed':
      case 'fetch-timeout':
      case 'fetch-too-large':
      case 'url-blocked':
      case 'unknown-format':
      case 'malformed':
        return e.code;
      case 'cors':
      case 'aborted':
        return 'fetch-failed';
      case 'not-json':
        return 'malformed';
    }
  }
  return fallback;
}

/** The message of a thrown VerifyError/BadgeError (their messages are written for people), else undefined. */
export function errorMessage(e: unknown): string | undefined {
  if ((isVerifyError(e) || isBadgeError(e)) && e.message) return clean(e.message);
  return undefined;
}

export function errorDetails(e: unknown): Details | undefined {
  if (isVerifyError(e)) return e.details;
  if (isBadgeError(e)) return { url: e.url, status: e.status };
  return undefined;
}

/** Runs one step; on an error records check `id` as failed with the mapped code and halts. */
export async function step<T>(b: ReportBuilder, id: string, fn: () => Promise<T> | T, fallback: VerificationCode = 'malformed'): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof Halt) throw e;
    return b.halt(id, toCode(e, fallback), errorMessage(e), errorDetails(e));
  }
}
