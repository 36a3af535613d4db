/**
 * Recipient identity: compares a given identity with an OB 2.0 `recipient` or the OB 3.0
 * `credentialSubject.identifier[]` entries. Hashes are computed locally (sha256 via WebCrypto,
 * md5 via js-md5, loaded only for an md5 hash); the identity is never sent or stored.
 */
import type { RecipientResult } from '../types.js';
import { asArray, isObject } from './context.js';
import type { ReportBuilder } from './pipeline.js';

export interface RecipientClaim {
  type?: string;
  hashed: boolean;
  /** `sha256$…`, `md5$…` or the plain identity. */
  value: string;
  salt?: string;
}

function hex(buf: ArrayBuffer): string {
  return Array.from(new Uint8Array(buf), (x) => x.toString(16).padStart(2, '0')).join('');
}

/** `sha256$…` / `md5$…` of identity + salt, or undefined for an unsupported algorithm. */
export async function hashIdentity(alg: string, identity: string, salt = ''): Promise<string | undefined> {
  const data = new TextEncoder().encode(identity + salt);
  if (alg === 'sha256') return hex(await globalThis.crypto.subtle.digest('SHA-256', data));
  if (alg === 'md5') return (await import('js-md5')).md5(data); // OB 2.0 md5 hashes only: loaded then
  return undefined;
}

/** Checks one claim: match / mismatch / unsupported. */
export async function matchClaim(claim: RecipientClaim, identity: string): Promise<RecipientResult> {
  const candidates = [...new Set([identity.trim(), identity.trim().toLowerCase()])];
  if (!claim.hashed) {
    const v = claim.value.trim();
    return candidates.some((c) => c === v || c.toLowerCase() === v.toLowerCase()) ? 'match' : 'mismatch';
  }
  const m = /^([a-z0-9-]+)\$([0-9a-f]+)$/i.exec(claim.value.trim());
  if (m === null) return 'unsupported';
  const alg = m[1].toLowerCase();
  const want = m[2].toLowerCase();
  for (const c of candidates) {
    const got = await hashIdentity(alg, c, claim.salt ?? '');
    if (got === undefined) return 'unsupported';
    if (got === want) return 'match';
  }
  return 'mismatch';
}

/** OB 2.0 `recipient` (IdentityObject). */
export function ob2Claims(assertion: Record<string, unknown>): RecipientClaim[] {
  const r = assertion.recipient;
  if (typeof r === 'string') return [{ hashed: r.includes('$'), value: r }]; // OB 0.5/1.0 shortcut
  if (!isObject(r) || typeof r.identity !== 'string') return [];
  const hashed = r.hashed === true || r.hashed === 'true';
  return [{ type: typeof r.type === 'string' ? r.type : undefined, hashed, value: r.identity, salt: typeof r.salt === 'string' ? r.salt : undefined }];
}

/** OB 3.0 `credentialSubject.identifier[]` (IdentityObject with `identityHash`). */
export function ob3Claims(credential: Record<string, unknown>): RecipientClaim[] {
  const out: RecipientClaim[] = [];
  for (const subject of asArray(credential.credentialSubject)) {
    if (!isObject(subject)) continue;
    for (const idf of asArray(subject.identifier)) {
      if (!isObject(idf) || typeof idf.identityHash !== 'string') continue;
      const hashed = idf.hashed === true || idf.hashed === 'true';
      out.push({ type: typeof idf.identityType === 'string' ? idf.identityType : undefined, hashed, value: idf.identityHash, salt: typeof idf.salt === 'string' ? idf.salt : undefined });
    }
  }
  return out;
}

/** Adds the `recipient` check and sets `b.recipient`. */
export async function checkRecipient(b: ReportBuilder, claims: RecipientClaim[], identity: string | undefined): Promise<void> {
  if (identity === undefined || identity.trim() === '') {
    b.recipient = 'not-checked';
    b.add('recipient', 'skip');
    return;
  }
  if (claims.length === 0) {
    b.recipient = 'unsupported';
    b.add('recipient', 'unknown', { message: 'The badge names no recipient identity that could be compared.' });
    return;
  }
  let sawUnsupported = false;
  for (const c of claims) {
    const r = await matchClaim(c, identity);
    if (r === 'match') {
      b.recipient = 'match';
      b.add('recipient', 'pass', { details: { type: c.type, hashed: c.hashed } });
      return;
    }
    if (r === 'unsupported') sawUnsupported = true;
  }
  b.recipient = sawUnsupported ? 'unsupported' : 'mismatch';
  b.add('recipient', sawUnsupported ? 'unknown' : 'fail');
}
