/**
 * One badge ("Data Literacy" by "Example University") written in every supported format, from the
 * shapes of the OB 1.0 / 2.0 / 3.0 specification examples. Signed forms are signed for real with jose.
 * DOM-free: used by the Chromium and the Node runs.
 */
import { CompactSign, SignJWT, generateKeyPair } from 'jose';

export const E = {
  name: 'Data Literacy',
  description: 'Reads, interprets and communicates data in everyday work.',
  issuerName: 'Example University',
  issuerId: 'https://example.edu/badges/issuer.json',
  issuerUrl: 'https://example.edu/',
  issuerEmail: 'badges@example.edu',
  issued: '2024-01-15T09:30:00.000Z',
  expires: '2029-01-15T00:00:00.000Z',
  image: 'https://example.edu/badges/data-literacy.png',
  criteriaUrl: 'https://example.edu/badges/data-literacy/criteria',
  narrative: 'Complete the *Data Literacy* course and pass the final project.',
  alignName: 'Interpret statistical data',
  alignUrl: 'https://example.edu/skills/statistics',
  tags: ['data', 'statistics'],
  badgeClassId: 'https://example.edu/badges/data-literacy.json',
  hash: 'sha256$85c4196c5516561cef673642157499b70066cb1070852b2a37fdbf3cc599b087',
  salt: 'sel gris',
  email: 'test@example.com',
} as const;

const OB2 = 'https://w3id.org/openbadges/v2';
const VC1 = 'https://www.w3.org/2018/credentials/v1';
const VC2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const unix = (iso: string) => Date.parse(iso) / 1000;

export const ob2Issuer = {
  '@context': OB2,
  type: 'Issuer',
  id: E.issuerId,
  name: E.issuerName,
  url: E.issuerUrl,
  email: E.issuerEmail,
  image: 'https://example.edu/logo.png',
};

export const ob2BadgeClass = {
  '@context': OB2,
  type: 'BadgeClass',
  id: E.badgeClassId,
  name: E.name,
  description: E.description,
  image: E.image,
  criteria: { id: E.criteriaUrl, narrative: E.narrative },
  issuer: E.issuerId,
  tags: [...E.tags],
  alignment: [{ targetName: E.alignName, targetUrl: E.alignUrl, targetFramework: 'Example Skills', targetCode: 'STAT-1' }],
};

export const ob2Assertion = {
  '@context': OB2,
  type: 'Assertion',
  id: 'https://example.edu/badges/assertions/123.json',
  recipient: { type: 'email', hashed: true, salt: E.salt, identity: E.hash },
  badge: E.badgeClassId,
  issuedOn: '2024-01-15T09:30:00Z',
  expires: '2029-01-15T00:00:00Z',
  evidence: 'https://example.edu/portfolio/amina/project',
  verification: { type: 'HostedBadge' },
};

/** The same assertion with the BadgeClass and the issuer embedded. */
export const ob2Embedded = { ...ob2Assertion, id: 'https://example.edu/badges/assertions/124.json', badge: { ...ob2BadgeClass, issuer: ob2Issuer } };

/** OB 1.0: `badge` is a URL, the BadgeClass's `issuer` is a URL, dates are Unix timestamps. */
export const ob1Assertion = {
  uid: 'f2c20',
  recipient: { type: 'email', hashed: true, salt: E.salt, identity: E.hash },
  image: 'https://example.edu/badges/data-literacy-baked.png',
  evidence: 'https://example.edu/portfolio/amina/project',
  issuedOn: unix(E.issued),
  expires: unix(E.expires),
  badge: 'https://example.edu/ob1/data-literacy.json',
  verify: { type: 'hosted', url: 'https://example.edu/ob1/assertions/123.json' },
};
export const ob1BadgeClass = {
  name: E.name,
  description: E.description,
  image: E.image,
  criteria: E.criteriaUrl,
  tags: [...E.tags],
  alignment: [{ name: E.alignName, url: E.alignUrl, description: 'Reads tables and charts.' }],
  issuer: 'https://example.edu/ob1/organization.json',
};
export const ob1Issuer = { name: E.issuerName, url: E.issuerUrl, email: E.issuerEmail };

/** OB 0.5: everything embedded, URLs relative to `issuer.origin`, a string recipient with a top-level salt. */
export const ob05Assertion = {
  recipient: E.hash,
  salt: E.salt,
  evidence: '/portfolio/amina/project',
  issued_on: '2024-01-15',
  expires: '2029-01-15',
  badge: {
    version: '0.5.0',
    name: E.name,
    image: '/badges/data-literacy.png',
    description: E.description,
    criteria: '/badges/data-literacy/criteria',
    issuer: { origin: 'https://example.edu', name: E.issuerName, contact: E.issuerEmail },
  },
};

function achievement(): Record<string, unknown> {
  return {
    id: 'https://example.edu/achievements/data-literacy',
    type: ['Achievement'],
    achievementType: 'Badge',
    name: E.name,
    description: E.description,
    image: { id: E.image, type: 'Image', caption: 'A blue hexagon with a bar chart' },
    criteria: { id: E.criteriaUrl, narrative: E.narrative },
    alignment: [{ type: ['Alignment'], targetName: E.alignName, targetUrl: E.alignUrl, targetType: 'ceasn:Competency', targetFramework: 'Example Skills', targetCode: 'STAT-1' }],
    tag: [...E.tags],
    creditsAvailable: 3,
    resultDescription: [
      {
        id: 'urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c',
        type: ['ResultDescription'],
        name: 'Final project grade',
        resultType: 'RubricCriterionLevel',
        rubricCriterionLevel: [{ id: 'urn:uuid:d1e8', type: ['RubricCriterionLevel'], name: 'Proficient' }],
      },
    ],
  };
}

