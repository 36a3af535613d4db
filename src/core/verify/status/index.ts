/**
 * Status checks for OB 3.0 credentials (`credentialStatus`): adds the `status` check(s) and flags states.
 * Each status method's code is loaded with `import()` only for a credential that uses it.
 */
import { asArray, idOf, isObject, type Json, type VerifyContext } from '../context.js';
import type { ReportBuilder } from '../pipeline.js';
import type { StatusResult } from './types.js';
import { lazy } from '../../lazy.js';

const bitstringModule = lazy(() => import('./bitstring-entry.js'));
const oneEdTechModule = lazy(() => import('./onedtech-revocation-list.js'));

export type { StatusResult } from './types.js';

const BITSTRING_TYPES = new Set(['BitstringStatusListEntry', 'StatusList2021Entry']);
/** Same as `ONE_ED_TECH_TYPES` in `./onedtech-revocation-list.ts` (kept here so that module loads only when used). */
const ONE_ED_TECH_TYPES = new Set(['1EdTechRevocationList']);

/** Records one status result. */
export function recordStatus(b: ReportBuilder, r: StatusResult): void {
  if (r.state === 'ok') b.add('status', 'pass', { message: r.message, details: r.details });
  else if (r.state === 'unknown') {
    b.add('status', 'unknown', { message: r.message, details: r.details });
    b.flag('status-unknown');
  } else {
    b.add('status', 'fail', { message: r.message, details: r.details });
    b.flag(r.state);
    if (r.reason !== undefined && (r.state === 'revoked' || b.reason === undefined)) b.reason = r.reason;
  }
}

export async function checkCredentialStatus(b: ReportBuilder, credential: Json, ctx: VerifyContext): Promise<void> {
  const entries = asArray(credential.credentialStatus);
  if (entries.length === 0) {
    b.add('status', 'skip');
    return;
  }
  if (!ctx.checkStatus) {
    b.add('status', 'skip', { message: 'The status of a status list credential is not followed.' });
    return;
  }
  const issuerId = idOf(credential.issuer);
  const credentialId = typeof credential.id === 'string' ? credential.id : undefined;
  const results = await Promise.all(
    entries.slice(0, 8).map(async (entry): Promise<StatusResult> => {
      if (!isObject(entry)) return { state: 'unknown', message: 'The status entry is not an object.' };
      const types = asArray(entry.type).map(String);
      if (types.some((t) => BITSTRING_TYPES.has(t))) return (bitstringModule.value ?? (await bitstringModule.load())).checkBitstringEntry(entry, issuerId, ctx);
      if (types.some((t) => ONE_ED_TECH_TYPES.has(t))) return (oneEdTechModule.value ?? (await oneEdTechModule.load())).checkOneEdTechEntry(entry, credentialId, issuerId, ctx);
      return { state: 'unknown', message: `The status method ${types.join(', ') || '(none)'} is not supported.`, details: { type: types.join(', ') } };
    }),
  );
  for (const r of results) recordStatus(b, r);
}
