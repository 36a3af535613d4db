/** Deliberately broken OB 2.0 assertions: one per failure the hosted / signed checks must catch. */
import { sign as nodeSign } from 'node:crypto';
import { CompactSign } from 'jose';
import { GUILD, badge, learner } from './data.js';
import { BuildCtx, fail, identityHash, ok, uuidFrom } from './ctx.js';
import { loadKeys, publicKeyPem } from './keys.js';
import { ob2BadgeClass, ob2Issuer, ob2Paths, signOb2 } from './ob2.js';

const OB2 = 'https://w3id.org/openbadges/v2';
const b64 = (x: unknown) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)).toString('base64url');

function assertionDoc(id: string, badgeRef: unknown, who = 'amina', verification: Record<string, unknown> = { type: 'HostedBadge' }): Record<string, unknown> {
  const l = learner(who);
  return {
    '@context': OB2, type: 'Assertion', id,
    recipient: { type: 'email', hashed: true, salt: l.salt, identity: identityHash(l) },
    badge: badgeRef, issuedOn: '2025-05-20T18:00:00Z', verification,
  };
}

/** A second issuer profile (+ its BadgeClass) with given extras, for scope / timeout / weak-key cases. */
function sideIssuer(c: BuildCtx, name: string, extra: Record<string, unknown>, delayMs?: number): string {
  const issuerPath = `/issuer/ob2/${name}-issuer.json`;
  const issuerId = c.url(issuerPath);
  const { publicKey: _k, revocationList: _r, ...base } = ob2Issuer(c);
  c.json(issuerPath, { ...base, id: issuerId, name: `${GUILD.name} (${name.replace(/-/g, ' ')} branch)`, ...extra }, { delayMs });
  const bcPath = ob2Paths.badge(`${name}-sql-querying`);
  c.json(bcPath, { ...ob2BadgeClass(c, badge('sql-querying')), id: c.url(bcPath), issuer: issuerId });
  return c.url(bcPath);
}

