/**
 * Verifier cases shared by the Chromium run (test/verify/verify.test.ts) and the Node run
 * (test-node/verify.node.test.ts). DOM-free. Each case: an input, options, the expected report.
 */
import { verify, type VerifyOptions } from '../../src/core/verify/index.js';
import { createFetcher } from '../../src/core/fetch.js';
import { bakePng, bakeSvg } from '../../src/core/baked/index.js';
import { base64 } from '@scure/base';
import type { RecipientResult, VerificationCode, VerificationReport, VerificationState } from '../../src/core/types.js';
import { NOW, O, type World } from './world.js';

export interface Expect {
  authentic: boolean;
  state: VerificationState;
  code?: VerificationCode;
  recipient?: RecipientResult;
  verifiedIssuer?: string;
  reason?: string;
  endorsements?: { authentic: boolean; state: VerificationState; code?: VerificationCode }[];
}

export interface VCase {
  name: string;
  input: (w: World) => unknown;
  options?: (w: World) => VerifyOptions;
  expect: Expect | ((w: World) => Expect);
}

function fail(msg: string): never {
  throw new Error(msg);
}

/** Checks a report against an expectation, and that every check carries a human message. */
export function checkReport(r: VerificationReport, e: Expect, label: string): void {
  const got = `${r.authentic}/${r.state}/${r.code ?? '-'}`;
  const want = `${e.authentic}/${e.state}/${e.code ?? '-'}`;
  if (got !== want) fail(`${label}: expected ${want}, got ${got}; checks: ${JSON.stringify(r.checks.filter((c) => c.outcome !== 'pass').map((c) => [c.id, c.outcome, c.code, c.message]))}`);
  if (r.authentic && r.code !== undefined) fail(`${label}: an authentic report carries a code`);
  if (r.checks.length === 0) fail(`${label}: no checks`);
  for (const c of r.checks) {
    if (typeof c.message !== 'string' || c.message.trim().length < 8 || !/[.!?:]$|\S$/.test(c.message)) fail(`${label}: check ${c.id} has no message`);
  }
  if (!r.authentic && !r.checks.some((c) => c.outcome === 'fail' && c.code === r.code)) fail(`${label}: no failing check carries the code ${r.code}`);
  if (e.recipient !== undefined && r.recipient !== e.recipient) fail(`${label}: recipient ${r.recipient}, expected ${e.recipient}`);
  if (e.verifiedIssuer !== undefined && r.verifiedIssuer !== e.verifiedIssuer) fail(`${label}: verifiedIssuer ${r.verifiedIssuer}, expected ${e.verifiedIssuer}`);
  if (e.reason !== undefined && !(r.reason ?? '').includes(e.reason)) fail(`${label}: reason ${r.reason}, expected ${e.reason}`);
  if (e.endorsements !== undefined) {
    const got2 = (r.endorsements ?? []).map((x) => `${x.authentic}/${x.state}/${x.code ?? '-'}`).join(', ');
    const want2 = e.endorsements.map((x) => `${x.authentic}/${x.state}/${x.code ?? '-'}`).join(', ');
    if (got2 !== want2) fail(`${label}: endorsements ${got2}, expected ${want2}`);
  }
  if (Number.isNaN(Date.parse(r.checkedAt))) fail(`${label}: checkedAt`);
}

