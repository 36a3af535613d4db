/**
 * OB 2.0 (and 1.x) hosted assertions: the document at the assertion's `id` is the truth. It is fetched
 * (410 or `revoked: true` → revoked), must name the same id, its issuer profile is fetched from its own
 * id, and the id must be in the issuer's verification scope.
 */
import { resolveOb2, type Ob2Parts } from '../read-path.js';
import { idOf, isHttpUrl, isObject, type Json, type VerifyContext } from './context.js';
import { type ReportBuilder, step } from './pipeline.js';
import { ob2Badge } from './badge.js';
import { checkBadgeClassIssuer, checkScope, fetchOb2Issuer, finishOb2 } from './ob2-common.js';
import type { BadgeFormat } from '../types.js';

function verificationType(doc: Json): string | undefined {
  const v = isObject(doc.verification) ? doc.verification : isObject(doc.verify) ? doc.verify : undefined;
  return typeof v?.type === 'string' ? v.type : undefined;
}

export function isSignedType(doc: Json): boolean {
  const t = verificationType(doc);
  return t === 'signed' || t === 'SignedBadge';
}

/** The address the hosted assertion lives at: its `id` (OB 2.0) or `verify.url` (OB 1.x). */
function hostedUrl(doc: Json): string | undefined {
  if (isHttpUrl(doc.id)) return doc.id;
  const v = isObject(doc.verify) ? doc.verify : undefined;
  if (isHttpUrl(v?.url)) return v.url;
  return undefined;
}

/** The issuer's own `revocationReason` in a 410 answer's body, if it gives one. */
function goneReason(body: string | undefined): string | undefined {
  try {
    const doc: unknown = body ? JSON.parse(body) : undefined;
    return isObject(doc) && typeof doc.revocationReason === 'string' && doc.revocationReason.trim() ? doc.revocationReason : undefined;
  } catch {
    return undefined;
  }
}

/** The assertion answered 410 Gone: revoked by its issuer. `report.reason` is only ever the issuer's own words. */
export function reportGone(b: ReportBuilder, url: string, pasted: Json | undefined, format: BadgeFormat, body?: string): void {
  b.add('fetch', 'fail', { message: 'The issuer answers that this badge is gone (HTTP 410): it was revoked.', details: { url, status: 410 } });
  if (pasted !== undefined && isObject(pasted.badge) && isObject(pasted.badge.issuer)) {
    b.badge = ob2Badge({ assertion: pasted, badgeClass: pasted.badge, issuer: pasted.badge.issuer }, format, pasted);
  }
  b.flag('revoked');
  const reason = goneReason(body);
  if (reason !== undefined) b.reason = reason;
  b.verifiedIssuer = new URL(url).host;
  b.verifiedIssuerId = new URL(url).origin;
  b.authentic = true;
}

export async function verifyOb2Hosted(b: ReportBuilder, doc: Json, ctx: VerifyContext, format: BadgeFormat, source?: string): Promise<void> {
  if (isSignedType(doc)) b.halt('proof', 'no-proof', 'This is a signed assertion without its signature: paste the signed form (JWS) to verify it.');
  const url = hostedUrl(doc);
  if (url === undefined) b.halt('fetch', 'no-proof', 'The assertion has no web address to check it against, and no signature.');
  b.pass('format', format === 'ob1-hosted' ? 'This is an Open Badges 1.x hosted assertion.' : 'This is an Open Badges 2.0 hosted assertion.', { format, source });
  const res = await step(b, 'fetch', () => ctx.fetcher.get(url, { signal: ctx.signal }));
  if (res.status === 410) {
    reportGone(b, url, doc, format, res.text());
    return;
  }
  if (!res.ok) b.halt('fetch', 'fetch-failed', `The hosted badge could not be loaded (HTTP ${res.status}).`, { url, status: res.status });
  let fetched: unknown;
  try {
    fetched = JSON.parse(res.text());
  } catch {
    b.halt('fetch', 'malformed', 'The hosted badge is not valid JSON.', { url });
  }
  if (!isObject(fetched)) b.halt('fetch', 'malformed', 'The hosted badge is not a JSON object.', { url });
  b.pass('fetch', 'The hosted badge was loaded from its own address; the hosted copy is the one checked.', { url });
  if (hostedUrl(fetched) !== url) {
    b.halt('hosted-id', 'id-mismatch', 'The document at the badge\'s address names a different badge.', { url, documentId: idOf(fetched) });
  }
  b.pass('hosted-id');
  const parts: Ob2Parts = await step(b, 'fetch', () => resolveOb2(fetched as Json, { fetcher: ctx.fetcher, signal: ctx.signal, source: url }));
  b.badge = ob2Badge(parts, format, fetched, source ?? url);
  let issuer: Json;
  if (format === 'ob1-hosted') {
    // OB 1.x: the issuer organization was fetched from the badge class's issuer URL (it has no id of its
    // own); the assertion must be hosted on the issuer's origin (its `url`, else where its document lives).
    issuer = parts.issuer;
    const home = isHttpUrl(issuer.url) ? issuer.url : isHttpUrl(issuer.id) ? issuer.id : undefined;
    if (home === undefined) return b.halt('origin', 'malformed', 'The issuer organization has no web address to check the badge against.');
    const details = { assertion: url, origin: new URL(home).origin };
    if (new URL(home).origin !== new URL(url).origin) b.halt('origin', 'origin-not-allowed', 'The badge is hosted outside its issuer\'s origin.', details);
    b.pass('origin', undefined, details);
    b.verifiedIssuer = new URL(home).host;
    b.verifiedIssuerId = new URL(home).origin;
  } else {
    const issuerId = idOf(parts.badgeClass.issuer);
    issuer = await fetchOb2Issuer(b, issuerId, ctx, 'issuer', false);
    checkBadgeClassIssuer(b, { ...parts, issuer }, String(issuerId));
    checkScope(b, url, issuer);
    b.verifiedIssuer = new URL(String(issuer.id)).host;
    b.verifiedIssuerId = String(issuer.id);
  }
  b.authentic = true;
  if (fetched.revoked === true || fetched.revoked === 'true') {
    const reason = typeof fetched.revocationReason === 'string' ? fetched.revocationReason : undefined;
    b.add('status', 'fail', { message: reason ? `The issuer has revoked the badge: ${reason}` : 'The issuer has revoked the badge.' });
    b.flag('revoked');
    if (reason !== undefined) b.reason = reason;
  } else b.add('status', 'pass', { message: 'The hosted badge is not marked as revoked.' });
  await finishOb2(b, { ...parts, issuer }, ctx);
}
