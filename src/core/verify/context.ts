/** What every verification step gets: the fetcher, the clock and the options. */
import type { Fetcher } from '../read-path.js';
import type { VerificationReport } from '../types.js';
import type { TrustedIssuers } from './trust.js';

export interface VerifyContext {
  fetcher: Fetcher;
  /** The clock for validity checks. */
  now: Date;
  /** Identity to compare with a (hashed) recipient; never sent anywhere. */
  recipient?: string;
  signal?: AbortSignal;
  /** How many levels of endorsements are still verified (0 = none). */
  endorsementDepth: number;
  /** The trusted-issuers list (checked after the identity checks; endorsements use it too). */
  trusted?: TrustedIssuers;
  /** False while verifying a status list credential (its own status is not followed: one level only). */
  checkStatus: boolean;
  /** Verifies a nested credential (endorsements, status list credentials) with the same pipeline. */
  verifyNested(input: unknown, overrides: Partial<Pick<VerifyContext, 'endorsementDepth' | 'checkStatus' | 'recipient'>>): Promise<VerificationReport>;
}

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** The `id` of an IRI-or-object value. */
export function idOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isObject(v) && typeof v.id === 'string') return v.id;
  return undefined;
}

export function isHttpUrl(v: unknown): v is string {
  return typeof v === 'string' && /^https?:\/\//i.test(v);
}
