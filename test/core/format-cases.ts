/**
 * Normalization cases: every format → the same Badge. Shared by test/core/formats.test.ts (Chromium)
 * and test-node/core.node.test.ts (Node), so the no-DOM core is exercised in both.
 */
import { BadgeError, createFetcher, detectFormat, loadBadge, type Badge } from '../../src/index.js';
import { decodeJws } from '../../src/core/formats/jws.js';
import { type Case, deepEqual, equal, ok, rejectsWith } from './assert.js';
import { E, documentFetch, documents, ob05Assertion, ob1Assertion, ob2Assertion, ob2Embedded, ob3v1, ob3v2, signedFixtures } from './fixtures.js';

const fetcher = () => createFetcher({ fetch: documentFetch(documents) });

/** The fields every format must agree on. */
function common(b: Badge, withDates = true): void {
  equal(b.name, E.name, `${b.format} name`);
  equal(b.description, E.description, `${b.format} description`);
  equal(b.issuer.name, E.issuerName, `${b.format} issuer name`);
  equal(b.issuer.url, E.issuerUrl, `${b.format} issuer url`);
  equal(b.issuer.email, E.issuerEmail, `${b.format} issuer email`);
  equal(b.issuer.origin, 'example.edu', `${b.format} issuer origin`);
  equal(b.image?.url, E.image, `${b.format} image`);
  equal(b.criteria?.url, E.criteriaUrl, `${b.format} criteria url`);
  if (withDates) {
    equal(b.issued, E.issued, `${b.format} issued`);
    equal(b.expires, E.expires, `${b.format} expires`);
  }
  equal(b.alignments.length, 1, `${b.format} alignments`);
  equal(b.alignments[0]!.name, E.alignName, `${b.format} alignment name`);
  equal(b.alignments[0]!.url, E.alignUrl, `${b.format} alignment url`);
  deepEqual(b.tags, [...E.tags], `${b.format} tags`);
  deepEqual(b.recipient, { type: 'email', hashed: true, hash: E.hash, salt: E.salt }, `${b.format} recipient`);
}

function ob3Extras(b: Badge): void {
  equal(b.image?.alt, 'A blue hexagon with a bar chart', 'alt from image.caption');
  equal(b.criteria?.narrative, E.narrative);
  equal(b.achievementType, 'Badge');
  equal(b.achievementId, 'https://example.edu/achievements/data-literacy');
  equal(b.credits, 3);
  deepEqual(b.results, [{ name: 'Final project grade', value: 'Proficient' }]);
  deepEqual(b.evidence, [{ id: 'https://example.edu/portfolio/amina/project', name: 'Final project', narrative: 'A dashboard of city bike usage.' }]);
  deepEqual(b.endorsements, [
    {
      id: 'urn:uuid:7bd9c1e8-8fd2-4d1a-9c5a-1f3a2c9d8e01',
      issuerName: 'Statistics Society',
      issuerId: 'https://statistics-society.example/profile',
      comment: 'A solid, well-assessed course.',
      issued: '2023-11-01T00:00:00.000Z',
    },
  ]);
  deepEqual(b.alignments[0], { name: E.alignName, url: E.alignUrl, framework: 'Example Skills', code: 'STAT-1', type: 'ceasn:Competency' });
}