const valid: Expect = { authentic: true, state: 'valid' };
const bad = (code: VerificationCode): Expect => ({ authentic: false, state: 'invalid', code });
const unv = (code: VerificationCode): Expect => ({ authentic: false, state: 'unverifiable', code });
const c = (name: string): ((w: World) => unknown) => (w) => w.creds[name];
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const worldCases: VCase[] = [
  // VC-JWT
  { name: 'VC-JWT did:key (VCDM 2.0) is valid', input: c('jwtValid'), expect: (w) => ({ ...valid, verifiedIssuer: w.didA }) },
  { name: 'VC-JWT without kid uses the did:key issuer key', input: c('jwtNoKid'), expect: valid },
  { name: 'VC-JWT VCDM 1.1 (vc claim) is valid', input: c('jwtV1'), expect: valid },
  { name: 'VC-JWT expired (validUntil) is authentic and expired', input: c('jwtExpired'), expect: { authentic: true, state: 'expired' } },
  { name: 'VC-JWT with only an exp claim in the past is authentic and expired', input: c('jwtExpClaimOnly'), expect: { authentic: true, state: 'expired' } },
  { name: 'VC-JWT not yet valid', input: c('jwtNotYet'), expect: { authentic: true, state: 'not-yet-valid' } },
  { name: 'VC-JWT validUntil before validFrom → malformed', input: c('jwtUntilBeforeFrom'), expect: bad('malformed') },
  { name: 'VC-JWT tampered payload → invalid-signature', input: c('jwtTampered'), expect: bad('invalid-signature') },
  { name: 'VC-JWT signed by another key under the issuer kid → invalid-signature', input: c('jwtSignedByOtherUnderKid'), expect: bad('invalid-signature') },
  { name: 'VC-JWT kid of another did:key → key-not-bound-to-issuer', input: c('jwtWrongDidKey'), expect: bad('key-not-bound-to-issuer') },
  { name: 'VC-JWT header jwk not published by the issuer → key-not-bound-to-issuer', input: c('jwtHeaderJwkForeign'), expect: bad('key-not-bound-to-issuer') },
  { name: 'VC-JWT header jwk equal to the issuer key is accepted', input: c('jwtHeaderJwkPublished'), expect: valid },
  { name: 'VC-JWT HS256 → unsupported-alg', input: c('jwtHs256'), expect: bad('unsupported-alg') },
  { name: 'VC-JWT iss disagrees with issuer → claim-mismatch', input: c('jwtIssMismatch'), expect: bad('claim-mismatch') },
  { name: 'VC-JWT exp disagrees with validUntil → claim-mismatch', input: c('jwtExpMismatch'), expect: bad('claim-mismatch') },
  { name: 'VC-JWT did:web key under assertionMethod is valid', input: c('jwtDidWeb'), expect: (w) => ({ ...valid, verifiedIssuer: w.didWeb }) },
  { name: 'VC-JWT did:web key not under assertionMethod → key-not-bound-to-issuer', input: c('jwtDidWebNotAssertion'), expect: bad('key-not-bound-to-issuer') },
  { name: 'VC-JWT did:web issuer with a kid outside its DID → key-not-bound-to-issuer', input: c('jwtDidWebForeignKid'), expect: bad('key-not-bound-to-issuer') },
  { name: 'VC-JWT did:web document naming another DID → key-resolution-failed', input: c('jwtDidWebBadDoc'), expect: unv('key-resolution-failed') },
  { name: 'VC-JWT https issuer ES256 key document is valid', input: c('jwtHttpsEs256'), expect: { ...valid, verifiedIssuer: 'issuer.example' } },
  { name: 'VC-JWT https issuer PS256 key document is valid', input: c('jwtHttpsPs256'), expect: valid },
  { name: 'VC-JWT RSA 1024 key → weak-key', input: c('jwtHttpsWeak'), expect: bad('weak-key') },
  { name: 'VC-JWT key document controlled by someone else → key-not-bound-to-issuer', input: c('jwtHttpsForeignController'), expect: bad('key-not-bound-to-issuer') },
  { name: 'VC-JWT key the issuer does not list → key-not-bound-to-issuer', input: c('jwtHttpsUnlisted'), expect: bad('key-not-bound-to-issuer') },
  { name: 'VC-JWT kid outside the issuer origin → key-not-bound-to-issuer', input: c('jwtHttpsOtherOrigin'), expect: bad('key-not-bound-to-issuer') },
  // status
  { name: 'BitstringStatusList bit set → revoked', input: c('jwtRevoked'), expect: { authentic: true, state: 'revoked' } },
  { name: 'BitstringStatusList bit clear → valid', input: c('jwtNotRevoked'), expect: valid },
  { name: 'suspension bit set → suspended', input: c('jwtSuspended'), expect: { authentic: true, state: 'suspended' } },
  { name: 'suspended and expired → suspended (precedence)', input: c('jwtSuspendedExpired'), expect: { authentic: true, state: 'suspended' } },
  { name: 'revoked and suspended → revoked (precedence)', input: c('jwtRevokedAndSuspended'), expect: { authentic: true, state: 'revoked' } },
  { name: 'status list unreachable → status-unknown', input: c('jwtStatusMissing'), expect: { authentic: true, state: 'status-unknown' } },
  { name: 'status list from another issuer → status-unknown', input: c('jwtStatusOtherIssuer'), expect: { authentic: true, state: 'status-unknown' } },
  { name: 'status list with a broken proof → status-unknown', input: c('jwtStatusTampered'), expect: { authentic: true, state: 'status-unknown' } },
  { name: 'expired status list → status-unknown', input: c('jwtStatusListExpired'), expect: { authentic: true, state: 'status-unknown' } },
  { name: 'status purpose not served by the list → status-unknown', input: c('jwtStatusWrongPurpose'), expect: { authentic: true, state: 'status-unknown' } },
  { name: 'unsupported status method → status-unknown', input: c('jwtStatusUnknownType'), expect: { authentic: true, state: 'status-unknown' } },
  { name: 'status index beyond the list → status-unknown', input: c('jwtStatusOutOfRange'), expect: { authentic: true, state: 'status-unknown' } },
  { name: 'expired with unknown status → expired (precedence)', input: c('jwtStatusUnknownExpired'), expect: { authentic: true, state: 'expired' } },
  { name: '1EdTechRevocationList listing the credential → revoked with reason', input: c('jwt1EdTechRevoked'), expect: { authentic: true, state: 'revoked', reason: 'Issued in error' } },
  { name: '1EdTechRevocationList not listing it → valid', input: c('jwt1EdTechOk'), expect: valid },
  // recipient
  { name: 'OB 3.0 identityHash (spec example, upper-case hex) matches a@example.com', input: c('jwtRecipient'), options: () => ({ recipient: 'a@example.com' }), expect: { ...valid, recipient: 'match' } },
  { name: 'OB 3.0 identityHash does not match another identity', input: c('jwtRecipient'), options: () => ({ recipient: 'b@example.com' }), expect: { ...valid, recipient: 'mismatch' } },
  { name: 'recipient not checked without an identity', input: c('jwtRecipient'), expect: { ...valid, recipient: 'not-checked' } },
  { name: 'md5 identity hash matches', input: c('jwtRecipientMd5'), options: () => ({ recipient: 'someone@example.com' }), expect: { ...valid, recipient: 'match' } },
  { name: 'sha512 identity hash → recipient unsupported', input: c('jwtRecipientSha512'), options: () => ({ recipient: 'someone@example.com' }), expect: { ...valid, recipient: 'unsupported' } },
  // endorsements
  { name: 'endorsements are verified and reported separately', input: c('jwtEndorsed'), expect: { ...valid, endorsements: [{ authentic: true, state: 'valid' }, { authentic: false, state: 'invalid', code: 'invalid-signature' }] } },
  { name: 'endorsementDepth 0 skips endorsements', input: c('jwtEndorsed'), options: () => ({ endorsementDepth: 0 }), expect: { ...valid, endorsements: [] } },
  // OB 2.0 hosted
  { name: 'OB 2.0 hosted (object) is valid; recipient mayze matches', input: c('ob2Valid'), options: () => ({ recipient: 'mayze' }), expect: { ...valid, recipient: 'match', verifiedIssuer: 'issuer.example' } },
  { name: 'OB 2.0 hosted by URL is valid', input: () => `${O}/ob2/a/valid.json`, expect: valid },
  { name: 'OB 2.0 hosted revoked: true → revoked with reason', input: c('ob2RevokedFlag'), expect: { authentic: true, state: 'revoked', reason: 'Issued by mistake' } },
  { name: 'OB 2.0 hosted expired', input: c('ob2Expired'), expect: { authentic: true, state: 'expired' } },
  { name: 'OB 2.0 hosted issued in the future → not-yet-valid', input: c('ob2NotYet'), expect: { authentic: true, state: 'not-yet-valid' } },
  { name: 'OB 2.0 hosted 410 Gone → revoked', input: c('ob2Gone'), expect: { authentic: true, state: 'revoked' } },
  { name: 'OB 2.0 URL answering 410 Gone → revoked', input: () => `${O}/ob2/a/gone.json`, expect: { authentic: true, state: 'revoked' } },
  { name: 'OB 2.0 hosted 404 → fetch-failed (unverifiable)', input: c('ob2Missing'), expect: unv('fetch-failed') },
  { name: 'OB 2.0 hosted document naming another id → id-mismatch', input: c('ob2IdMismatch'), expect: bad('id-mismatch') },
  { name: 'OB 2.0 pasted copy differs: the fetched copy wins', input: c('ob2PastedTampered'), expect: valid },
  { name: 'OB 2.0 hosted on issuer.example.evil.com → origin-not-allowed', input: c('ob2EvilOrigin'), expect: bad('origin-not-allowed') },
  { name: 'OB 2.0 verification.startsWith satisfied → valid', input: c('ob2ScopedOk'), expect: valid },
  { name: 'OB 2.0 verification.startsWith not satisfied → origin-not-allowed', input: c('ob2ScopedOut'), expect: bad('origin-not-allowed') },
  { name: 'OB 2.0 allowedOrigins on another host → valid', input: c('ob2AllowedOther'), expect: valid },
  { name: 'OB 2.0 allowedOrigins excludes the issuer origin → origin-not-allowed', input: c('ob2AllowedOwnOriginNotListed'), expect: bad('origin-not-allowed') },
  { name: 'OB 2.0 issuer profile naming another id → id-mismatch', input: c('ob2IssuerLiar'), expect: bad('id-mismatch') },
  { name: 'OB 2.0 signed assertion pasted without signature → no-proof', input: c('ob2SignedTypeAsJson'), expect: unv('no-proof') },
  // OB 2.0 signed
  { name: 'OB 2.0 signed RS256 is valid', input: c('ob2Signed'), expect: { ...valid, verifiedIssuer: 'issuer.example' } },
  { name: 'OB 2.0 signed without creator uses the listed key', input: c('ob2SignedNoCreator'), expect: valid },
  { name: 'OB 2.0 signed in RevocationList ({id}) → revoked with reason', input: c('ob2SignedRevoked'), expect: { authentic: true, state: 'revoked', reason: 'Cheating' } },
  { name: 'OB 2.0 signed in RevocationList (plain id) → revoked', input: c('ob2SignedRevokedPlain'), expect: { authentic: true, state: 'revoked' } },
  { name: 'OB 2.0 signed in RevocationList (legacy uid) → revoked', input: c('ob2SignedRevokedUid'), expect: { authentic: true, state: 'revoked' } },
  { name: 'OB 2.0 signed expired', input: c('ob2SignedExpired'), expect: { authentic: true, state: 'expired' } },
  { name: 'OB 2.0 signed tampered → invalid-signature', input: c('ob2SignedTampered'), expect: bad('invalid-signature') },
  { name: 'OB 2.0 signed by a key the issuer does not list → key-not-bound-to-issuer', input: c('ob2SignedEvilCreator'), expect: bad('key-not-bound-to-issuer') },
  { name: 'OB 2.0 signed with keys from an embedded issuer copy → key-not-bound-to-issuer', input: c('ob2SignedEmbeddedIssuerKey'), expect: bad('key-not-bound-to-issuer') },
  { name: 'OB 2.0 signed with a listed key owned by another issuer → key-not-bound-to-issuer', input: c('ob2SignedKeyOwnedByOther'), expect: bad('key-not-bound-to-issuer') },
  { name: 'OB 2.0 signed with a listed RSA 1024 key → weak-key', input: c('ob2SignedWeakListed'), expect: bad('weak-key') },
  { name: 'OB 2.0 signed ES256 → unsupported-alg', input: c('ob2SignedEs256'), expect: bad('unsupported-alg') },
  // inputs and fetch failures
  { name: 'VC-JWT served as text at a URL', input: () => `${O}/jwt.txt`, expect: valid },
  { name: 'VC-JWT as bytes', input: (w) => new TextEncoder().encode(w.creds.jwtValid as string), expect: valid },
  { name: 'VC-JWT as JSON string of an OB 2.0 object', input: (w) => JSON.stringify(w.creds.ob2Valid), expect: valid },
  { name: 'baked SVG (OB 3.0 VC-JWT) as bytes', input: (w) => new TextEncoder().encode(bakeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>', w.creds.jwtValid as string, { ob3: true })), expect: valid },
  { name: 'baked PNG with a hosted OB 2.0 URL is re-fetched', input: () => bakePng(base64.decode(PNG_1X1), `${O}/ob2/a/revoked.json`, { ob3: false }), expect: { authentic: true, state: 'revoked' } },
  { name: 'baked PNG with a tampered hosted copy: the hosted copy wins', input: (w) => bakePng(base64.decode(PNG_1X1), JSON.stringify(w.creds.ob2PastedTampered), { ob3: false }), expect: valid },
  { name: 'ftp: URL → url-blocked', input: () => 'ftp://issuer.example/badge.json', expect: unv('url-blocked') },
  { name: 'javascript: URL → url-blocked', input: () => 'javascript:alert(1)', expect: unv('url-blocked') },
  { name: 'JSON that is not a badge → unknown-format', input: () => ({ foo: 1 }), expect: unv('unknown-format') },
  { name: 'plain text → unknown-format', input: () => 'hello there', expect: unv('unknown-format') },
  { name: 'random bytes → unknown-format', input: () => new Uint8Array([0, 1, 2, 3, 250, 251]), expect: unv('unknown-format') },
  { name: 'broken JSON string → malformed', input: () => '{ "@context": ', expect: bad('malformed') },
  { name: 'URL serving broken JSON → malformed', input: () => `${O}/garbage.json`, expect: bad('malformed') },
  { name: 'URL serving text → unknown-format', input: () => `${O}/text.txt`, expect: unv('unknown-format') },
  { name: 'slow server → fetch-timeout', input: () => `${O}/slow.json`, options: (w) => ({ fetcher: createFetcher({ fetch: w.fetch, timeoutMs: 150 }) }), expect: unv('fetch-timeout') },
  { name: 'oversized document → fetch-too-large', input: () => `${O}/big.json`, options: (w) => ({ fetcher: createFetcher({ fetch: w.fetch, maxBytes: 1000 }) }), expect: unv('fetch-too-large') },
];

export async function runWorldCase(w: World, k: VCase): Promise<VerificationReport> {
  const options: VerifyOptions = { fetch: w.fetch, now: NOW, ...(k.options?.(w) ?? {}) };
  const r = await verify(k.input(w) as never, options);
  checkReport(r, typeof k.expect === 'function' ? k.expect(w) : k.expect, k.name);
  return r;
}

/* ---------------------------------------------------------------- public vectors */

export const VECTOR_STATUS_URL = 'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj';

/** Expected reports from the vectors' README. */
export const VECTOR_EXPECT: Record<string, Expect> = {
  ...Object.fromEntries(['v1NoStatus', 'v1OBv3SpecExample', 'v1SimpleIssuerId', 'v1WithValidStatus', 'v2NoStatus', 'v2OBv3SpecExample', 'v2SimpleIssuerId', 'v2WithValidStatus', 'v2EddsaWithValidStatus', 'v2DoubleSigWithValidStatus'].map((n) => [n, valid])),
  ...Object.fromEntries(['v1Expired', 'v1ExpiredWithValidStatus', 'v2Expired', 'v2ExpiredWithValidStatus'].map((n) => [n, { authentic: true, state: 'expired' } as Expect])),
  ...Object.fromEntries(['v1Revoked', 'v1RevokedAndExpired', 'v2Revoked', 'v2RevokedAndExpired'].map((n) => [n, { authentic: true, state: 'revoked' } as Expect])),
  v2DoubleSigWithBadStatusUrl: { authentic: true, state: 'status-unknown' },
  testVC: bad('invalid-signature'),
  safeModeBreaker: bad('data-loss'),
  v2WithBadDidWeb: unv('key-resolution-failed'),
  v2didWebWithValidStatus: unv('key-resolution-failed'),
  v2didWebMultikeyWithValidStatus: unv('key-resolution-failed'),
};

/** A fetch that serves only the vectors' status list (from `statusListText`); everything else fails like offline. */
export function vectorFetch(statusListText: string): typeof globalThis.fetch {
  return (async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === VECTOR_STATUS_URL) return new Response(statusListText, { status: 200, headers: { 'content-type': 'application/json' } });
    throw new TypeError(`offline: ${url}`);
  }) as typeof globalThis.fetch;
}

