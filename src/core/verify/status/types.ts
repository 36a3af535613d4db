import type { Details } from '../pipeline.js';

/** What one status entry says. `unknown` = could not be checked (never read as "not revoked"). */
export interface StatusResult {
  state: 'ok' | 'revoked' | 'suspended' | 'unknown';
  message: string;
  reason?: string;
  details?: Details;
}
