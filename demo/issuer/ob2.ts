/** OB 1.x and OB 2.0 (hosted and signed) parts of the sample issuer. */
import { CompactSign } from 'jose';
import { BADGES, GUILD, badge, learner, type BadgeDef } from './data.js';
import { BuildCtx, identityHash, ok, type OkState, uuidFrom } from './ctx.js';
import { loadKeys, publicKeyPem } from './keys.js';

const OB2 = 'https://w3id.org/openbadges/v2';

export const ob2Paths = {
  issuer: '/issuer/ob2/issuer.json',
  key: '/issuer/ob2/keys/rsa.json',
  revocations: '/issuer/ob2/revocations.json',
  badge: (slug: string) => `/issuer/ob2/badges/${slug}.json`,
  assertion: (id: string) => `/issuer/ob2/assertions/${id}.json`,
  signed: (id: string) => `/issuer/ob2/signed/${id}.jws`,
  image: (slug: string, ext: 'png' | 'svg' = 'png') => `/issuer/images/${slug}.${ext}`,
  criteria: (slug: string) => `/issuer/criteria/${slug}.html`,
};

export function ob2Issuer(c: BuildCtx): Record<string, unknown> {
  return {
    '@context': OB2, type: 'Issuer', id: c.url(ob2Paths.issuer),
    name: GUILD.name, url: c.url('/'), email: GUILD.email, telephone: GUILD.telephone, description: GUILD.description,
    image: c.url(ob2Paths.image('guild-logo')),
    publicKey: c.url(ob2Paths.key),
    revocationList: c.url(ob2Paths.revocations),
  };
}

export function ob2BadgeClass(c: BuildCtx, b: BadgeDef): Record<string, unknown> {
  return {
    '@context': OB2, type: 'BadgeClass', id: c.url(ob2Paths.badge(b.slug)),
    name: b.name, description: b.description, image: c.url(ob2Paths.image(b.slug)),
    criteria: { id: c.url(ob2Paths.criteria(b.slug)), narrative: b.criteria },
    issuer: c.url(ob2Paths.issuer),
    alignment: b.alignments.map((a) => ({
      targetName: a.name, targetUrl: a.url, targetDescription: a.description, targetFramework: a.framework, targetCode: a.code,
    })),
    tags: b.tags,
  };
}

interface AwardDef { key: string; id: string; slug: string; learner: string; issuedOn: string; expires?: string; evidence?: boolean }

function assertion(c: BuildCtx, a: AwardDef, id: string, verification: Record<string, unknown>): Record<string, unknown> {
  const l = learner(a.learner);
  const b = badge(a.slug);
  const doc: Record<string, unknown> = {
    '@context': OB2, type: 'Assertion', id,
    recipient: { type: 'email', hashed: true, salt: l.salt, identity: identityHash(l) },
    badge: c.url(ob2Paths.badge(a.slug)),
    issuedOn: a.issuedOn,
    verification,
  };
  if (a.expires) doc.expires = a.expires;
  if (a.evidence) {
    doc.evidence = [{
      id: c.url(`/issuer/evidence/${a.id}.html`), name: `${b.name} — submitted work`,
      description: `Work ${l.name} submitted for review.`,
      narrative: `${l.name.split(' ')[0]} analysed the **Kestrel Bay bus punctuality** dataset (2019–2024) and showed that late arrivals cluster on two routes.`,
      genre: 'Project', audience: 'Employers',
    }];
    c.text(`/issuer/evidence/${a.id}.html`, `<!doctype html><meta charset="utf-8"><title>Evidence</title><h1>${b.name}: submitted work</h1><p>Bus punctuality analysis.</p>`, 'text/html; charset=utf-8');
  }
  return doc;
}

