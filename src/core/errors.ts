/**
 * Errors are values the UI can show: a stable `code` and a human `message`.
 * Core functions throw `BadgeError`; elements catch it and render `message`.
 * This file is DOM-free and Lit-free (it runs in Node).
 */
export type BadgeErrorCode =
  | 'fetch-failed'
  | 'fetch-timeout'
  | 'fetch-too-large'
  | 'not-json'
  | 'unknown-format'
  | 'url-blocked'
  | 'cors'
  | 'malformed'
  | 'aborted'
  /** An option given to `createBadgeClient()` / `verify()` cannot be used (e.g. a `trustedIssuers` entry). */
  | 'invalid-option';

export interface BadgeErrorDetails {
  /** The URL the error is about, when there is one. */
  url?: string;
  /** HTTP status, for `fetch-failed` on a non-2xx answer. */
  status?: number;
  /** The underlying error, for logs (never rendered as HTML). */
  cause?: unknown;
}

export class BadgeError extends Error {
  override readonly name = 'BadgeError';
  readonly code: BadgeErrorCode;
  readonly url?: string;
  readonly status?: number;

  constructor(code: BadgeErrorCode, message: string, details: BadgeErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.url = details.url;
    this.status = details.status;
  }
}

export function isBadgeError(e: unknown): e is BadgeError {
  return e instanceof BadgeError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'BadgeError' && typeof (e as { code?: unknown }).code === 'string');
}

/** Turns anything thrown into a BadgeError (unknown errors become `fetch-failed`/`malformed` with a generic message). */
export function toBadgeError(e: unknown, fallback: BadgeErrorCode = 'malformed'): BadgeError {
  if (isBadgeError(e)) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new BadgeError(fallback, msg || 'Something went wrong while reading the badge.', { cause: e });
}

/**
 * Checks the `trustedIssuers` option: each entry a DID (`did:web:example.edu`, `did:key:z6Mk…`; no
 * query or fragment) or an http(s) URL without user info (an issuer profile id, or an origin). Throws a
 * BadgeError `invalid-option` naming the first unusable entry. It lives here, in the module every entry
 * already loads, because the client runs it when it is made; normalising and comparing the list is the
 * lazily loaded engine's work (`verify/trust.ts`).
 */
export function assertTrustedIssuers(list: unknown): asserts list is readonly string[] {
  if (!Array.isArray(list)) throw new BadgeError('invalid-option', 'trustedIssuers must be a list (an array of strings).');
  for (const e of list as unknown[]) {
    const s = typeof e === 'string' ? e.trim() : '';
    if (/^did:[a-z0-9]+(?::[^\s?#/:]+)+$/i.test(s)) continue;
    try {
      if (/^https?:\/\/[^/?#\s@]+(?:[/?#]\S*)?$/i.test(s) && new URL(s)) continue;
    } catch {
      // not a URL either
    }
    throw new BadgeError('invalid-option', `trustedIssuers: ${JSON.stringify(String(e)).slice(0, 120)} is not a DID (did:web:…, did:key:…), an issuer URL or an origin (https://example.edu).`);
  }
}
