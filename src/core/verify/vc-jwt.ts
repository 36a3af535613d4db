/**
 * OB 3.0 VC-JWT (VCDM 1.1 `vc` claim and VCDM 2.0 payloads) with jose: explicit algorithm allow-list,
 * RSA ≥ 2048, claims that must agree with the credential, keys bound to the issuer (a `kid` only inside
 * the issuer's trust domain; a header `jwk` only when it equals a key the issuer publishes).
 * The signature is checked first; dates are then read like any credential's (expired = authentic + expired).
 */
import { compactVerify, type JWK, type CryptoKey } from 'jose';
import { importJwkCached, importSpkiCached } from './keys/import-cache.js';
import { credentialFromJwtPayload, decodeJws, type DecodedJws } from '../read-path.js';
import { asArray, idOf, isObject, type Json, type VerifyContext } from './context.js';
import { type ReportBuilder, step } from './pipeline.js';
import { ob3Badge } from './badge.js';
import { finishOb3, issuerIdOf } from './ob3.js';
import { issuerKeys, resolveIssuerKey, rsaBits, sameJwk, type BoundKey } from './keys/index.js';
import { parseDate } from './time.js';
import { VerifyError } from './verify-error.js';

export const VC_JWT_ALGORITHMS: readonly string[] = ['EdDSA', 'ES256', 'RS256', 'PS256'];
const MIN_RSA_BITS = 2048;

function seconds(v: unknown): number | undefined {
  const t = parseDate(v);
  return t === undefined || Number.isNaN(t) ? undefined : Math.floor(t / 1000);
}

/** Every registered claim that is present must agree with the credential inside. Returns the mismatching claim. */
export function claimMismatch(payload: Json): string | undefined {
  const raw = isObject(payload.vc) ? payload.vc : payload;
  const v1 = isObject(payload.vc);
  if (payload.iss !== undefined) {
    const issuer = idOf(raw.issuer);
    if (typeof payload.iss !== 'string' || (issuer !== undefined && issuer !== payload.iss)) return 'iss';
  }
  if (payload.jti !== undefined && (typeof payload.jti !== 'string' || (raw.id !== undefined && raw.id !== payload.jti))) return 'jti';
  if (payload.sub !== undefined) {
    const subject = asArray(raw.credentialSubject).find(isObject);
    if (typeof payload.sub !== 'string' || (subject?.id !== undefined && subject.id !== payload.sub)) return 'sub';
  }
  for (const [claim, fields] of [
    ['nbf', v1 ? ['issuanceDate', 'validFrom'] : ['validFrom']],
    ['exp', v1 ? ['expirationDate', 'validUntil'] : ['validUntil']],
  ] as const) {
    const v = payload[claim];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) return claim;
    const field = fields.find((f) => raw[f] !== undefined);
    if (field === undefined) continue;
    const s = seconds(raw[field]);
    if (s !== undefined && s !== Math.floor(v)) return claim;
  }
  return undefined;
}

/** The candidate keys for this JWT, all bound to the issuer. */
async function candidateKeys(header: Json, issuerId: string, ctx: VerifyContext): Promise<BoundKey[]> {
  const kid = header.kid;
  if (kid !== undefined && typeof kid !== 'string') throw new VerifyError('malformed', 'The JWT header\'s kid is not a string.');
  if (header.jwk !== undefined) {
    if (!isObject(header.jwk)) throw new VerifyError('malformed', 'The JWT header\'s jwk is not an object.');
    const published = kid !== undefined ? [await resolveIssuerKey(kid, issuerId, ctx)] : await issuerKeys(issuerId, ctx);
    const match = published.find((k) => k.jwk !== undefined && sameJwk(k.jwk, header.jwk as Json));
    if (match === undefined) throw new VerifyError('key-not-bound-to-issuer', 'The key in the JWT header is not one the issuer publishes: a key a token carries proves nothing by itself.');
    return [match];
  }
  if (kid !== undefined) return [await resolveIssuerKey(kid, issuerId, ctx)];
  const keys = await issuerKeys(issuerId, ctx);
  if (keys.length === 0) throw new VerifyError('key-resolution-failed', 'The issuer publishes no key for this token.');
  return keys.slice(0, 5);
}