const HOSTED: (AwardDef & { title: string; state: OkState })[] = [
  { key: 'ob2-hosted-valid', id: 'sql-querying-amina', slug: 'sql-querying', learner: 'amina', issuedOn: '2025-03-14T18:30:00Z', title: 'OB 2.0 hosted assertion (SQL Querying), valid', state: 'valid' },
  { key: 'ob2-hosted-evidence', id: 'foundations-lukas', slug: 'data-analysis-foundations', learner: 'lukas', issuedOn: '2025-05-02T19:00:00Z', expires: '2035-05-02T00:00:00Z', evidence: true, title: 'OB 2.0 hosted assertion with evidence and an expiry in 2035, valid', state: 'valid' },
  { key: 'ob2-hosted-expired', id: 'python-mei-2023', slug: 'python-for-data', learner: 'mei', issuedOn: '2023-09-01T17:00:00Z', expires: '2025-09-01T00:00:00Z', title: 'OB 2.0 hosted assertion that expired on 2025-09-01', state: 'expired' },
  { key: 'ob2-hosted-not-yet-valid', id: 'stats-diego-2099', slug: 'applied-statistics', learner: 'diego', issuedOn: '2099-01-15T09:00:00Z', title: 'OB 2.0 hosted assertion issued in the future (2099)', state: 'not-yet-valid' },
];

export function buildOb2(c: BuildCtx): void {
  const keys = loadKeys();
  const issuerId = c.url(ob2Paths.issuer);
  c.json(ob2Paths.issuer, ob2Issuer(c));
  c.json(ob2Paths.key, { '@context': OB2, type: 'CryptographicKey', id: c.url(ob2Paths.key), owner: issuerId, publicKeyPem: publicKeyPem(keys.rsa) });
  for (const b of BADGES) {
    c.json(ob2Paths.badge(b.slug), ob2BadgeClass(c, b));
    c.text(ob2Paths.criteria(b.slug), `<!doctype html><meta charset="utf-8"><title>${b.name} — criteria</title><h1>${b.name}</h1><pre>${b.criteria.replace(/[<&]/g, (ch) => (ch === '<' ? '&lt;' : '&amp;'))}</pre>`, 'text/html; charset=utf-8');
  }

  // hosted
  for (const a of HOSTED) {
    const path = ob2Paths.assertion(a.id);
    c.json(path, assertion(c, a, c.url(path), { type: 'HostedBadge' }));
    c.add({ key: a.key, title: a.title, format: 'ob2-hosted', path, expect: ok(a.state), recipient: { identity: learner(a.learner).email }, body: 'json', tags: [a.state] });
  }
  // embedded BadgeClass (issuer still an IRI)
  {
    const a: AwardDef = { key: 'ob2-hosted-embedded', id: 'viz-mei', slug: 'data-visualization', learner: 'mei', issuedOn: '2025-07-09T20:15:00Z' };
    const path = ob2Paths.assertion(a.id);
    const doc = assertion(c, a, c.url(path), { type: 'hosted' });
    const bc = ob2BadgeClass(c, badge(a.slug));
    delete bc['@context'];
    doc.badge = bc;
    c.json(path, doc);
    c.add({ key: a.key, title: 'OB 2.0 hosted assertion with an embedded BadgeClass, valid', format: 'ob2-hosted', path, expect: ok(), recipient: { identity: learner(a.learner).email }, body: 'json', tags: ['valid'] });
  }
  // revoked: 410 Gone
  {
    const path = ob2Paths.assertion('cleaning-lukas');
    c.json(path, { '@context': OB2, id: c.url(path), revoked: true, revocationReason: 'Awarded in error: the submitted project was not the learner\'s own work.' }, { status: 410 });
    c.add({ key: 'ob2-hosted-revoked', title: 'OB 2.0 hosted assertion revoked by the issuer (410 Gone)', format: 'ob2-hosted', path, expect: ok('revoked'), recipient: { identity: learner('lukas').email }, body: 'json', tags: ['revoked'] });
  }
}

const SIGNED: (AwardDef & { title: string; state: OkState; revoked?: string })[] = [
  { key: 'ob2-signed-valid', id: 'viz-diego', slug: 'data-visualization', learner: 'diego', issuedOn: '2025-06-20T16:00:00Z', title: 'OB 2.0 signed assertion (RS256 JWS), valid', state: 'valid' },
  { key: 'ob2-signed-revoked', id: 'ethics-amina', slug: 'open-data-ethics', learner: 'amina', issuedOn: '2025-02-11T16:00:00Z', revoked: 'Superseded by a corrected award.', title: 'OB 2.0 signed assertion listed in the issuer\'s RevocationList', state: 'revoked' },
  { key: 'ob2-signed-expired', id: 'stats-lukas', slug: 'applied-statistics', learner: 'lukas', issuedOn: '2024-01-20T16:00:00Z', expires: '2025-12-31T23:59:59Z', title: 'OB 2.0 signed assertion that expired on 2025-12-31', state: 'expired' },
];

