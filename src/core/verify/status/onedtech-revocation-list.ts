/**
 * 1EdTech Revocation List Status Method (`1EdTechRevocationList`): `credentialStatus.id` is the address of
 * a list `{ id, issuer, revokedCredentials: [ { id, revocationReason? } | "id" ] }`. The list must come
 * from the credential's issuer (its `issuer`, and for an https issuer the same origin); a signed list is
 * verified like a credential. Any failure → `unknown`.
 */
import { asArray, idOf, isHttpUrl, isObject, type Json, type VerifyContext } from '../context.js';
import { errorMessage } from '../pipeline.js';
import { VerifyError } from '../verify-error.js';
import { memo } from './cache.js';
import type { StatusResult } from './types.js';

async function loadList(url: string, ctx: VerifyContext): Promise<Json> {
  const { data } = await ctx.fetcher.getJson(url, { signal: ctx.signal });
  if (!isObject(data)) throw new VerifyError('malformed', 'The revocation list is not a JSON object.', { url });
  if (data.proof !== undefined) {
    const report = await ctx.verifyNested(data, { checkStatus: false, endorsementDepth: 0, recipient: undefined });
    if (!report.authentic) throw new VerifyError(report.code ?? 'malformed', 'The revocation list\'s own proof could not be verified.', { url });
  }
  return data;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export async function checkOneEdTechEntry(entry: Json, credentialId: string | undefined, issuerId: string | undefined, ctx: VerifyContext): Promise<StatusResult> {
  const url = entry.id;
  const details = { type: '1EdTechRevocationList', url: typeof url === 'string' ? url : undefined };
  if (!isHttpUrl(url)) return { state: 'unknown', message: 'The revocation list entry has no address.', details };
  if (credentialId === undefined) return { state: 'unknown', message: 'The badge has no id to look up in the revocation list.', details };
  let list: Json;
  try {
    list = await memo(ctx.fetcher, `1edtech:${url}`, () => loadList(url, ctx));
  } catch (e) {
    return { state: 'unknown', message: `The revocation list could not be checked: ${errorMessage(e) ?? 'it could not be read.'}`, details };
  }
  const listIssuer = idOf(list.issuer);
  if (issuerId !== undefined && listIssuer !== undefined && listIssuer !== issuerId) {
    return { state: 'unknown', message: 'The revocation list was published by someone other than the badge\'s issuer.', details };
  }
  if (issuerId !== undefined && isHttpUrl(issuerId) && !sameOrigin(url, issuerId) && listIssuer !== issuerId) {
    return { state: 'unknown', message: 'The revocation list is not on the issuer\'s own site.', details };
  }
  const entries = list.revokedCredentials ?? list.revokedAssertions;
  if (!Array.isArray(entries)) return { state: 'unknown', message: 'The revocation list has no list of revoked credentials.', details };
  for (const e of entries) {
    const id = typeof e === 'string' ? e : isObject(e) ? (idOf(e) ?? (typeof e.uid === 'string' ? e.uid : undefined)) : undefined;
    if (id !== credentialId) continue;
    if (isObject(e) && (e.revoked === false || e.revoked === 'false')) continue;
    const reason = isObject(e) && typeof e.revocationReason === 'string' ? e.revocationReason : undefined;
    return { state: 'revoked', message: reason ? `The issuer has revoked the badge: ${reason}` : 'The issuer has revoked the badge.', reason, details };
  }
  return { state: 'ok', message: 'The issuer\'s revocation list does not list the badge.', details };
}

export const ONE_ED_TECH_TYPES: ReadonlySet<string> = new Set(['1EdTechRevocationList']);
export function isOneEdTechEntry(entry: unknown): boolean {
  return isObject(entry) && asArray(entry.type).some((t) => ONE_ED_TECH_TYPES.has(String(t)));
}
