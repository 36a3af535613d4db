/** OB 3.0 parts of the sample issuer: profiles, DID document, JSON credentials and VC-JWTs. */
import { SignJWT, importJWK, type JWK } from 'jose';
import { BADGES, GUILD, badge, learner } from './data.js';
import { BuildCtx, identityHash, ok, type OkState, secs, uuidFrom } from './ctx.js';
import { didKeyOf, didKeyVm, ed25519Multibase, loadKeys, type IssuerKey } from './keys.js';
import { ob2Paths } from './ob2.js';

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const VC_V1 = 'https://www.w3.org/2018/credentials/v1';
export const OB3_303 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB3_302 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json';

export const ob3Paths = {
  profile: '/issuer/ob3/profile.json',
  did: '/issuer/did.json',
  credential: (key: string) => `/issuer/ob3/credentials/${key}.json`,
  jwt: (key: string) => `/issuer/ob3/jwt/${key}.jwt`,
  achievement: (slug: string) => `/issuer/ob3/achievements/${slug}.json`,
};

export type IssuerKind = 'https' | 'did:key' | 'did:web';

export function didWebOf(c: BuildCtx): string {
  return `did:web:${encodeURIComponent(c.host)}:issuer`;
}

export function issuerIdOf(c: BuildCtx, kind: IssuerKind): string {
  if (kind === 'did:key') return didKeyOf(loadKeys().didKey);
  if (kind === 'did:web') return didWebOf(c);
  return c.url(ob3Paths.profile);
}

export function ob3Profile(c: BuildCtx, kind: IssuerKind): Record<string, unknown> {
  return {
    id: issuerIdOf(c, kind), type: ['Profile'], name: GUILD.name, url: c.url('/'), email: GUILD.email,
    description: GUILD.description,
    image: { id: c.url(ob2Paths.image('guild-logo')), type: 'Image', caption: `${GUILD.shortName} logo` },
  };
}

export interface CredDef {
  key: string; slug: string; learner: string; kind: IssuerKind; vcdm: 1 | 2;
  validFrom: string; validUntil?: string; evidence?: boolean; id?: string;
}

