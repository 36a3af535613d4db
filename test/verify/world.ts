/**
 * A small offline world for the verifier tests: issuers at https://issuer.example (OB 2.0 hosted and
 * signed, an https OB 3.0 issuer with key documents), did:key and did:web issuers, status lists, all
 * served from memory by a custom `fetch`. Every credential is signed with real, freshly made keys.
 */
import { md5 } from 'js-md5';
import { didKey, encodedList, keyPair, multibase, rsaKeyPair, signJwt, signRs256Raw, spkiPem, tamper, type Kp } from './crypto-kit.js';

export const NOW = new Date('2027-06-01T00:00:00Z');
export const O = 'https://issuer.example';
const OB2_CTX = 'https://w3id.org/openbadges/v2';
const VC2 = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];
const VC1 = ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

interface Served {
  status?: number;
  body: string;
  type?: string;
  hang?: boolean;
}

export interface World {
  fetch: typeof globalThis.fetch;
  docs: Map<string, Served>;
  keys: { edA: Kp; edB: Kp; edWeb: Kp; es: Kp; rsa: Kp; rsaWeak: Kp; rsaOther: Kp; ps: Kp };
  didA: string;
  didB: string;
  didWeb: string;
  /** The https OB 3.0 issuer profile id. */
  httpsIssuer: string;
  /** Credentials by name (objects or compact JWS/JWT strings). */
  creds: Record<string, unknown>;
}

function makeFetch(docs: Map<string, Served>): typeof globalThis.fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const d = docs.get(url);
    if (d?.hang) {
      return new Promise<Response>((_, reject) => {
        const s = init?.signal;
        s?.addEventListener('abort', () => reject(s.reason ?? new DOMException('aborted', 'AbortError')));
      });
    }
    if (d === undefined) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(d.status === 410 ? null : d.body, { status: d.status ?? 200, headers: { 'content-type': d.type ?? 'application/json' } });
  }) as typeof globalThis.fetch;
}

const secs = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

/** A VCDM 2.0 OpenBadgeCredential. */
export function vc2(issuer: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': VC2,
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Test Issuer' },
    validFrom: '2025-01-01T00:00:00Z',
    name: 'Test badge',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: { id: 'urn:uuid:6a4b2f1e-0d49-4b2d-9a55-1f6b7c3e8d90', type: ['Achievement'], name: 'Test achievement', description: 'A test.', criteria: { narrative: 'Pass the test.' } },
    },
    ...extra,
  };
}

/** Standard VC-JWT claims for a VCDM 2.0 payload. */
function claims2(c: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...c, iss: (c.issuer as { id: string }).id, jti: c.id, nbf: secs(String(c.validFrom)) };
  if (c.validUntil) out.exp = secs(String(c.validUntil));
  return out;
}

