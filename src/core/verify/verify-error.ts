import type { VerificationCode } from '../types.js';

/**
 * Thrown inside the verification pipeline by a step that cannot go on
 * (key resolution, proof checks…). `verify()` catches it and turns it into the
 * report's `code` and a failing check; it never escapes `verify()`.
 */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
  readonly code: VerificationCode;
  readonly details?: Record<string, string | number | boolean | undefined>;

  constructor(code: VerificationCode, message: string, details?: Record<string, string | number | boolean | undefined>, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.details = details;
  }
}

export function isVerifyError(e: unknown): e is VerifyError {
  return e instanceof VerifyError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'VerifyError');
}