/** An unsigned OB 3.0 OpenBadgeCredential (VCDM 1.1 or 2.0 field names). */
export function ob3Credential(c: BuildCtx, d: CredDef): Record<string, unknown> {
  const b = badge(d.slug);
  const l = learner(d.learner);
  const cred: Record<string, unknown> = {
    '@context': d.vcdm === 2 ? [VC_V2, OB3_303] : [VC_V1, OB3_302],
    id: d.id ?? `urn:uuid:${uuidFrom(d.key)}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: b.name,
    issuer: ob3Profile(c, d.kind),
  };
  if (d.vcdm === 2) {
    cred.validFrom = d.validFrom;
    if (d.validUntil) cred.validUntil = d.validUntil;
  } else {
    cred.issuanceDate = d.validFrom;
    if (d.validUntil) cred.expirationDate = d.validUntil;
  }
  const achievement: Record<string, unknown> = {
    id: c.url(ob3Paths.achievement(b.slug)), type: ['Achievement'], name: b.name, description: b.description,
    achievementType: b.achievementType,
    criteria: { id: c.url(ob2Paths.criteria(b.slug)), narrative: b.criteria },
    image: { id: c.url(ob2Paths.image(b.slug, 'svg')), type: 'Image', caption: `${b.name} badge: ${b.art.shape} in ${b.short} colours with a pictogram` },
    alignment: b.alignments.map((a) => ({
      type: ['Alignment'], targetName: a.name, targetUrl: a.url, targetDescription: a.description,
      targetFramework: a.framework, targetCode: a.code, targetType: a.type,
    })),
    tag: b.tags,
  };
  if (b.credits !== undefined) achievement.creditsAvailable = b.credits;
  if (b.fieldOfStudy) achievement.fieldOfStudy = b.fieldOfStudy;
  const subject: Record<string, unknown> = {
    type: ['AchievementSubject'],
    identifier: [{ type: 'IdentityObject', identityHash: identityHash(l), identityType: 'emailAddress', hashed: true, salt: l.salt }],
    achievement,
  };
  if (b.credits !== undefined) subject.creditsEarned = b.credits;
  cred.credentialSubject = subject;
  if (d.evidence) {
    cred.evidence = [{
      id: c.url(`/issuer/evidence/${d.key}.html`), type: ['Evidence'], name: `${b.name}: project report`,
      description: 'The report the learner presented to the community partner.',
      narrative: `${l.name.split(' ')[0]} built an **open dashboard** of library branch usage for the Kestrel Bay public library.`,
      genre: 'Project report', audience: 'Employers and partners',
    }];
    c.text(`/issuer/evidence/${d.key}.html`, `<!doctype html><meta charset="utf-8"><title>Evidence</title><h1>${b.name}: project report</h1>`, 'text/html; charset=utf-8');
  }
  return cred;
}

/** The key that signs for an issuer kind (+ its verification method id and JWS alg). */
export function signerOf(c: BuildCtx, kind: IssuerKind, alg: 'EdDSA' | 'ES256' = 'EdDSA'): { key: IssuerKey; kid: string; alg: string } {
  const k = loadKeys();
  if (kind === 'did:key') return { key: k.didKey, kid: didKeyVm(k.didKey), alg: 'EdDSA' };
  if (alg === 'ES256') return { key: k.es256, kid: `${didWebOf(c)}#key-2`, alg: 'ES256' };
  return { key: k.didWeb, kid: `${didWebOf(c)}#key-1`, alg: 'EdDSA' };
}

export interface JwtOpts { key: IssuerKey; alg: string; kid?: string; header?: Record<string, unknown>; claims?: Record<string, unknown> }

/** VC-JWT: VCDM 1.1 (`vc` claim + registered claims) or VCDM 2.0 (the credential is the payload). */
export async function signVcJwt(cred: Record<string, unknown>, o: JwtOpts): Promise<string> {
  const v2 = cred.validFrom !== undefined || (Array.isArray(cred['@context']) && cred['@context'][0] === VC_V2);
  const issuer = cred.issuer as { id: string };
  const from = String(cred.validFrom ?? cred.issuanceDate);
  const until = (cred.validUntil ?? cred.expirationDate) as string | undefined;
  const claims: Record<string, unknown> = v2 ? { ...cred } : { vc: cred };
  claims.iss = issuer.id;
  claims.jti = cred.id;
  claims.nbf = secs(from);
  if (v2) claims.iat = secs(from);
  if (until) claims.exp = secs(until);
  Object.assign(claims, o.claims);
  const header = { alg: o.alg, typ: v2 ? 'vc+jwt' : 'JWT', ...(o.kid ? { kid: o.kid } : {}), ...(v2 ? { cty: 'vc' } : {}), ...o.header };
  const key = await importJWK(o.key.privateJwk as JWK, o.alg);
  return new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(key);
}

export function didDocument(c: BuildCtx): Record<string, unknown> {
  const k = loadKeys();
  const did = didWebOf(c);
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1', 'https://w3id.org/security/jwk/v1'],
    id: did,
    verificationMethod: [
      { id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: ed25519Multibase(k.didWeb) },
      { id: `${did}#key-2`, type: 'JsonWebKey', controller: did, publicKeyJwk: k.es256.publicJwk },
    ],
    assertionMethod: [`${did}#key-1`, `${did}#key-2`],
    authentication: [`${did}#key-1`],
  };
}

const JSONS: (CredDef & { title: string })[] = [
  { key: 'ob3-json-v2-unsigned', slug: 'data-practitioner-capstone', learner: 'amina', kind: 'https', vcdm: 2, validFrom: '2025-10-01T00:00:00Z', validUntil: '2035-10-01T00:00:00Z', evidence: true, title: 'OB 3.0 credential (VCDM 2.0, validFrom/validUntil) without any proof' },
  { key: 'ob3-json-v1-unsigned', slug: 'python-for-data', learner: 'lukas', kind: 'https', vcdm: 1, validFrom: '2025-04-18T00:00:00Z', title: 'OB 3.0 credential (VCDM 1.1, issuanceDate) without any proof' },
];