export async function buildBrokenOb2(c: BuildCtx): Promise<void> {
  const keys = loadKeys();
  const add = (key: string, title: string, path: string, expect: ReturnType<typeof fail>, format: 'ob2-hosted' | 'ob2-signed' = 'ob2-hosted', extra: { url?: string; options?: { timeoutMs?: number } } = {}) =>
    c.add({ key, title, format, path, expect, recipient: { identity: learner('amina').email }, body: format === 'ob2-signed' ? 'jws' : 'json', tags: ['broken'], ...extra });

  // origin-not-allowed: assertion id on 127.0.0.1, issuer on localhost (same server, other origin)
  const u = new URL(c.origin);
  if (u.hostname === 'localhost' || u.hostname === '127.0.0.1') {
    const L = `http://localhost:${u.port}`;
    const N = `http://127.0.0.1:${u.port}`;
    const path = ob2Paths.assertion('foreign-origin');
    c.json(path, assertionDoc(N + path, `${L}${ob2Paths.badge('sql-querying')}`));
    add('broken-ob2-foreign-origin', 'OB 2.0 hosted assertion on 127.0.0.1 for an issuer on localhost: outside the issuer\'s origin', path, fail('origin-not-allowed'), 'ob2-hosted', { url: N + path });
  }
  // origin-not-allowed (startsWith) and its valid twin
  {
    const bc = sideIssuer(c, 'scoped', { verification: { startsWith: c.url('/issuer/ob2/scoped/') } });
    const inside = '/issuer/ob2/scoped/sql-lukas.json';
    c.json(inside, assertionDoc(c.url(inside), bc, 'lukas'));
    c.add({ key: 'ob2-hosted-in-scope', title: 'OB 2.0 hosted assertion inside its issuer\'s verification.startsWith scope, valid', format: 'ob2-hosted', path: inside, expect: ok(), recipient: { identity: learner('lukas').email }, body: 'json', tags: ['valid'] });
    const outside = ob2Paths.assertion('outside-scope');
    c.json(outside, assertionDoc(c.url(outside), bc));
    add('broken-ob2-outside-startswith', 'OB 2.0 hosted assertion on the issuer\'s origin but outside its verification.startsWith prefix', outside, fail('origin-not-allowed'));
  }
  // id-mismatch: the hosted copy names another assertion
  {
    // a copy (as pasted or baked) pointing at `moved.json`, whose hosted document names yet another assertion
    const moved = ob2Paths.assertion('moved');
    c.json(moved, assertionDoc(c.url(ob2Paths.assertion('sql-querying-amina')), c.url(ob2Paths.badge('sql-querying'))));
    const path = ob2Paths.assertion('stale-copy');
    c.json(path, assertionDoc(c.url(moved), c.url(ob2Paths.badge('sql-querying'))));
    add('broken-ob2-id-mismatch', 'OB 2.0 assertion copy whose id points to a hosted document that names another assertion id', path, fail('id-mismatch'));
  }
  // fetch-timeout: the issuer profile answers after 2.5 s
  {
    const bc = sideIssuer(c, 'slow', {}, 2500);
    const path = ob2Paths.assertion('slow-issuer');
    c.json(path, assertionDoc(c.url(path), bc));
    add('broken-ob2-slow-issuer', 'OB 2.0 hosted assertion whose issuer profile answers after 2.5 s (verify with a fetcher timeout of 1 s)', path, fail('fetch-timeout'), 'ob2-hosted', { options: { timeoutMs: 1000 } });
  }
  // fetch-too-large: a 2.5 MB assertion (over the fetcher's 2 MiB default)
  {
    const path = ob2Paths.assertion('oversized');
    const doc = assertionDoc(c.url(path), c.url(ob2Paths.badge('sql-querying')));
    doc.narrative = 'Padding. '.repeat(280_000);
    c.json(path, doc);
    add('broken-ob2-too-large', 'OB 2.0 hosted assertion of 2.5 MB (over the fetcher\'s 2 MiB cap)', path, fail('fetch-too-large'));
  }
  // fetch-failed: the BadgeClass is gone (404)
  {
    const path = ob2Paths.assertion('badge-deleted');
    c.json(path, assertionDoc(c.url(path), c.url(ob2Paths.badge('retired-spreadsheet-basics'))));
    add('broken-ob2-badge-404', 'OB 2.0 hosted assertion whose BadgeClass answers 404', path, fail('fetch-failed'));
  }
  // url-blocked: badge IRIs with refused schemes
  for (const [name, iri] of [['javascript', 'javascript:alert(document.domain)//'], ['ftp', 'ftp://files.opendataguild.example/badges/sql.json']] as const) {
    const path = ob2Paths.assertion(`badge-${name}-iri`);
    c.json(path, assertionDoc(c.url(path), iri));
    add(`broken-ob2-badge-${name}`, `OB 2.0 hosted assertion whose badge IRI is a ${name}: URL`, path, fail('url-blocked'));
  }

  // signed: tampered payload (signature no longer matches)
  const signedDoc = (key: string, creator: string) => assertionDoc(`urn:uuid:${uuidFrom(key)}`, c.url(ob2Paths.badge('data-visualization')), 'amina', { type: 'SignedBadge', creator });
  {
    const jws = await signOb2(signedDoc('broken-ob2-signed-tampered', c.url(ob2Paths.key)));
    const [h, p, s] = jws.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    payload.issuedOn = '2021-01-01T00:00:00Z'; // back-dated after signing
    const path = ob2Paths.signed('tampered');
    c.text(path, `${h}.${b64(payload)}.${s}`, 'text/plain; charset=utf-8');
    add('broken-ob2-signed-tampered', 'OB 2.0 signed assertion whose payload was edited after signing (issuedOn back-dated)', path, fail('invalid-signature'), 'ob2-signed');
  }
  // signed: HS256 with the issuer's public PEM as the HMAC secret (algorithm confusion)
  {
    const payload = signedDoc('broken-ob2-signed-hs256', c.url(ob2Paths.key));
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(publicKeyPem(keys.rsa)));
    const path = ob2Paths.signed('hs256');
    c.text(path, jws, 'text/plain; charset=utf-8');
    add('broken-ob2-signed-hs256', 'OB 2.0 "signed" assertion using HS256 with the issuer\'s public key as HMAC secret', path, fail('unsupported-alg'), 'ob2-signed');
  }
  // signed: weak RSA-1024 key, properly published by its (side) issuer
  {
    const keyPath = '/issuer/ob2/keys/rsa-1024.json';
    const issuerId = c.url('/issuer/ob2/legacy-issuer.json');
    c.json(keyPath, { '@context': OB2, type: 'CryptographicKey', id: c.url(keyPath), owner: issuerId, publicKeyPem: publicKeyPem(keys.rogueRsa1024) });
    const bc = sideIssuer(c, 'legacy', { publicKey: c.url(keyPath) });
    const payload = assertionDoc(`urn:uuid:${uuidFrom('broken-ob2-signed-weak-key')}`, bc, 'amina', { type: 'SignedBadge', creator: c.url(keyPath) });
    const input = `${b64({ alg: 'RS256' })}.${b64(payload)}`;
    const sig = nodeSign('sha256', Buffer.from(input), keys.rogueRsa1024.privateKey).toString('base64url');
    const path = ob2Paths.signed('weak-key');
    c.text(path, `${input}.${sig}`, 'text/plain; charset=utf-8');
    add('broken-ob2-signed-weak-key', 'OB 2.0 signed assertion (RS256) made with a 1024-bit RSA key its issuer publishes', path, fail('weak-key'), 'ob2-signed');
  }
}
