/** Types of the sample issuer (served files and the catalog the tests read). */
import type { BadgeFormat, VerificationCode, VerificationState } from '../../src/core/types.js';

export interface ServedFile {
  status?: number;
  contentType: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
  /** Wait this long before answering (fetch-timeout cases). */
  delayMs?: number;
}

export interface CatalogEntry {
  /** Stable key, e.g. `ob2-hosted-valid`. */
  key: string;
  /** One line: what this credential is (and, for broken ones, what is wrong with it). */
  title: string;
  /** The format it is in; `unknown` for the unknown-format case. */
  format: BadgeFormat | 'unknown';
  /** Path on the issuer's origin, e.g. `/issuer/ob2/assertions/sql-amina.json`. */
  path: string;
  /** `origin + path`. */
  url: string;
  /** The report `verify(url)` must give (clock: any time in 2026–2030). */
  expect: { authentic: boolean; state: VerificationState; code?: VerificationCode };
  /** The plaintext recipient identity the credential was issued to (for recipient-matching tests). */
  recipient?: { identity: string };
  /** How the body is served: `json` (OB2/OB3 JSON), `jws`/`jwt` (compact text), `other`. */
  body?: 'json' | 'jws' | 'jwt' | 'other';
  /** Verifier options this case needs, e.g. a short fetcher timeout for the fetch-timeout case. */
  options?: { timeoutMs?: number };
  /** Smaller groups for the demo/tests: `valid`, `expired`, `revoked`, `broken`… */
  tags?: string[];
}

export interface SampleIssuer {
  origin: string;
  files: Map<string, ServedFile>;
  catalog: CatalogEntry[];
}

/**
 * Which state a non-authentic report is in, per failure code: `invalid` when the document was checked and
 * found wrong, `unverifiable` when it could not be checked. (A proposal the catalog follows; the verifier
 * helper owns the final rule.)
 */
export const FAILURE_STATE: Record<VerificationCode, 'invalid' | 'unverifiable'> = {
  'invalid-signature': 'invalid',
  malformed: 'invalid',
  'unsupported-alg': 'invalid',
  'weak-key': 'invalid',
  'key-not-bound-to-issuer': 'invalid',
  'context-not-allowed': 'invalid',
  'data-loss': 'invalid',
  'claim-mismatch': 'invalid',
  'origin-not-allowed': 'invalid',
  'id-mismatch': 'invalid',
  'no-proof': 'unverifiable',
  'unsupported-proof': 'unverifiable',
  'key-resolution-failed': 'unverifiable',
  'fetch-timeout': 'unverifiable',
  'fetch-too-large': 'unverifiable',
  'fetch-failed': 'unverifiable',
  'url-blocked': 'unverifiable',
  'unknown-format': 'unverifiable',
};