const JWTS: (CredDef & { title: string; alg?: 'EdDSA' | 'ES256'; state: OkState })[] = [
  { key: 'ob3-jwt-didkey-v2', slug: 'data-practitioner-capstone', learner: 'mei', kind: 'did:key', vcdm: 2, validFrom: '2025-11-03T00:00:00Z', evidence: true, title: 'OB 3.0 VC-JWT (VCDM 2.0 payload), EdDSA, issuer did:key', state: 'valid' },
  { key: 'ob3-jwt-didkey-v1', slug: 'sql-querying', learner: 'diego', kind: 'did:key', vcdm: 1, validFrom: '2025-08-21T00:00:00Z', title: 'OB 3.0 VC-JWT (VCDM 1.1 vc claim), EdDSA, issuer did:key', state: 'valid' },
  { key: 'ob3-jwt-didweb-v1', slug: 'data-visualization', learner: 'amina', kind: 'did:web', vcdm: 1, validFrom: '2025-09-12T00:00:00Z', title: 'OB 3.0 VC-JWT (VCDM 1.1 vc claim), EdDSA, issuer did:web (Multikey)', state: 'valid' },
  { key: 'ob3-jwt-didweb-v2', slug: 'data-analysis-foundations', learner: 'lukas', kind: 'did:web', vcdm: 2, validFrom: '2025-09-30T00:00:00Z', validUntil: '2035-09-30T00:00:00Z', title: 'OB 3.0 VC-JWT (VCDM 2.0 payload), EdDSA, issuer did:web', state: 'valid' },
  { key: 'ob3-jwt-didweb-es256', slug: 'data-cleaning', learner: 'mei', kind: 'did:web', vcdm: 2, alg: 'ES256', validFrom: '2025-10-15T00:00:00Z', title: 'OB 3.0 VC-JWT (VCDM 2.0), ES256 key (publicKeyJwk) in the did:web document', state: 'valid' },
  { key: 'ob3-jwt-expired', slug: 'applied-statistics', learner: 'amina', kind: 'did:key', vcdm: 1, validFrom: '2024-03-01T00:00:00Z', validUntil: '2025-06-30T00:00:00Z', title: 'OB 3.0 VC-JWT (VCDM 1.1) that expired on 2025-06-30 (exp claim too)', state: 'expired' },
  { key: 'ob3-jwt-not-yet-valid', slug: 'open-data-ethics', learner: 'diego', kind: 'did:web', vcdm: 2, validFrom: '2099-01-01T00:00:00Z', title: 'OB 3.0 VC-JWT (VCDM 2.0) valid only from 2099 (nbf too)', state: 'not-yet-valid' },
];

export async function buildOb3(c: BuildCtx): Promise<void> {
  c.json(ob3Paths.profile, { '@context': [VC_V2, OB3_303], ...ob3Profile(c, 'https') });
  c.json(ob3Paths.did, didDocument(c), { contentType: 'application/did+json' });
  for (const b of BADGES) {
    const cred = ob3Credential(c, { key: `achievement-${b.slug}`, slug: b.slug, learner: 'amina', kind: 'https', vcdm: 2, validFrom: '2025-01-01T00:00:00Z' });
    const ach = (cred.credentialSubject as { achievement: Record<string, unknown> }).achievement;
    c.json(ob3Paths.achievement(b.slug), { '@context': [VC_V2, OB3_303], ...ach });
  }
  for (const d of JSONS) {
    const path = ob3Paths.credential(d.key);
    c.json(path, ob3Credential(c, { ...d, id: c.url(path) }));
    c.add({ key: d.key, title: d.title, format: 'ob3-json', path, expect: { authentic: false, state: 'unverifiable', code: 'no-proof' }, recipient: { identity: learner(d.learner).email }, body: 'json', tags: ['unsigned', 'broken'] });
  }
  for (const d of JWTS) {
    const path = ob3Paths.jwt(d.key);
    const s = signerOf(c, d.kind, d.alg);
    const jwt = await signVcJwt(ob3Credential(c, d), { key: s.key, alg: s.alg, kid: s.kid });
    c.text(path, jwt, d.vcdm === 2 ? 'application/vc+jwt' : 'application/jwt');
    c.add({ key: d.key, title: d.title, format: 'ob3-jwt', path, expect: ok(d.state), recipient: { identity: learner(d.learner).email }, body: 'jwt', tags: [d.state] });
  }
}
