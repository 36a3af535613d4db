/**
 * Inline credentials for the stories (Storybook cannot reach the sample issuer's server).
 * Realistic documents in each format, with the sample issuer's artwork inlined.
 */

import sqlPng from '../demo/issuer/art/sql-querying.png?inline';
import vizPng from '../demo/issuer/art/data-visualization.png?inline';
import pythonPng from '../demo/issuer/art/python-for-data.png?inline';
import capstonePng from '../demo/issuer/art/data-practitioner-capstone.png?inline';
import statsPng from '../demo/issuer/art/applied-statistics.png?inline';
import ethicsPng from '../demo/issuer/art/open-data-ethics.png?inline';

/** The sample issuer's artwork as `data:image/png;base64` URLs (the core accepts raster data URLs only). */
export const images = { sql: sqlPng, viz: vizPng, python: pythonPng, capstone: capstonePng, stats: statsPng, ethics: ethicsPng };

const ISSUER_ORIGIN = 'https://badges.opendataguild.example';
const OB2 = 'https://w3id.org/openbadges/v2';

const ob2Issuer = {
  type: 'Issuer', id: `${ISSUER_ORIGIN}/issuer.json`, name: 'Lindqvist Open Data Guild',
  url: 'https://opendataguild.example/', email: 'badges@opendataguild.example',
};

/** OB 2.0 hosted assertion with its BadgeClass and Issuer embedded. */
export const ob2Hosted = {
  '@context': OB2, type: 'Assertion', id: `${ISSUER_ORIGIN}/assertions/sql-querying-amina.json`,
  recipient: { type: 'email', hashed: true, salt: 'x7Qp2LmZ', identity: 'sha256$3f1a4fd6c3b1c5cf3a9e4a83b2c0b7d0f0b1c1f62cf6a0a7e1ce8d5f6b3ac2d1' },
  issuedOn: '2025-03-14T18:30:00Z',
  verification: { type: 'hosted' },
  badge: {
    type: 'BadgeClass', id: `${ISSUER_ORIGIN}/badges/sql-querying.json`, name: 'SQL Querying',
    description: 'Writes correct SELECT queries with joins, grouping and window functions against a relational database.',
    image: images.sql,
    criteria: { id: `${ISSUER_ORIGIN}/criteria/sql-querying.html`, narrative: 'Pass the proctored query exercise (20 tasks, 80% or more) and explain one query plan to a mentor.' },
    issuer: ob2Issuer,
    alignment: [
      { targetName: 'Database administration', targetUrl: 'https://sfia-online.org/en/sfia-9/skills/database-administration', targetFramework: 'SFIA 9', targetCode: 'DBAD' },
      { targetName: 'Relational querying', targetUrl: 'https://opendataguild.example/framework/2024#ODG-D2', targetFramework: 'Open Data Guild Skills Framework 2024', targetCode: 'ODG-D2' },
    ],
    tags: ['SQL', 'databases', 'PostgreSQL'],
  },
};

/** OB 2.0 hosted assertion marked revoked, with a reason. */
export const ob2Revoked = {
  ...ob2Hosted,
  id: `${ISSUER_ORIGIN}/assertions/viz-lukas.json`,
  issuedOn: '2024-06-20T18:00:00Z',
  revoked: true,
  revocationReason: 'Issued in error: the portfolio review was not completed.',
  badge: {
    ...ob2Hosted.badge, id: `${ISSUER_ORIGIN}/badges/data-visualization.json`, name: 'Data Visualization',
    description: 'Chooses honest chart types, labels them well and publishes an accessible interactive chart.',
    image: images.viz,
    alignment: [{ targetName: 'Data visualisation', targetUrl: 'https://sfia-online.org/en/sfia-9/skills/data-visualisation' }],
    tags: ['visualization', 'accessibility'],
  },
};

/** OB 2.0 assertion that expired. */
export const ob2Expired = {
  ...ob2Hosted,
  id: `${ISSUER_ORIGIN}/assertions/python-mei-2023.json`,
  issuedOn: '2023-09-01T17:00:00Z', expires: '2025-09-01T00:00:00Z',
  badge: {
    ...ob2Hosted.badge, id: `${ISSUER_ORIGIN}/badges/python-for-data.json`, name: 'Python for Data',
    description: 'Loads, reshapes and analyses tabular data in Python with pandas, in a notebook others can rerun.',
    image: images.python,
    alignment: [{ targetName: 'Programming/software development', targetUrl: 'https://sfia-online.org/en/sfia-9/skills/programming-software-development' }],
    tags: ['Python', 'pandas', 'notebooks'],
  },
};

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const VC1 = 'https://www.w3.org/2018/credentials/v1';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

