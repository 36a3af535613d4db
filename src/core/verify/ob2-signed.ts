/**
 * OB 2.0 signed assertions (compact JWS): RS256 only; the issuer profile fetched from its HTTP id (never
 * keys from an embedded copy); the key listed in `issuer.publicKey` AND its `owner` = the issuer;
 * `verification.creator` optional; the issuer's RevocationList.
 */
import { compactVerify, type CryptoKey } from 'jose';
import { importSpkiCached } from './keys/import-cache.js';
import { decodeJws, resolveOb2, type DecodedJws } from '../read-path.js';
import { asArray, idOf, isHttpUrl, isObject, type Json, type VerifyContext } from './context.js';
import { type ReportBuilder, errorMessage, step, toCode } from './pipeline.js';
import { ob2Badge } from './badge.js';
import { checkBadgeClassIssuer, fetchOb2Issuer, finishOb2 } from './ob2-common.js';
import { checkOb2RevocationList } from './status/ob2-revocation-list.js';
import { recordStatus } from './status/index.js';
import { VerifyError, isVerifyError } from './verify-error.js';

export const OB2_ALGORITHMS: readonly string[] = ['RS256'];
const MIN_RSA_BITS = 2048;

/** Loads key `keyId` (embedded in the fetched profile, or fetched) and checks id, owner and strength. */
async function loadKey(keyId: string, profile: Json, ctx: VerifyContext): Promise<CryptoKey> {
  const issuerId = String(profile.id);
  const embedded = asArray(profile.publicKey).find((k) => isObject(k) && k.id === keyId && typeof k.publicKeyPem === 'string') as Json | undefined;
  let key: Json;
  if (embedded !== undefined) key = embedded;
  else {
    if (!isHttpUrl(keyId)) throw new VerifyError('key-resolution-failed', 'The issuer\'s key has no web address.', { key: keyId });
    try {
      const { data } = await ctx.fetcher.getJson(keyId, { signal: ctx.signal });
      if (!isObject(data)) throw new VerifyError('key-resolution-failed', 'The key document is not a JSON object.', { key: keyId });
      key = data;
    } catch (e) {
      if (isVerifyError(e)) throw e;
      throw new VerifyError('key-resolution-failed', `The issuer's key could not be loaded: ${errorMessage(e) ?? ''}`.trim(), { key: keyId, cause: toCode(e) }, e);
    }
    if (key.id !== keyId) throw new VerifyError('key-resolution-failed', 'The key document names another key id.', { key: keyId });
  }
  const owner = idOf(key.owner) ?? idOf(key.controller);
  if (owner !== issuerId) throw new VerifyError('key-not-bound-to-issuer', 'The key\'s owner is not the issuer.', { key: keyId, owner, issuer: issuerId });
  if (typeof key.publicKeyPem !== 'string') throw new VerifyError('key-resolution-failed', 'The key document has no publicKeyPem.', { key: keyId });
  let ck: CryptoKey;
  try {
    ck = await importSpkiCached(key.publicKeyPem, 'RS256');
  } catch (cause) {
    throw new VerifyError('key-resolution-failed', 'The issuer\'s key is not a readable RSA public key.', { key: keyId }, cause);
  }
  const bits = (ck.algorithm as { modulusLength?: number }).modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) throw new VerifyError('weak-key', `The issuer's RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are required.`, { key: keyId, bits });
  return ck;
}

export async function verifyOb2Signed(b: ReportBuilder, jws: string, ctx: VerifyContext, source?: string, decoded?: DecodedJws): Promise<void> {
  const { header, payload } = decoded ?? (await step(b, 'format', () => decodeJws(jws)));
  if (!isObject(payload)) b.halt('format', 'malformed', 'The signed assertion\'s payload is not a JSON object.');
  b.pass('format', 'This is an Open Badges 2.0 signed assertion (JWS).', { format: 'ob2-signed', source });
  const alg = header.alg;
  if (typeof alg !== 'string' || !OB2_ALGORITHMS.includes(alg)) {
    b.halt('algorithm', 'unsupported-alg', `The assertion is signed with "${String(alg)}"; Open Badges 2.0 signatures must use RS256.`, { alg: String(alg) });
  }
  b.pass('algorithm', 'The algorithm RS256 is on the allowed list.', { alg });
  const parts = await step(b, 'fetch', () => resolveOb2(payload, { fetcher: ctx.fetcher, signal: ctx.signal }));
  b.badge = ob2Badge(parts, 'ob2-signed', jws, source);
  const issuerId = idOf(parts.badgeClass.issuer);
  const profile = await fetchOb2Issuer(b, issuerId, ctx, 'issuer', true);
  checkBadgeClassIssuer(b, { ...parts, issuer: profile }, String(issuerId));
  const listed = asArray(profile.publicKey).map(idOf).filter((x): x is string => x !== undefined);
  const v = isObject(payload.verification) ? payload.verification : {};
  const creator = typeof v.creator === 'string' ? v.creator : undefined;
  if (creator !== undefined && !listed.includes(creator)) {
    b.halt('key-binding', 'key-not-bound-to-issuer', 'The signing key (verification.creator) is not listed in the issuer\'s publicKey.', { key: creator, issuer: issuerId });
  }
  const candidates = creator !== undefined ? [creator] : listed.slice(0, 5);
  if (candidates.length === 0) b.halt('key-binding', 'key-resolution-failed', 'The issuer profile lists no public key.', { issuer: issuerId });
  let usedKey: string | undefined;
  let firstError: unknown;
  for (const keyId of candidates) {
    try {
      const key = await loadKey(keyId, profile, ctx);
      await compactVerify(jws, key, { algorithms: ['RS256'] });
      usedKey = keyId;
      break;
    } catch (e) {
      firstError ??= e;
    }
  }
  if (usedKey === undefined) {
    const code = isVerifyError(firstError) ? firstError.code : 'invalid-signature';
    const id = code === 'invalid-signature' || code === 'weak-key' ? 'proof' : 'key-binding';
    b.halt(id, code, isVerifyError(firstError) ? firstError.message : undefined, isVerifyError(firstError) ? firstError.details : { keys: candidates.join(' ') });
  }
  b.pass('proof', 'The RS256 signature is valid.', { alg, key: usedKey });
  b.pass('key-binding', 'The key is listed by the issuer and owned by it.', { key: usedKey, issuer: issuerId });
  b.verifiedIssuer = new URL(String(issuerId)).host;
  b.verifiedIssuerId = String(issuerId);
  b.authentic = true;
  const status = await checkOb2RevocationList(profile.revocationList, payload, String(issuerId), ctx);
  if (status === undefined) b.add('status', 'skip', { message: 'The issuer publishes no revocation list.' });
  else recordStatus(b, status);
  await finishOb2(b, { ...parts, issuer: profile }, ctx);
}
