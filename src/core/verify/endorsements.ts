/**
 * Endorsements: verified with the same pipeline (OB 3.0 EndorsementCredential as JSON or VC-JWT, OB 2.0
 * hosted Endorsement objects), depth-limited, reported separately (they never change the badge's state).
 */
import type { VerificationReport } from '../types.js';
import { asArray, idOf, isHttpUrl, isObject, type Json, type VerifyContext } from './context.js';
import type { ReportBuilder } from './pipeline.js';

/** At most this many endorsements are verified per credential. */
export const MAX_ENDORSEMENTS = 10;

/** OB 3.0: `endorsement` / `endorsementJwt` on the credential, its achievement and an embedded issuer profile. */
export function ob3Endorsements(credential: Json): unknown[] {
  const holders: unknown[] = [credential, credential.issuer];
  for (const s of asArray(credential.credentialSubject)) if (isObject(s)) holders.push(s.achievement);
  const out: unknown[] = [];
  for (const h of holders) {
    if (!isObject(h)) continue;
    for (const e of asArray(h.endorsement)) if (isObject(e)) out.push(e);
    for (const e of asArray(h.endorsementJwt)) if (typeof e === 'string') out.push(e);
  }
  return out;
}

/** OB 2.0: `endorsement` (IRI or object) on the assertion, badge class and issuer profile. */
export function ob2Endorsements(parts: { assertion: Json; badgeClass: Json; issuer: Json }): unknown[] {
  const out: unknown[] = [];
  for (const h of [parts.assertion, parts.badgeClass, parts.issuer]) {
    for (const e of asArray(h.endorsement)) {
      if (isHttpUrl(e)) out.push(e);
      else if (isObject(e)) out.push(isHttpUrl(idOf(e)) ? idOf(e) : e);
    }
  }
  return out;
}

export async function checkEndorsements(b: ReportBuilder, inputs: unknown[], ctx: VerifyContext): Promise<void> {
  if (inputs.length === 0) return;
  if (ctx.endorsementDepth <= 0) {
    b.add('endorsements', 'skip', { details: { count: inputs.length } });
    return;
  }
  const reports: VerificationReport[] = [];
  for (const input of inputs.slice(0, MAX_ENDORSEMENTS)) {
    reports.push(await ctx.verifyNested(input, { endorsementDepth: ctx.endorsementDepth - 1, checkStatus: true, recipient: undefined }));
  }
  b.endorsements = reports;
  const good = reports.filter((r) => r.authentic && r.state === 'valid').length;
  const details = { count: inputs.length, verified: reports.length, valid: good };
  if (good === reports.length) b.add('endorsements', 'pass', { message: `${good} endorsement${good === 1 ? '' : 's'} verified.`, details });
  else b.add('endorsements', 'warn', { message: `${reports.length - good} of ${reports.length} endorsements could not be verified as valid.`, details });
}