async function importKey(key: BoundKey, alg: string): Promise<CryptoKey | Uint8Array> {
  if (key.jwk?.kty === 'RSA' && rsaBits(key.jwk) < MIN_RSA_BITS) {
    throw new VerifyError('weak-key', `The issuer's RSA key has ${rsaBits(key.jwk)} bits; at least ${MIN_RSA_BITS} are required.`, { key: key.id });
  }
  let k: CryptoKey | Uint8Array;
  try {
    k = key.jwk !== undefined ? await importJwkCached(key.jwk as JWK, alg) : await importSpkiCached(key.pem ?? '', alg);
  } catch (cause) {
    throw new VerifyError('invalid-signature', `The issuer's key cannot be used with ${alg}.`, { key: key.id, alg }, cause);
  }
  const bits = (k as CryptoKey).algorithm !== undefined ? ((k as CryptoKey).algorithm as { modulusLength?: number }).modulusLength : undefined;
  if (bits !== undefined && bits < MIN_RSA_BITS) {
    throw new VerifyError('weak-key', `The issuer's RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are required.`, { key: key.id });
  }
  return k;
}

export async function verifyVcJwt(b: ReportBuilder, jwt: string, ctx: VerifyContext, source?: string, decoded?: DecodedJws): Promise<void> {
  const { header, payload } = decoded ?? (await step(b, 'format', () => decodeJws(jwt)));
  const credential = await step(b, 'format', () => credentialFromJwtPayload(payload));
  b.badge = ob3Badge(credential, 'ob3-jwt', jwt, source);
  b.pass('format', 'This is an Open Badges 3.0 credential signed as a JWT (VC-JWT).', { format: 'ob3-jwt', source });
  const alg = header.alg;
  if (typeof alg !== 'string' || !VC_JWT_ALGORITHMS.includes(alg)) {
    b.halt('algorithm', 'unsupported-alg', `The token is signed with "${String(alg)}", which is not allowed (allowed: ${VC_JWT_ALGORITHMS.join(', ')}).`, { alg: String(alg) });
  }
  b.pass('algorithm', `The algorithm ${alg} is on the allowed list.`, { alg });
  const mismatch = claimMismatch(payload as Json);
  if (mismatch !== undefined) b.halt('claims', 'claim-mismatch', `The token's "${mismatch}" claim disagrees with the credential.`, { claim: mismatch });
  b.pass('claims');
  const issuerId = issuerIdOf(b, credential);
  const keys = await step(b, 'key-binding', () => candidateKeys(header, issuerId, ctx), 'key-resolution-failed');
  let verifiedWith: BoundKey | undefined;
  let lastError: unknown;
  for (const key of keys) {
    const k = await step(b, 'proof', () => importKey(key, alg));
    try {
      await compactVerify(jwt, k, { algorithms: [alg] });
      verifiedWith = key;
      break;
    } catch (e) {
      lastError = e;
    }
  }
  if (verifiedWith === undefined) {
    b.halt('proof', 'invalid-signature', undefined, { alg, kid: typeof header.kid === 'string' ? header.kid : undefined, error: lastError instanceof Error ? lastError.name : undefined });
  }
  b.pass('proof', `The ${alg} signature is valid.`, { alg, key: verifiedWith.id });
  b.pass('key-binding', `The key is bound to the issuer ${verifiedWith.boundTo}.`, { key: verifiedWith.id, issuer: issuerId });
  b.verifiedIssuer = verifiedWith.boundTo;
  b.verifiedIssuerId = issuerId;
  b.authentic = true;
  await finishOb3(b, credential, ctx);
}
