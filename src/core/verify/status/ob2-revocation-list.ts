/**
 * OB 2.0 RevocationList (`issuer.revocationList`, signed assertions): `revokedAssertions` entries are ids,
 * `{ id, revocationReason }` or legacy `{ uid, revocationReason }`. Any failure → `unknown`.
 */
import { idOf, isHttpUrl, isObject, type Json, type VerifyContext } from '../context.js';
import { errorMessage } from '../pipeline.js';
import { VerifyError } from '../verify-error.js';
import { memo } from './cache.js';
import type { StatusResult } from './types.js';

async function load(url: string, ctx: VerifyContext): Promise<Json> {
  const { data } = await ctx.fetcher.getJson(url, { signal: ctx.signal });
  if (!isObject(data)) throw new VerifyError('malformed', 'The revocation list is not a JSON object.', { url });
  return data;
}

/** `issuerId`: the fetched issuer profile's id, which the list must name when it names an issuer. */
export async function checkOb2RevocationList(url: unknown, assertion: Json, issuerId: string, ctx: VerifyContext): Promise<StatusResult | undefined> {
  if (url === undefined) return undefined;
  const details = { type: 'RevocationList', url: typeof url === 'string' ? url : undefined };
  if (!isHttpUrl(url)) return { state: 'unknown', message: 'The issuer\'s revocation list address is not valid.', details };
  let list: Json;
  try {
    list = await memo(ctx.fetcher, `ob2rl:${url}`, () => load(url, ctx));
  } catch (e) {
    return { state: 'unknown', message: `The revocation list could not be checked: ${errorMessage(e) ?? 'it could not be read.'}`, details };
  }
  const listIssuer = idOf(list.issuer);
  if (listIssuer !== undefined && listIssuer !== issuerId) {
    return { state: 'unknown', message: 'The revocation list belongs to another issuer.', details };
  }
  if (!Array.isArray(list.revokedAssertions)) return { state: 'unknown', message: 'The revocation list has no revokedAssertions.', details };
  const ids = new Set([typeof assertion.id === 'string' ? assertion.id : undefined, typeof assertion.uid === 'string' ? assertion.uid : undefined].filter((x): x is string => x !== undefined));
  for (const e of list.revokedAssertions) {
    const keys = typeof e === 'string' ? [e] : isObject(e) ? [idOf(e), typeof e.uid === 'string' ? e.uid : undefined] : [];
    if (!keys.some((k) => k !== undefined && ids.has(k))) continue;
    const reason = isObject(e) && typeof e.revocationReason === 'string' ? e.revocationReason : undefined;
    return { state: 'revoked', message: reason ? `The issuer has revoked the badge: ${reason}` : 'The issuer has revoked the badge.', reason, details };
  }
  return { state: 'ok', message: 'The issuer\'s revocation list does not list the badge.', details };
}