export const formatCases: Case[] = [
  {
    name: 'OB 2.0 hosted: follows the badge and issuer IRIs',
    fn: async () => {
      const b = await loadBadge(ob2Assertion, { fetcher: fetcher() });
      equal(b.format, 'ob2-hosted');
      common(b);
      equal(b.id, ob2Assertion.id);
      equal(b.achievementId, E.badgeClassId);
      equal(b.issuer.id, E.issuerId);
      equal(b.criteria?.narrative, E.narrative);
      equal(b.image?.alt, `Badge: ${E.name}`);
      deepEqual(b.evidence, [{ id: 'https://example.edu/portfolio/amina/project' }]);
      equal(b.document, ob2Assertion, 'original document kept');
    },
  },
  {
    name: 'OB 2.0 hosted: embedded BadgeClass and issuer give the same badge with no request',
    fn: async () => {
      let requests = 0;
      const b = await loadBadge(ob2Embedded, { fetch: async () => (requests++, new Response('{}')) });
      common(b);
      equal(requests, 0);
    },
  },
  {
    name: 'OB 2.0 hosted: loaded from its URL (source kept)',
    fn: async () => {
      const b = await loadBadge(ob2Assertion.id, { fetcher: fetcher() });
      equal(b.format, 'ob2-hosted');
      equal(b.source, ob2Assertion.id);
      common(b);
    },
  },
  {
    name: 'OB 1.0 hosted: badge URL → BadgeClass → issuer URL, Unix timestamps, upgraded to the same model',
    fn: async () => {
      const b = await loadBadge(ob1Assertion, { fetcher: fetcher() });
      equal(b.format, 'ob1-hosted');
      common(b);
      equal(b.id, ob1Assertion.verify.url);
      equal(b.issuer.id, 'https://example.edu/ob1/organization.json');
      equal(b.alignments[0]!.description, 'Reads tables and charts.');
    },
  },
  {
    name: 'OB 0.5: embedded badge with issuer.origin, relative URLs resolved against it',
    fn: async () => {
      const b = await loadBadge(ob05Assertion, { fetch: async () => new Response('{}', { status: 500 }) });
      equal(b.format, 'ob1-hosted');
      equal(b.name, E.name);
      equal(b.issuer.name, E.issuerName);
      equal(b.issuer.origin, 'example.edu');
      equal(b.issuer.email, E.issuerEmail);
      equal(b.image?.url, E.image);
      equal(b.criteria?.url, E.criteriaUrl);
      equal(b.issued, '2024-01-15T00:00:00.000Z');
      deepEqual(b.recipient, { type: 'email', hashed: true, hash: E.hash, salt: E.salt });
      deepEqual(b.evidence, [{ id: 'https://example.edu/portfolio/amina/project' }]);
    },
  },
  {
    name: 'OB 2.0 signed (compact JWS): payload is the assertion; document is the JWS',
    fn: async () => {
      const { ob2Jws } = await signedFixtures();
      equal(detectFormat(ob2Jws), 'ob2-jws');
      const b = await loadBadge(ob2Jws, { fetcher: fetcher() });
      equal(b.format, 'ob2-signed');
      common(b);
      equal(b.document, ob2Jws);
      equal(decodeJws(ob2Jws).header.alg, 'RS256');
    },
  },
  {
    name: 'OB 3.0 JSON, VCDM 1.1 (issuanceDate/expirationDate)',
    fn: async () => {
      const b = await loadBadge(ob3v1);
      equal(b.format, 'ob3-json');
      common(b);
      ob3Extras(b);
      equal(b.id, ob3v1.id);
    },
  },
  {
    name: 'OB 3.0 JSON, VCDM 2.0 (validFrom/validUntil), also as a JSON string',
    fn: async () => {
      const b = await loadBadge(JSON.stringify(ob3v2));
      equal(b.format, 'ob3-json');
      common(b);
      ob3Extras(b);
    },
  },
  {
    name: 'OB 3.0 VC-JWT, VCDM 1.1 `vc` claim: iss/nbf/exp/jti fill the missing fields',
    fn: async () => {
      const { jwtV1 } = await signedFixtures();
      equal(detectFormat(jwtV1), 'ob3-jwt');
      const b = await loadBadge(jwtV1);
      equal(b.format, 'ob3-jwt');
      common(b);
      ob3Extras(b);
      equal(b.id, ob3v1.id);
      equal(b.issuer.id, E.issuerId);
      equal(b.document, jwtV1);
    },
  },
  {
    name: 'OB 3.0 VC-JWT, VCDM 2.0 payload',
    fn: async () => {
      const { jwtV2 } = await signedFixtures();
      const b = await loadBadge(jwtV2);
      equal(b.format, 'ob3-jwt');
      common(b);
      ob3Extras(b);
    },
  },
  {
    name: 'recipient: plaintext identity only with revealRecipient',
    fn: async () => {
      const plain = { ...ob2Embedded, recipient: { type: 'email', hashed: false, identity: E.email } };
      const hidden = await loadBadge(plain);
      deepEqual(hidden.recipient, { type: 'email', hashed: false });
      ok(!JSON.stringify({ ...hidden, document: undefined }).includes(E.email), 'e-mail not in the model');
      const shown = await loadBadge(plain, { revealRecipient: true });
      equal(shown.recipient?.identity, E.email);
      const did = { ...ob3v2, credentialSubject: { ...ob3v2.credentialSubject, identifier: undefined, id: 'did:example:ebfeb1f712ebc6f1c276e12ec21' } };
      deepEqual((await loadBadge(did)).recipient, { type: 'did', hashed: false });
    },
  },
  {
    name: 'issuer origin is the DID for a DID issuer; unsafe URLs are dropped, data: PNG kept, SVG data refused',
    fn: async () => {
      const png = 'data:image/png;base64,iVBORw0KGgo=';
      const doc = {
        ...ob3v2,
        issuer: { id: 'did:web:example.edu', name: 'Example University', url: 'javascript:alert(1)', image: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' },
        credentialSubject: {
          ...ob3v2.credentialSubject,
          achievement: { ...(ob3v2.credentialSubject.achievement as Record<string, unknown>), image: { id: png, caption: 'Pixel' }, criteria: { id: 'javascript:alert(1)', narrative: 'Do it' } },
        },
        evidence: [{ id: 'file:///etc/passwd', name: 'Work' }],
      };
      const b = await loadBadge(doc);
      equal(b.issuer.origin, 'did:web:example.edu');
      equal(b.issuer.url, undefined);
      equal(b.issuer.image, undefined);
      deepEqual(b.image, { url: png, alt: 'Pixel' });
      deepEqual(b.criteria, { narrative: 'Do it' });
      deepEqual(b.evidence, [{ name: 'Work' }]);
    },
  },
  {
    name: 'hostile shapes: __proto__ keys stay inert, wrong types give BadgeErrors, text is trimmed and capped',
    fn: async () => {
      const text = JSON.stringify(ob2Embedded).replace('"type":"Assertion"', '"type":"Assertion","__proto__":{"polluted":true}');
      ok(text.includes('"__proto__":{"polluted":true}'), 'fixture has the key');
      const b = await loadBadge(text);
      equal(b.name, E.name);
      equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched');
      const long = await loadBadge({ ...ob2Embedded, badge: { ...ob2Embedded.badge, name: `  ${'x'.repeat(5000)}  `, tags: 'one', alignment: 'nope' } });
      ok(long.name.length <= 300, 'name capped');
      deepEqual(long.tags, ['one']);
      deepEqual(long.alignments, []);
      await rejectsWith(loadBadge({ ...ob3v2, credentialSubject: 42 }), 'malformed');
      await rejectsWith(loadBadge({ ...ob3v2, credentialSubject: { achievement: 'x' } }), 'malformed');
      await rejectsWith(loadBadge({ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', badge: 7 }), 'malformed');
      await rejectsWith(loadBadge({ hello: 'world' }), 'unknown-format');
      await rejectsWith(loadBadge([1, 2, 3] as unknown as object), 'unknown-format');
      await rejectsWith(loadBadge('not a badge at all'), 'unknown-format');
      await rejectsWith(loadBadge('{"broken": '), 'not-json');
      await rejectsWith(loadBadge('eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln'), 'malformed');
      ok(new BadgeError('malformed', 'x') instanceof Error);
    },
  },
  {
    name: 'refused schemes as badge input: javascript:, data:, file:, ftp:, http: to a non-loopback host (page not on http)',
    fn: async () => {
      for (const url of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'ftp://example.org/a.json', 'http://example.org/a.json']) {
        await rejectsWith(loadBadge(url, { fetcher: createFetcher({ fetch: async () => new Response('{}'), allowHttp: false }) }), 'url-blocked', url);
      }
    },
  },
  {
    name: 'a hosted revoked assertion without its badge says revoked',
    fn: async () => {
      const e = await rejectsWith(loadBadge({ '@context': 'https://w3id.org/openbadges/v2', id: ob2Assertion.id, revoked: true, revocationReason: 'Issued in error' }), 'fetch-failed');
      ok(e.message.includes('revoked') && e.message.includes('Issued in error'), e.message);
    },
  },
];