function subject(): Record<string, unknown> {
  return {
    type: ['AchievementSubject'],
    identifier: [{ type: 'IdentityObject', identityHash: E.hash, identityType: 'emailAddress', hashed: true, salt: E.salt }],
    achievement: achievement(),
    result: [{ type: ['Result'], resultDescription: 'urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c', achievedLevel: 'urn:uuid:d1e8' }],
    creditsEarned: 3,
  };
}

const ob3Issuer = { id: E.issuerId, type: ['Profile'], name: E.issuerName, url: E.issuerUrl, email: E.issuerEmail };
const evidence = [{ id: 'https://example.edu/portfolio/amina/project', type: ['Evidence'], name: 'Final project', narrative: 'A dashboard of city bike usage.' }];
const endorsement = [
  {
    '@context': [VC2, OB3],
    id: 'urn:uuid:7bd9c1e8-8fd2-4d1a-9c5a-1f3a2c9d8e01',
    type: ['VerifiableCredential', 'EndorsementCredential'],
    issuer: { id: 'https://statistics-society.example/profile', type: ['Profile'], name: 'Statistics Society' },
    validFrom: '2023-11-01T00:00:00Z',
    credentialSubject: { id: 'https://example.edu/achievements/data-literacy', type: ['EndorsementSubject'], endorsementComment: 'A solid, well-assessed course.' },
  },
];

/** OB 3.0, VCDM 1.1 field names. */
export const ob3v1 = {
  '@context': [VC1, OB3],
  id: 'urn:uuid:a63a60be-f4af-491e-87fc-2c8e3e1ee4a1',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: ob3Issuer,
  issuanceDate: '2024-01-15T09:30:00Z',
  expirationDate: '2029-01-15T00:00:00Z',
  name: 'Data Literacy credential',
  credentialSubject: subject(),
  evidence,
  endorsement,
};

/** OB 3.0, VCDM 2.0 field names. */
export const ob3v2 = {
  '@context': [VC2, OB3],
  id: 'urn:uuid:a63a60be-f4af-491e-87fc-2c8e3e1ee4a2',
  type: ['VerifiableCredential', 'AchievementCredential'],
  issuer: ob3Issuer,
  validFrom: '2024-01-15T09:30:00Z',
  validUntil: '2029-01-15T00:00:00Z',
  name: 'Data Literacy credential',
  credentialSubject: subject(),
  evidence,
  endorsement,
};

/** A `fetch` answering from a document map (JSON bodies), like an offline document loader. */
export function documentFetch(docs: Record<string, unknown>): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!Object.prototype.hasOwnProperty.call(docs, url)) return new Response('not found', { status: 404 });
    const doc = docs[url];
    return new Response(typeof doc === 'string' ? doc : JSON.stringify(doc), { status: 200, headers: { 'content-type': 'application/ld+json' } });
  };
}

/** Every linked document of the fixtures, by URL. */
export const documents: Record<string, unknown> = {
  [E.issuerId]: ob2Issuer,
  [E.badgeClassId]: ob2BadgeClass,
  [ob2Assertion.id]: ob2Assertion,
  [ob1Assertion.badge]: ob1BadgeClass,
  [ob1BadgeClass.issuer]: ob1Issuer,
  [ob1Assertion.verify.url]: ob1Assertion,
};

/** Signed forms, made with fresh keys (real signatures; decoding does not check them). */
export async function signedFixtures(): Promise<{ ob2Jws: string; jwtV1: string; jwtV2: string }> {
  const rsa = await generateKeyPair('RS256');
  const ec = await generateKeyPair('ES256');
  const signedAssertion = { ...ob2Assertion, id: 'urn:uuid:2f1e0f62-1c83-4e59-9cf4-4d7cc3a4a0b1', verification: { type: 'SignedBadge', creator: 'https://example.edu/keys/1' } };
  const ob2Jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(signedAssertion))).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey);
  // VCDM 1.1 VC-JWT: the registered claims carry issuer, dates and id; the `vc` claim lacks them
  const { issuer: _i, issuanceDate: _d, expirationDate: _x, id: _id, ...vc } = ob3v1;
  const jwtV1 = await new SignJWT({ vc: { ...vc, issuer: { type: ['Profile'], name: E.issuerName, url: E.issuerUrl, email: E.issuerEmail } } })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer(E.issuerId)
    .setNotBefore(unix(E.issued))
    .setExpirationTime(unix(E.expires))
    .setJti(ob3v1.id)
    .sign(ec.privateKey);
  // VCDM 2.0: the payload is the credential itself
  const { validFrom: _f, validUntil: _u, ...v2 } = ob3v2;
  const jwtV2 = await new SignJWT({ ...v2 })
    .setProtectedHeader({ alg: 'ES256', typ: 'vc+jwt' })
    .setIssuer(E.issuerId)
    .setNotBefore(unix(E.issued))
    .setExpirationTime(unix(E.expires))
    .sign(ec.privateKey);
  return { ob2Jws, jwtV1, jwtV2 };
}
