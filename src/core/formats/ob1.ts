/**
 * Open Badges 1.x hosted assertions, upgraded to the 2.0 shape before normalization.
 * 1.0: `badge` is a URL → BadgeClass whose `issuer` is a URL → organization.
 * 0.5: `badge` is embedded, its `issuer` has `origin` (relative URLs resolve against it).
 */
import { BadgeError, MAX_NAME, fetchObject, idOf, isObj, isoDate, list, own, ownObj, text, type Obj, type Ob2Context, type Ob2Parts } from '../read-path.js';

function resolveUrl(v: unknown, base: string | undefined): string | undefined {
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  try {
    return new URL(v.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** Copies only the listed own fields into a fresh object (never merges untrusted objects). */
function pick(o: Obj, keys: string[]): Obj {
  const out: Obj = {};
  for (const k of keys) {
    const v = own(o, k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function recipientOf(doc: Obj): Obj | undefined {
  const r = own(doc, 'recipient');
  if (isObj(r)) return pick(r, ['type', 'hashed', 'salt', 'identity']);
  if (typeof r === 'string') {
    // 0.5: the recipient is an e-mail address or `sha256$…` with a top-level `salt`
    const hashed = /^(sha256|md5)\$/i.test(r);
    return { type: 'email', hashed, identity: r, ...(typeof own(doc, 'salt') === 'string' ? { salt: own(doc, 'salt') } : {}) };
  }
  return undefined;
}

export async function resolveOb1(doc: Obj, ctx: Ob2Context): Promise<Ob2Parts> {
  const verify = ownObj(doc, 'verify');
  const assertionId = resolveUrl(own(verify, 'url'), ctx.source) ?? ctx.source;
  const rawBadge = own(doc, 'badge');
  let badgeUrl: string | undefined;
  let bc: Obj;
  if (typeof rawBadge === 'string') {
    badgeUrl = resolveUrl(rawBadge, assertionId);
    if (!badgeUrl) throw new BadgeError('malformed', 'The assertion’s badge is not a valid URL.');
    bc = await fetchObject(badgeUrl, 'badge (BadgeClass)', ctx);
  } else if (isObj(rawBadge)) {
    bc = rawBadge;
  } else {
    throw new BadgeError('malformed', 'The assertion has no badge.');
  }

  const rawIssuer = own(bc, 'issuer');
  let issuerUrl: string | undefined;
  let issuer: Obj;
  let base: string | undefined;
  if (typeof rawIssuer === 'string') {
    issuerUrl = resolveUrl(rawIssuer, badgeUrl ?? assertionId);
    if (!issuerUrl) throw new BadgeError('malformed', 'The badge’s issuer is not a valid URL.');
    const fetched = await fetchObject(issuerUrl, 'issuer', ctx);
    issuer = { ...pick(fetched, ['name', 'url', 'description', 'image', 'email', 'revocationList']), id: issuerUrl };
    base = badgeUrl;
  } else if (isObj(rawIssuer)) {
    // 0.5: { origin, name, org, contact }
    const origin = resolveUrl(own(rawIssuer, 'origin'), undefined);
    base = origin ?? badgeUrl ?? assertionId;
    const name = text(own(rawIssuer, 'name'), MAX_NAME);
    const org = text(own(rawIssuer, 'org'), MAX_NAME);
    issuer = {
      ...pick(rawIssuer, ['description', 'image', 'email', 'url']),
      id: idOf(rawIssuer) ?? origin,
      name: name && org ? `${name} (${org})` : (name ?? org),
      url: own(rawIssuer, 'url') ?? origin,
      email: own(rawIssuer, 'email') ?? own(rawIssuer, 'contact'),
    };
  } else {
    throw new BadgeError('malformed', 'The badge has no issuer.');
  }

  const alignment = list(own(bc, 'alignment')).map((a) => ({
    targetName: own(a, 'name'),
    targetUrl: own(a, 'url'),
    targetDescription: own(a, 'description'),
  }));
  const badgeClass: Obj = {
    type: 'BadgeClass',
    id: badgeUrl,
    name: own(bc, 'name'),
    description: own(bc, 'description'),
    image: resolveUrl(own(bc, 'image'), base),
    criteria: resolveUrl(own(bc, 'criteria'), base),
    tags: own(bc, 'tags'),
    alignment,
    issuer: issuerUrl ?? issuer,
  };
  const assertion: Obj = {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: assertionId,
    recipient: recipientOf(doc),
    badge: badgeUrl ?? badgeClass,
    issuedOn: isoDate(own(doc, 'issuedOn') ?? own(doc, 'issued_on')),
    expires: isoDate(own(doc, 'expires')),
    evidence: resolveUrl(own(doc, 'evidence'), base),
    image: resolveUrl(own(doc, 'image'), base),
  };
  if (isObj(issuer.image) || typeof issuer.image === 'string') issuer.image = resolveUrl(idOf(issuer.image), base);
  return { assertion, badgeClass, issuer };
}