/** Extra cases made from the vectors: an unsupported proof type and an unknown context. */
export function vectorVariants(v2NoStatus: Record<string, unknown>): { name: string; doc: Record<string, unknown>; expect: Expect }[] {
  const proof = v2NoStatus.proof as Record<string, unknown>;
  return [
    { name: 'unknown proof type → unsupported-proof', doc: { ...v2NoStatus, proof: { ...proof, type: 'RsaSignature2018' } }, expect: unv('unsupported-proof') },
    { name: 'unknown JSON-LD context → context-not-allowed', doc: { ...v2NoStatus, '@context': [...(v2NoStatus['@context'] as string[]), 'https://example.com/unknown-context.jsonld'] }, expect: bad('context-not-allowed') },
    { name: 'no proof → no-proof', doc: Object.fromEntries(Object.entries(v2NoStatus).filter(([k]) => k !== 'proof')), expect: unv('no-proof') },
    { name: 'did:key proof for another issuer → key-not-bound-to-issuer', doc: { ...v2NoStatus, issuer: { id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' } }, expect: bad('key-not-bound-to-issuer') },
  ];
}

/* ---------------------------------------------------------------- recipient hashes from the vectors README */
export const README_HASHES: { identity: string; salt?: string; hash: string }[] = [
  { identity: 'mayze', hash: 'sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6' },
  { identity: 'test@example.com', salt: 'sel gris', hash: 'sha256$85c4196c5516561cef673642157499b70066cb1070852b2a37fdbf3cc599b087' },
  { identity: 'a@example.com', salt: 'Kosher', hash: 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399' },
];
