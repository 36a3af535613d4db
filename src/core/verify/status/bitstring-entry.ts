/**
 * StatusList2021Entry and BitstringStatusListEntry: fetch the status list credential (once per fetcher),
 * check its own proof (same pipeline, one level, its status not followed), its validity dates and issuer,
 * then read the bit. Any failure → `unknown`.
 */
import { credentialFromJwtPayload, decodeJws } from '../../read-path.js';
import { asArray, idOf, isHttpUrl, isObject, type Json, type VerifyContext } from '../context.js';
import { errorMessage } from '../pipeline.js';
import { parseDate } from '../time.js';
import { VerifyError } from '../verify-error.js';
import { decodeEncodedList, statusAt } from './bitstring.js';
import { memo } from './cache.js';
import type { StatusResult } from './types.js';

interface LoadedList {
  bits: Uint8Array;
  purposes: string[];
  issuer?: string;
  validFrom?: number;
  validUntil?: number;
  type: string;
}

async function loadList(url: string, ctx: VerifyContext): Promise<LoadedList> {
  const res = await ctx.fetcher.get(url, { signal: ctx.signal, accept: 'application/vc+ld+json, application/vc+jwt, application/json' });
  if (!res.ok) throw new VerifyError('fetch-failed', `The status list could not be loaded (HTTP ${res.status}).`, { url, status: res.status });
  const text = res.text().trim();
  let input: unknown;
  let credential: Json;
  if (text.startsWith('{')) {
    try {
      credential = JSON.parse(text) as Json;
    } catch {
      throw new VerifyError('malformed', 'The status list is not valid JSON.', { url });
    }
    input = credential;
  } else {
    credential = credentialFromJwtPayload(decodeJws(text).payload);
    input = text;
  }
  const report = await ctx.verifyNested(input, { checkStatus: false, endorsementDepth: 0, recipient: undefined });
  if (!report.authentic) {
    throw new VerifyError(report.code ?? 'malformed', `The status list's own proof could not be verified (${report.code ?? 'unknown'}).`, { url });
  }
  const types = asArray(credential.type).map(String);
  const type = types.find((t) => t === 'BitstringStatusListCredential' || t === 'StatusList2021Credential');
  if (type === undefined) throw new VerifyError('malformed', 'The status list credential is not a status list.', { url });
  const subject = asArray(credential.credentialSubject)[0];
  if (!isObject(subject)) throw new VerifyError('malformed', 'The status list credential has no list.', { url });
  const bits = await decodeEncodedList(subject.encodedList);
  return {
    bits,
    purposes: asArray(subject.statusPurpose).map(String),
    issuer: idOf(credential.issuer),
    validFrom: parseDate(credential.validFrom ?? credential.issuanceDate),
    validUntil: parseDate(credential.validUntil ?? credential.expirationDate),
    type,
  };
}

export async function checkBitstringEntry(entry: Json, issuerId: string | undefined, ctx: VerifyContext): Promise<StatusResult> {
  const url = entry.statusListCredential;
  const purpose = typeof entry.statusPurpose === 'string' ? entry.statusPurpose : 'revocation';
  const rawIndex = entry.statusListIndex;
  const index = typeof rawIndex === 'number' ? rawIndex : typeof rawIndex === 'string' && /^\d+$/.test(rawIndex) ? Number(rawIndex) : NaN;
  const size = entry.statusSize === undefined ? 1 : Number(entry.statusSize);
  const details = { type: String(entry.type), statusListCredential: typeof url === 'string' ? url : undefined, statusListIndex: Number.isFinite(index) ? index : undefined, statusPurpose: purpose };
  if (!isHttpUrl(url) || !Number.isSafeInteger(index)) {
    return { state: 'unknown', message: 'The status entry is incomplete (no list address or index).', details };
  }
  let list: LoadedList;
  try {
    list = await memo(ctx.fetcher, `bitstring:${url}`, () => loadList(url, ctx));
  } catch (e) {
    return { state: 'unknown', message: `The status list could not be checked: ${errorMessage(e) ?? 'it could not be read.'}`, details };
  }
  const t = ctx.now.getTime();
  if ((list.validFrom !== undefined && (Number.isNaN(list.validFrom) || list.validFrom > t)) || (list.validUntil !== undefined && (Number.isNaN(list.validUntil) || list.validUntil <= t))) {
    return { state: 'unknown', message: 'The status list credential is not currently valid (expired or not yet valid).', details };
  }
  if (issuerId !== undefined && list.issuer !== issuerId) {
    return { state: 'unknown', message: 'The status list was published by someone other than the badge\'s issuer.', details: { ...details, listIssuer: list.issuer } };
  }
  if (list.purposes.length > 0 && !list.purposes.includes(purpose)) {
    return { state: 'unknown', message: `The status list is not a ${purpose} list.`, details };
  }
  let value: number;
  try {
    value = statusAt(list.bits, index, size);
  } catch (e) {
    return { state: 'unknown', message: errorMessage(e) ?? 'The status index could not be read.', details };
  }
  if (value !== 0 && purpose === 'revocation') return { state: 'revoked', message: 'The issuer\'s status list marks the badge as revoked.', details };
  if (value !== 0 && purpose === 'suspension') return { state: 'suspended', message: 'The issuer\'s status list marks the badge as suspended.', details };
  if (purpose !== 'revocation' && purpose !== 'suspension') return { state: 'ok', message: `The ${purpose} status entry was read (value ${value}).`, details };
  return { state: 'ok', message: purpose === 'suspension' ? 'The issuer\'s status list says the badge is not suspended.' : 'The issuer\'s status list says the badge has not been revoked.', details };
}