export async function buildWorld(): Promise<World> {
  const [edA, edB, edWeb, es, rsa, rsaWeak, rsaOther, ps] = await Promise.all([
    keyPair('EdDSA'), keyPair('EdDSA'), keyPair('EdDSA'), keyPair('ES256'), keyPair('RS256'), rsaKeyPair(1024), keyPair('RS256'), keyPair('PS256'),
  ]);
  const docs = new Map<string, Served>();
  const put = (url: string, body: unknown, extra: Partial<Served> = {}): void => {
    docs.set(url, { body: typeof body === 'string' ? body : JSON.stringify(body), ...extra });
  };
  const didA = didKey(edA);
  const didB = didKey(edB);
  const creds: Record<string, unknown> = {};

  /* ---------------------------------------------------------------- did:web */
  const didWeb = 'did:web:issuer.example';
  put(`${O}/.well-known/did.json`, {
    '@context': ['https://www.w3.org/ns/did/v1'],
    id: didWeb,
    verificationMethod: [
      { id: `${didWeb}#key-1`, type: 'Multikey', controller: didWeb, publicKeyMultibase: multibase(edWeb) },
      { id: `${didWeb}#key-auth`, type: 'JsonWebKey2020', controller: didWeb, publicKeyJwk: edB.jwk },
    ],
    assertionMethod: ['#key-1'],
    authentication: ['#key-auth'],
  });
  const didWebPath = 'did:web:issuer.example:orgs:acme';
  put(`${O}/orgs/acme/did.json`, { id: 'did:web:issuer.example:orgs:other', verificationMethod: [], assertionMethod: [] });

  /* ---------------------------------------------------------------- https OB 3.0 issuer */
  const httpsIssuer = `${O}/ob3/issuer.json`;
  put(httpsIssuer, { '@context': VC2, id: httpsIssuer, type: ['Profile'], name: 'HTTPS Issuer', assertionMethod: [`${O}/ob3/keys/es.json`, `${O}/ob3/keys/weak.json`, `${O}/ob3/keys/foreign.json`, `${O}/ob3/keys/ps.json`] });
  put(`${O}/ob3/keys/ps.json`, { id: `${O}/ob3/keys/ps.json`, type: 'JsonWebKey', controller: httpsIssuer, publicKeyJwk: ps.jwk });
  put(`${O}/ob3/keys/es.json`, { id: `${O}/ob3/keys/es.json`, type: 'JsonWebKey', controller: httpsIssuer, publicKeyJwk: es.jwk });
  put(`${O}/ob3/keys/weak.json`, { id: `${O}/ob3/keys/weak.json`, type: 'JsonWebKey', controller: httpsIssuer, publicKeyJwk: rsaWeak.jwk });
  put(`${O}/ob3/keys/foreign.json`, { id: `${O}/ob3/keys/foreign.json`, type: 'JsonWebKey', controller: `${O}/someone-else.json`, publicKeyJwk: rsaOther.jwk });
  put(`${O}/ob3/keys/unlisted.json`, { id: `${O}/ob3/keys/unlisted.json`, type: 'JsonWebKey', controller: httpsIssuer, publicKeyJwk: rsaOther.jwk });

  /* ---------------------------------------------------------------- status lists (VC-JWT, issuer did:key A) */
  const listJwt = async (id: string, purpose: string, bits: number[], key: Kp, issuer: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const c = vc2(issuer, { id, type: ['VerifiableCredential', 'BitstringStatusListCredential'], credentialSubject: { id: `${id}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList: await encodedList(bits) }, ...extra });
    return signJwt(claims2(c), { alg: 'EdDSA', kid: `${issuer}#${issuer.slice(8)}` }, key.privateKey);
  };
  const S = 'https://status.example/lists';
  put(`${S}/rev`, await listJwt(`${S}/rev`, 'revocation', [3, 9], edA, didA), { type: 'application/vc+jwt' });
  put(`${S}/susp`, await listJwt(`${S}/susp`, 'suspension', [5], edA, didA), { type: 'application/vc+jwt' });
  put(`${S}/other-issuer`, await listJwt(`${S}/other-issuer`, 'revocation', [], edB, didB), { type: 'application/vc+jwt' });
  put(`${S}/tampered`, tamper(await listJwt(`${S}/tampered`, 'revocation', [3], edA, didA), (p) => {
    p.name = 'changed';
  }), { type: 'application/vc+jwt' });
  put(`${S}/expired`, await listJwt(`${S}/expired`, 'revocation', [], edA, didA, { validUntil: '2026-01-01T00:00:00Z' }), { type: 'application/vc+jwt' });
  const entry = (list: string, index: number, purpose = 'revocation'): Record<string, unknown> => ({ id: `${list}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: purpose, statusListIndex: String(index), statusListCredential: list });

  /* ---------------------------------------------------------------- VC-JWT credentials */
  const kidA = `${didA}#${didA.slice(8)}`;
  const jwtA = async (c: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> => signJwt(claims2(c), { alg: 'EdDSA', kid: kidA, ...header }, edA.privateKey);
  creds.jwtValid = await jwtA(vc2(didA));
  creds.jwtNoKid = await signJwt(claims2(vc2(didA)), { alg: 'EdDSA' }, edA.privateKey);
  creds.jwtV1 = await signJwt({ iss: didA, jti: 'urn:uuid:0b0f4c0e-4a44-4a55-8f35-7d1a6e9d1c01', nbf: secs('2025-01-01T00:00:00Z'), vc: { '@context': VC1, type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: didA, issuanceDate: '2025-01-01T00:00:00Z', name: 'V1 badge', credentialSubject: (vc2(didA).credentialSubject) } }, { alg: 'EdDSA', kid: kidA }, edA.privateKey);
  creds.jwtExpired = await jwtA(vc2(didA, { validUntil: '2026-01-01T00:00:00Z' }));
  creds.jwtNotYet = await jwtA(vc2(didA, { validFrom: '2028-01-01T00:00:00Z' }));
  creds.jwtUntilBeforeFrom = await jwtA(vc2(didA, { validFrom: '2025-06-01T00:00:00Z', validUntil: '2025-01-01T00:00:00Z' }));
  creds.jwtTampered = tamper(creds.jwtValid as string, (p) => {
    p.name = 'A much better badge';
  });
  creds.jwtWrongDidKey = await signJwt(claims2(vc2(didA)), { alg: 'EdDSA', kid: `${didB}#${didB.slice(8)}` }, edB.privateKey);
  creds.jwtSignedByOtherUnderKid = await signJwt(claims2(vc2(didA)), { alg: 'EdDSA', kid: kidA }, edB.privateKey);
  creds.jwtHeaderJwkForeign = await signJwt(claims2(vc2(didA)), { alg: 'EdDSA', jwk: edB.jwk }, edB.privateKey);
  creds.jwtHeaderJwkPublished = await signJwt(claims2(vc2(didA)), { alg: 'EdDSA', jwk: edA.jwk }, edA.privateKey);
  creds.jwtHs256 = await signJwt(claims2(vc2(didA)), { alg: 'HS256' }, new Uint8Array(32).fill(7));
  creds.jwtIssMismatch = await signJwt({ ...claims2(vc2(didA)), iss: didB }, { alg: 'EdDSA', kid: kidA }, edA.privateKey);
  creds.jwtExpMismatch = await signJwt({ ...claims2(vc2(didA, { validUntil: '2029-01-01T00:00:00Z' })), exp: secs('2030-01-01T00:00:00Z') }, { alg: 'EdDSA', kid: kidA }, edA.privateKey);
  const expiredJwtOnly = vc2(didA);
  creds.jwtExpClaimOnly = await signJwt({ ...claims2(expiredJwtOnly), exp: secs('2026-02-01T00:00:00Z') }, { alg: 'EdDSA', kid: kidA }, edA.privateKey);
  // did:web
  creds.jwtDidWeb = await signJwt(claims2(vc2(didWeb)), { alg: 'EdDSA', kid: `${didWeb}#key-1` }, edWeb.privateKey);
  creds.jwtDidWebNotAssertion = await signJwt(claims2(vc2(didWeb)), { alg: 'EdDSA', kid: `${didWeb}#key-auth` }, edB.privateKey);
  creds.jwtDidWebForeignKid = await signJwt(claims2(vc2(didWeb)), { alg: 'EdDSA', kid: kidA }, edA.privateKey);
  creds.jwtDidWebBadDoc = await signJwt(claims2(vc2(didWebPath)), { alg: 'EdDSA', kid: `${didWebPath}#key-1` }, edWeb.privateKey);
  // https issuer with key documents
  creds.jwtHttpsEs256 = await signJwt(claims2(vc2(httpsIssuer)), { alg: 'ES256', kid: `${O}/ob3/keys/es.json` }, es.privateKey);
  creds.jwtHttpsWeak = await signRs256Raw(claims2(vc2(httpsIssuer)), { alg: 'RS256', kid: `${O}/ob3/keys/weak.json` }, rsaWeak);
  creds.jwtHttpsForeignController = await signJwt(claims2(vc2(httpsIssuer)), { alg: 'RS256', kid: `${O}/ob3/keys/foreign.json` }, rsaOther.privateKey);
  creds.jwtHttpsUnlisted = await signJwt(claims2(vc2(httpsIssuer)), { alg: 'RS256', kid: `${O}/ob3/keys/unlisted.json` }, rsaOther.privateKey);
  creds.jwtHttpsOtherOrigin = await signJwt(claims2(vc2(httpsIssuer)), { alg: 'RS256', kid: 'https://evil.example/key.json' }, rsaOther.privateKey);
  creds.jwtHttpsPs256 = await signJwt(claims2(vc2(httpsIssuer)), { alg: 'PS256', kid: `${O}/ob3/keys/ps.json` }, ps.privateKey);
  // status
  creds.jwtRevoked = await jwtA(vc2(didA, { credentialStatus: entry(`${S}/rev`, 3) }));
  creds.jwtNotRevoked = await jwtA(vc2(didA, { credentialStatus: entry(`${S}/rev`, 4) }));
  creds.jwtSuspended = await jwtA(vc2(didA, { credentialStatus: entry(`${S}/susp`, 5, 'suspension') }));
  creds.jwtSuspendedExpired = await jwtA(vc2(didA, { validUntil: '2026-01-01T00:00:00Z', credentialStatus: [entry(`${S}/susp`, 5, 'suspension'), entry(`${S}/rev`, 4)] }));
  creds.jwtRevokedAndSuspended = await jwtA(vc2(didA, { credentialStatus: [entry(`${S}/susp`, 5, 'suspension'), entry(`${S}/rev`, 9)] }));
  creds.jwtStatusMissing = await jwtA(vc2(didA, { credentialStatus: entry(`${S}/missing`, 3) }));
  creds.jwtStatusOtherIssuer = await jwtA(vc2(didA, { credentialStatus: entry(`${S}/other-issuer`, 3) }));
  creds.jwtStatusTampered = await jwtA(vc2(didA, { credentialStatus: entry(`${S}/tampered`, 3) }));
  creds.jwtStatusListExpired = await jwtA(vc2(didA, { credentialStatus: entry(`${S}/expired`, 3) }));
  creds.jwtStatusWrongPurpose = await jwtA(vc2(didA, { credentialStatus: entry(`${S}/rev`, 3, 'suspension') }));
  creds.jwtStatusUnknownType = await jwtA(vc2(didA, { credentialStatus: { id: 'https://status.example/x', type: 'CredentialStatusList2017' } }));
  creds.jwtStatusUnknownExpired = await jwtA(vc2(didA, { validUntil: '2026-01-01T00:00:00Z', credentialStatus: entry(`${S}/missing`, 3) }));
  creds.jwtStatusOutOfRange = await jwtA(vc2(didA, { credentialStatus: entry(`${S}/rev`, 16384 * 8 + 1) }));
  // 1EdTech revocation list
  put(`${O}/ob3/revocations.json`, { id: `${O}/ob3/revocations.json`, issuer: didA, revokedCredentials: [{ id: 'urn:uuid:11111111-1111-4111-8111-111111111111', revocationReason: 'Issued in error' }] });
  creds.jwt1EdTechRevoked = await jwtA(vc2(didA, { id: 'urn:uuid:11111111-1111-4111-8111-111111111111', credentialStatus: { id: `${O}/ob3/revocations.json`, type: '1EdTechRevocationList' } }));
  creds.jwt1EdTechOk = await jwtA(vc2(didA, { credentialStatus: { id: `${O}/ob3/revocations.json`, type: '1EdTechRevocationList' } }));
  // recipient (OB 3.0 spec example: a@example.com + Kosher)
  const subjectWith = (identifier: unknown): Record<string, unknown> => ({ ...(vc2(didA).credentialSubject as Record<string, unknown>), identifier });
  creds.jwtRecipient = await jwtA(vc2(didA, { credentialSubject: subjectWith([{ type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: 'sha256$B5809D8A92F8858436D7E6B87C12EBC0AE1EAC4BAECC2C0B913AEE2C922EF399', salt: 'Kosher' }]) }));
  creds.jwtRecipientMd5 = await jwtA(vc2(didA, { credentialSubject: subjectWith([{ type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: `md5$${md5('someone@example.com' + 'pepper')}`, salt: 'pepper' }]) }));
  creds.jwtRecipientSha512 = await jwtA(vc2(didA, { credentialSubject: subjectWith([{ type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: 'sha512$abcdef' }]) }));
  // endorsements
  const endorsement = await signJwt(claims2(vc2(didB, { type: ['VerifiableCredential', 'EndorsementCredential'], credentialSubject: { id: 'urn:uuid:6a4b2f1e-0d49-4b2d-9a55-1f6b7c3e8d90', type: ['EndorsementSubject'], endorsementComment: 'Solid.' } })), { alg: 'EdDSA', kid: `${didB}#${didB.slice(8)}` }, edB.privateKey);
  const badEndorsement = tamper(endorsement, (p) => {
    p.name = 'forged';
  });
  creds.jwtEndorsed = await jwtA(vc2(didA, { endorsementJwt: [endorsement, badEndorsement] }));

  /* ---------------------------------------------------------------- OB 2.0 */
  const ob2Issuer = `${O}/ob2/issuer.json`;
  put(ob2Issuer, { '@context': OB2_CTX, type: 'Issuer', id: ob2Issuer, name: 'OB2 Issuer', url: O, email: 'badges@issuer.example', publicKey: `${O}/ob2/key.json`, revocationList: `${O}/ob2/revocations.json` });
  put(`${O}/ob2/key.json`, { '@context': OB2_CTX, type: 'CryptographicKey', id: `${O}/ob2/key.json`, owner: ob2Issuer, publicKeyPem: await spkiPem(rsa) });
  put(`${O}/ob2/key-weak.json`, { '@context': OB2_CTX, type: 'CryptographicKey', id: `${O}/ob2/key-weak.json`, owner: ob2Issuer, publicKeyPem: await spkiPem(rsaWeak) });
  put('https://evil.example/key.json', { '@context': OB2_CTX, type: 'CryptographicKey', id: 'https://evil.example/key.json', owner: ob2Issuer, publicKeyPem: await spkiPem(rsaOther) });
  put(`${O}/ob2/revocations.json`, { '@context': OB2_CTX, id: `${O}/ob2/revocations.json`, type: 'RevocationList', issuer: ob2Issuer, revokedAssertions: [{ id: 'urn:uuid:22222222-2222-4222-8222-222222222222', revocationReason: 'Cheating' }, { uid: 'legacy-uid-7' }, 'urn:uuid:33333333-3333-4333-8333-333333333333'] });
  const badgeClass = `${O}/ob2/badge.json`;
  put(badgeClass, { '@context': OB2_CTX, type: 'BadgeClass', id: badgeClass, name: 'OB2 badge', description: 'A test badge.', image: `${O}/ob2/badge.png`, criteria: { narrative: 'Do it.' }, issuer: ob2Issuer });
  const mayze = 'sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6';
  const assertion = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    '@context': OB2_CTX, type: 'Assertion', id, recipient: { type: 'email', hashed: true, identity: mayze }, badge: badgeClass, verification: { type: 'hosted' }, issuedOn: '2025-01-01T00:00:00Z', ...extra,
  });
  const host = (path: string, extra: Record<string, unknown> = {}, base = O): Record<string, unknown> => {
    const a = assertion(`${base}${path}`, extra);
    put(`${base}${path}`, a);
    return a;
  };
  creds.ob2Valid = host('/ob2/a/valid.json');
  creds.ob2RevokedFlag = host('/ob2/a/revoked.json', { revoked: true, revocationReason: 'Issued by mistake' });
  creds.ob2Expired = host('/ob2/a/expired.json', { expires: '2026-01-01T00:00:00Z' });
  creds.ob2NotYet = host('/ob2/a/future.json', { issuedOn: '2028-01-01T00:00:00Z' });
  creds.ob2Gone = assertion(`${O}/ob2/a/gone.json`);
  put(`${O}/ob2/a/gone.json`, '', { status: 410 });
  creds.ob2Missing = assertion(`${O}/ob2/a/missing.json`);
  creds.ob2IdMismatch = assertion(`${O}/ob2/a/moved.json`);
  put(`${O}/ob2/a/moved.json`, assertion(`${O}/ob2/a/elsewhere.json`));
  creds.ob2PastedTampered = { ...(creds.ob2Valid as Record<string, unknown>), issuedOn: '2020-01-01T00:00:00Z', expires: '2099-01-01T00:00:00Z' };
  creds.ob2EvilOrigin = host('/ob2/a/x.json', {}, 'https://issuer.example.evil.com');
  creds.ob2SignedTypeAsJson = assertion('urn:uuid:44444444-4444-4444-8444-444444444444', { verification: { type: 'signed', creator: `${O}/ob2/key.json` } });
  creds.ob2NoId = assertion('urn:uuid:55555555-5555-4555-8555-555555555555');
  // verification scope: startsWith / allowedOrigins
  const scoped = `${O}/ob2/issuer-scoped.json`;
  put(scoped, { '@context': OB2_CTX, type: 'Issuer', id: scoped, name: 'Scoped', url: O, email: 'a@issuer.example', verification: { type: 'VerificationObject', startsWith: `${O}/ob2/scoped/` } });
  put(`${O}/ob2/badge-scoped.json`, { '@context': OB2_CTX, type: 'BadgeClass', id: `${O}/ob2/badge-scoped.json`, name: 'Scoped badge', description: 'x', image: `${O}/i.png`, criteria: { narrative: 'x' }, issuer: scoped });
  creds.ob2ScopedOk = host('/ob2/scoped/ok.json', { badge: `${O}/ob2/badge-scoped.json` });
  creds.ob2ScopedOut = host('/ob2/elsewhere/no.json', { badge: `${O}/ob2/badge-scoped.json` });
  const allowed = `${O}/ob2/issuer-allowed.json`;
  put(allowed, { '@context': OB2_CTX, type: 'Issuer', id: allowed, name: 'Allowed', url: O, email: 'a@issuer.example', verification: { type: 'VerificationObject', allowedOrigins: ['badges.example'] } });
  put(`${O}/ob2/badge-allowed.json`, { '@context': OB2_CTX, type: 'BadgeClass', id: `${O}/ob2/badge-allowed.json`, name: 'Allowed badge', description: 'x', image: `${O}/i.png`, criteria: { narrative: 'x' }, issuer: allowed });
  creds.ob2AllowedOther = host('/a/1.json', { badge: `${O}/ob2/badge-allowed.json` }, 'https://badges.example');
  creds.ob2AllowedOwnOriginNotListed = host('/ob2/a/own.json', { badge: `${O}/ob2/badge-allowed.json` });
  // BadgeClass names an issuer whose profile names another id
  put(`${O}/ob2/issuer-liar.json`, { '@context': OB2_CTX, type: 'Issuer', id: ob2Issuer, name: 'Liar' });
  put(`${O}/ob2/badge-liar.json`, { '@context': OB2_CTX, type: 'BadgeClass', id: `${O}/ob2/badge-liar.json`, name: 'Liar badge', description: 'x', image: `${O}/i.png`, criteria: { narrative: 'x' }, issuer: `${O}/ob2/issuer-liar.json` });
  creds.ob2IssuerLiar = host('/ob2/a/liar.json', { badge: `${O}/ob2/badge-liar.json` });

  // signed
  const signedPayload = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => assertion(id, { verification: { type: 'SignedBadge', creator: `${O}/ob2/key.json` }, ...extra });
  const sign2 = (p: Record<string, unknown>, kp: Kp = rsa): Promise<string> => signJwt(p, { alg: 'RS256' }, kp.privateKey);
  creds.ob2Signed = await sign2(signedPayload('urn:uuid:66666666-6666-4666-8666-666666666666'));
  creds.ob2SignedNoCreator = await sign2(assertion('urn:uuid:77777777-7777-4777-8777-777777777777', { verification: { type: 'SignedBadge' } }));
  creds.ob2SignedRevoked = await sign2(signedPayload('urn:uuid:22222222-2222-4222-8222-222222222222'));
  creds.ob2SignedRevokedPlain = await sign2(signedPayload('urn:uuid:33333333-3333-4333-8333-333333333333'));
  creds.ob2SignedRevokedUid = await sign2(signedPayload('urn:uuid:88888888-8888-4888-8888-888888888888', { uid: 'legacy-uid-7' }));
  creds.ob2SignedExpired = await sign2(signedPayload('urn:uuid:99999999-9999-4999-8999-999999999999', { expires: '2026-01-01T00:00:00Z' }));
  creds.ob2SignedTampered = tamper(creds.ob2Signed as string, (p) => {
    p.issuedOn = '2024-01-01T00:00:00Z';
  });
  creds.ob2SignedEvilCreator = await sign2(signedPayload('urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', { verification: { type: 'SignedBadge', creator: 'https://evil.example/key.json' } }), rsaOther);
  creds.ob2SignedWeak = await signRs256Raw(signedPayload('urn:uuid:bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', { verification: { type: 'SignedBadge', creator: `${O}/ob2/key-weak.json` } }), { alg: 'RS256' }, rsaWeak);
  creds.ob2SignedEs256 = await signJwt(signedPayload('urn:uuid:cccccccc-cccc-4ccc-8ccc-cccccccccccc'), { alg: 'ES256' }, es.privateKey);
  // weak key listed by an issuer
  const weakIssuer = `${O}/ob2/issuer-weak.json`;
  put(weakIssuer, { '@context': OB2_CTX, type: 'Issuer', id: weakIssuer, name: 'Weak', url: O, email: 'w@issuer.example', publicKey: [`${O}/ob2/key-weak2.json`] });
  put(`${O}/ob2/key-weak2.json`, { '@context': OB2_CTX, type: 'CryptographicKey', id: `${O}/ob2/key-weak2.json`, owner: weakIssuer, publicKeyPem: await spkiPem(rsaWeak) });
  put(`${O}/ob2/badge-weak.json`, { '@context': OB2_CTX, type: 'BadgeClass', id: `${O}/ob2/badge-weak.json`, name: 'Weak badge', description: 'x', image: `${O}/i.png`, criteria: { narrative: 'x' }, issuer: weakIssuer });
  creds.ob2SignedWeakListed = await signRs256Raw(assertion('urn:uuid:dddddddd-dddd-4ddd-8ddd-dddddddddddd', { badge: `${O}/ob2/badge-weak.json`, verification: { type: 'SignedBadge', creator: `${O}/ob2/key-weak2.json` } }), { alg: 'RS256' }, rsaWeak);
  // a key listed by the issuer but owned by someone else
  const ownerIssuer = `${O}/ob2/issuer-owner.json`;
  put(ownerIssuer, { '@context': OB2_CTX, type: 'Issuer', id: ownerIssuer, name: 'Owner', url: O, email: 'o@issuer.example', publicKey: [`${O}/ob2/key.json`] });
  put(`${O}/ob2/badge-owner.json`, { '@context': OB2_CTX, type: 'BadgeClass', id: `${O}/ob2/badge-owner.json`, name: 'Owner badge', description: 'x', image: `${O}/i.png`, criteria: { narrative: 'x' }, issuer: ownerIssuer });
  creds.ob2SignedKeyOwnedByOther = await sign2(assertion('urn:uuid:eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', { badge: `${O}/ob2/badge-owner.json`, verification: { type: 'SignedBadge', creator: `${O}/ob2/key.json` } }));
  // embedded issuer copy claims a key the real profile does not list
  creds.ob2SignedEmbeddedIssuerKey = await sign2(assertion('urn:uuid:ffffffff-ffff-4fff-8fff-ffffffffffff', {
    badge: { type: 'BadgeClass', id: `${O}/ob2/badge-embedded.json`, name: 'Embedded', description: 'x', image: `${O}/i.png`, criteria: { narrative: 'x' }, issuer: { id: ob2Issuer, type: 'Issuer', name: 'OB2 Issuer', publicKey: ['https://evil.example/key.json'] } },
    verification: { type: 'SignedBadge', creator: 'https://evil.example/key.json' },
  }), rsaOther);

  /* ---------------------------------------------------------------- fetch failures */
  put(`${O}/slow.json`, '', { hang: true });
  put(`${O}/big.json`, JSON.stringify({ ...assertion(`${O}/big.json`), padding: 'x'.repeat(5000) }));
  put(`${O}/garbage.json`, '{ not json');
  put(`${O}/text.txt`, 'hello world', { type: 'text/plain' });
  put(`${O}/jwt.txt`, creds.jwtValid as string, { type: 'application/vc+jwt' });

  return { fetch: makeFetch(docs), docs, keys: { edA, edB, edWeb, es, rsa, rsaWeak, rsaOther, ps }, didA, didB, didWeb, httpsIssuer, creds };
}
