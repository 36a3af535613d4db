/**
 * Shared OB 2.0 steps: the issuer profile fetched from its own HTTP id, the verification scope
 * (`startsWith`, `allowedOrigins`; default the issuer id's origin, compared as URL origins), and the
 * steps after authenticity (dates, recipient, endorsements).
 */
import type { Ob2Parts } from '../read-path.js';
import { asArray, idOf, isHttpUrl, isObject, type Json, type VerifyContext } from './context.js';
import { type ReportBuilder, step, toCode } from './pipeline.js';
import { checkDates } from './time.js';
import { checkRecipient, ob2Claims } from './recipient.js';
import { checkEndorsements, ob2Endorsements } from './endorsements.js';
import { VerifyError } from './verify-error.js';

/** The issuer id named by the BadgeClass (IRI or embedded object's id). */
export function badgeClassIssuerId(badgeClass: Json): string | undefined {
  return idOf(badgeClass.issuer);
}

/**
 * The issuer profile as served at its own HTTP id (never an embedded copy); its `id` must be that id.
 * Errors map to `codeOnFetchError` (e.g. key-resolution-failed for signed assertions).
 */
export async function fetchOb2Issuer(b: ReportBuilder, issuerId: string | undefined, ctx: VerifyContext, check: string, forKeys: boolean): Promise<Json> {
  if (!isHttpUrl(issuerId)) {
    return b.halt(check, forKeys ? 'key-not-bound-to-issuer' : 'malformed', 'The badge\'s issuer has no web address (HTTP id) to check it against.');
  }
  const profile = await step(b, check, async () => {
    try {
      const { data } = await ctx.fetcher.getJson(issuerId, { signal: ctx.signal });
      if (!isObject(data)) throw new VerifyError('malformed', 'The issuer profile is not a JSON object.', { url: issuerId });
      return data;
    } catch (e) {
      if (!forKeys) throw e;
      throw new VerifyError('key-resolution-failed', 'The issuer profile (which lists the issuer\'s keys) could not be loaded.', { url: issuerId, cause: toCode(e) }, e);
    }
  });
  if (profile.id !== issuerId) b.halt(check, 'id-mismatch', 'The issuer profile at the issuer\'s address names another issuer.', { issuer: issuerId, documentId: typeof profile.id === 'string' ? profile.id : undefined });
  b.pass(check, 'The issuer profile was loaded from its own address.', { issuer: issuerId });
  return profile;
}

function strings(v: unknown): string[] {
  return asArray(v).filter((x): x is string => typeof x === 'string' && x.trim() !== '');
}

/** True when `url` is inside `prefix` by URL origin and path (not a string prefix of hosts). */
export function startsWithUrl(url: URL, prefix: string): boolean {
  let p: URL;
  try {
    p = new URL(prefix);
  } catch {
    return false;
  }
  if (p.origin !== url.origin) return false;
  const path = p.pathname + p.search;
  return (url.pathname + url.search).startsWith(path);
}

/** True when `url`'s origin is allowed: entries are hosts (`issuer.example`, `issuer.example:8443`) or origins. */
export function originAllowed(url: URL, allowed: string): boolean {
  const a = allowed.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(a)) {
    try {
      return new URL(a).origin === url.origin;
    } catch {
      return false;
    }
  }
  return a === url.host.toLowerCase() || (!a.includes(':') && a === url.hostname.toLowerCase() && (url.port === '' || url.protocol === 'http:'));
}

/** Checks that `assertionId` is in the issuer's verification scope; halts with `origin-not-allowed`. */
export function checkScope(b: ReportBuilder, assertionId: string, issuer: Json): void {
  const url = new URL(assertionId);
  const v = isObject(issuer.verification) ? issuer.verification : {};
  const starts = strings(v.startsWith);
  const origins = strings(v.allowedOrigins);
  const issuerOrigin = new URL(String(issuer.id)).origin;
  const details = { assertion: assertionId, startsWith: starts.join(' ') || undefined, allowedOrigins: origins.join(' ') || issuerOrigin };
  if (starts.length > 0 && !starts.some((s) => startsWithUrl(url, s))) {
    b.halt('origin', 'origin-not-allowed', 'The badge is not hosted under any address its issuer allows (verification.startsWith).', details);
  }
  const ok = origins.length > 0 ? origins.some((o) => originAllowed(url, o)) : starts.length > 0 || url.origin === issuerOrigin;
  if (!ok) b.halt('origin', 'origin-not-allowed', `The badge is hosted at ${url.host}, outside the places its issuer allows.`, details);
  b.pass('origin', undefined, details);
}

/** BadgeClass issuer = the fetched issuer profile. */
export function checkBadgeClassIssuer(b: ReportBuilder, parts: Ob2Parts, issuerId: string): void {
  const named = badgeClassIssuerId(parts.badgeClass);
  if (named !== issuerId || (parts.issuer.id !== undefined && parts.issuer.id !== issuerId)) {
    b.halt('badge-issuer', 'id-mismatch', 'The badge class and the issuer profile name different issuers.', { badgeClassIssuer: named, issuer: issuerId });
  }
  b.pass('badge-issuer');
}

export async function finishOb2(b: ReportBuilder, parts: Ob2Parts, ctx: VerifyContext): Promise<void> {
  const a = parts.assertion;
  checkDates(b, ctx.now, { from: a.issuedOn, until: a.expires, fromLabel: 'issuedOn', untilLabel: 'expires' });
  await checkRecipient(b, ob2Claims(a), ctx.recipient);
  await checkEndorsements(b, ob2Endorsements(parts), ctx);
}