function ob3(v: '1.1' | '2.0', opts: { from?: string; until?: string; name?: string; label?: string; type?: string; image?: string } = {}) {
  const achievement = {
    id: 'urn:uuid:3c4d1a8e-0b2f-4f6a-9c7e-5d1e2f3a4b5c', type: ['Achievement'],
    achievementType: opts.type ?? 'Certificate',
    name: opts.name ?? 'Data Practitioner Capstone',
    description: 'An end-to-end project for a community partner: question, data, analysis, visualisation and a public presentation.',
    criteria: {
      id: 'https://opendataguild.example/criteria/capstone',
      narrative: 'Hold the Foundations, SQL, Visualization and Statistics badges, then deliver a project for a community partner, publish the analysis as open source and present it at a guild meetup.',
    },
    image: { id: opts.image ?? images.capstone, type: 'Image', caption: `Badge artwork reading ${opts.label ?? 'CAPSTONE'}` },
    alignment: [
      { type: ['Alignment'], targetName: 'Data science', targetUrl: 'https://sfia-online.org/en/sfia-9/skills/data-science', targetFramework: 'SFIA 9', targetCode: 'DATS', targetType: 'ceasn:Competency' },
      { type: ['Alignment'], targetName: 'Data visualisation', targetUrl: 'https://sfia-online.org/en/sfia-9/skills/data-visualisation', targetType: 'ceasn:Competency' },
      { type: ['Alignment'], targetName: 'Practitioner', targetUrl: 'https://opendataguild.example/framework/2024#ODG-CAP', targetType: 'CFItem' },
    ],
    tag: ['capstone', 'project', 'community'],
    creditsAvailable: 6,
  };
  const issuer = {
    id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', type: ['Profile'],
    name: 'Lindqvist Open Data Guild', url: 'https://opendataguild.example/',
  };
  const dates = v === '2.0'
    ? { validFrom: opts.from ?? '2025-06-30T19:00:00Z', ...(opts.until ? { validUntil: opts.until } : {}) }
    : { issuanceDate: opts.from ?? '2025-06-30T19:00:00Z', ...(opts.until ? { expirationDate: opts.until } : {}) };
  return {
    '@context': [v === '2.0' ? VC2 : VC1, OB3],
    id: 'urn:uuid:a63f1c2e-7d7b-4b9e-8f55-2f0b7c9e1d44',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer,
    ...dates,
    credentialSubject: { type: ['AchievementSubject'], id: 'did:example:amina', achievement },
  };
}

/** OB 3.0, VCDM 2.0 field names (`validFrom`). */
export const ob3Json = ob3('2.0');
/** OB 3.0, VCDM 1.1 field names (`issuanceDate`). */
export const ob3JsonV1 = ob3('1.1', { name: 'Applied Statistics', label: 'STATS', type: 'Competency', image: images.stats });
export const ob3Expired = ob3('2.0', { from: '2022-01-10T09:00:00Z', until: '2024-01-10T09:00:00Z', name: 'First Aid for Data Leaks', label: 'FIRST AID', type: 'License', image: images.python });
export const ob3NotYetValid = ob3('2.0', { from: '2099-01-15T09:00:00Z', name: 'Open Data Ethics', label: 'ETHICS', type: 'Achievement', image: images.ethics });

function b64url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** OB 3.0 VC-JWT (VCDM 1.1 `vc` claim). The card only decodes it; the signature bytes are a placeholder. */
export const ob3Jwt = [
  b64url({ alg: 'EdDSA', typ: 'JWT', kid: `${ob3JsonV1.issuer.id}#${ob3JsonV1.issuer.id.slice(8)}` }),
  b64url({ iss: ob3JsonV1.issuer.id, jti: ob3JsonV1.id, sub: 'did:example:amina', nbf: 1751310000, vc: ob3JsonV1 }),
  'c2lnbmF0dXJlLXBsYWNlaG9sZGVyLWZvci10aGUtc3Rvcnk',
].join('.');

/** OB 2.0 signed assertion (compact JWS with the assertion as payload; placeholder signature). */
export const ob2Signed = [
  b64url({ alg: 'RS256' }),
  b64url({ ...ob2Hosted, verification: { type: 'signed', creator: `${ISSUER_ORIGIN}/keys/rsa.json` } }),
  'c2lnbmF0dXJlLXBsYWNlaG9sZGVyLWZvci10aGUtc3Rvcnk',
].join('.');

/** A badge with long, right-to-left and mixed text (checks isolation and clamping). */
export const ob3LongText = {
  ...ob3('2.0', { name: 'شارة تحليل البيانات المفتوحة للمجتمعات المحلية — Open Community Data Analysis Advanced Practitioner Level', label: 'بيانات' }),
};

/** A badge whose image cannot be shown (an SVG data URL, which the core refuses): the neutral placeholder. */
export const ob3NoImage = (() => {
  const c = ob3('2.0', { name: 'Community Mentor', label: 'MENTOR', type: 'Membership' });
  c.credentialSubject.achievement.image.id = 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>';
  return c;
})();