/** Compact RS256 JWS over an OB 2.0 assertion. */
export async function signOb2(payload: unknown, key = loadKeys().rsa.privateKey, alg = 'RS256'): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg }).sign(key);
}

export async function buildOb2Signed(c: BuildCtx): Promise<void> {
  const revoked: { id: string; revocationReason: string }[] = [];
  for (const a of SIGNED) {
    const id = `urn:uuid:${uuidFrom(a.key)}`;
    const doc = assertion(c, a, id, { type: 'SignedBadge', creator: c.url(ob2Paths.key) });
    const path = ob2Paths.signed(a.id);
    c.text(path, await signOb2(doc), 'text/plain; charset=utf-8');
    if (a.revoked) revoked.push({ id, revocationReason: a.revoked });
    c.add({ key: a.key, title: a.title, format: 'ob2-signed', path, expect: ok(a.state), recipient: { identity: learner(a.learner).email }, body: 'jws', tags: [a.state] });
  }
  revoked.push({ id: `urn:uuid:${uuidFrom('never-issued')}`, revocationReason: 'Test entry.' });
  c.json(ob2Paths.revocations, { '@context': OB2, id: c.url(ob2Paths.revocations), type: 'RevocationList', issuer: c.url(ob2Paths.issuer), revokedAssertions: revoked });
}

/** OB 1.0 (no context, `uid`, `verify`) and 1.1 (`@context` v1) hosted assertions. */
export function buildOb1(c: BuildCtx): void {
  const issuerPath = '/issuer/ob1/issuer.json';
  c.json(issuerPath, { name: GUILD.name, url: c.url('/'), email: GUILD.email, description: GUILD.description, image: c.url(ob2Paths.image('guild-logo')) }, { contentType: 'application/json' });
  const defs = [
    { key: 'ob1-hosted-v1.0', uid: 'foundations-diego-2014', slug: 'data-analysis-foundations', learner: 'diego', issuedOn: 1402531200 as number | string, v11: false, title: 'OB 1.0 hosted assertion (no @context, unix issuedOn), upgraded to 2.0' },
    { key: 'ob1-hosted-v1.1', uid: 'sql-mei-2016', slug: 'sql-querying', learner: 'mei', issuedOn: '2016-04-12', v11: true, title: 'OB 1.1 hosted assertion (@context v1), upgraded to 2.0' },
  ];
  for (const d of defs) {
    const b = badge(d.slug);
    const l = learner(d.learner);
    const bcPath = `/issuer/ob1/badges/${d.slug}.json`;
    const path = `/issuer/ob1/assertions/${d.uid}.json`;
    const bc: Record<string, unknown> = {
      name: b.name, description: b.description, image: c.url(ob2Paths.image(b.slug)), criteria: c.url(ob2Paths.criteria(b.slug)),
      issuer: c.url(issuerPath), tags: b.tags, alignment: b.alignments.map((x) => ({ name: x.name, url: x.url, description: x.description })),
    };
    const doc: Record<string, unknown> = {
      uid: d.uid,
      recipient: { type: 'email', hashed: true, salt: l.salt, identity: identityHash(l) },
      badge: c.url(bcPath), verify: { type: 'hosted', url: c.url(path) }, issuedOn: d.issuedOn,
      image: c.url(ob2Paths.image(b.slug)),
    };
    if (d.v11) {
      Object.assign(bc, { '@context': 'https://w3id.org/openbadges/v1', type: 'BadgeClass', id: c.url(bcPath) });
      Object.assign(doc, { '@context': 'https://w3id.org/openbadges/v1', type: 'Assertion', id: c.url(path) });
    }
    c.json(bcPath, bc, { contentType: 'application/json' });
    c.json(path, doc, { contentType: 'application/json' });
    c.add({ key: d.key, title: d.title, format: 'ob1-hosted', path, expect: ok(), recipient: { identity: l.email }, body: 'json', tags: ['valid'] });
  }
}
