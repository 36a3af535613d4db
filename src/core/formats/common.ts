/** Normalization pieces shared by the OB 2.0 and OB 3.0 readers (same field names in both). */
import type { BadgeAlignment, BadgeEndorsement, BadgeEvidence, BadgeFormat, BadgeIssuer, BadgeRecipient } from '../types.js';
import { MAX_MARKDOWN, MAX_NAME, compact, idOf, image, isObj, isoDate, issuerOrigin, link, list, own, ownObj, text, type Obj } from './fields.js';

export interface NormalizeMeta {
  format: BadgeFormat;
  /** The URL the document was loaded from. */
  source?: string;
  /** The original document (object, or the compact JWS/JWT string). */
  document: unknown;
  /** Include the plaintext recipient identity (default false: never exposed). */
  revealRecipient?: boolean;
}

export const UNKNOWN_ISSUER = 'Unknown issuer';

/** An issuer / profile given as an IRI or an object. */
export function normalizeIssuer(v: unknown, fallbackId?: string): BadgeIssuer {
  const id = idOf(v) ?? idOf(fallbackId);
  const origin = issuerOrigin(id);
  const name = text(own(v, 'name'), MAX_NAME) ?? origin ?? UNKNOWN_ISSUER;
  const email = text(own(v, 'email'), MAX_NAME);
  return compact<BadgeIssuer>({
    id,
    name,
    url: link(own(v, 'url')),
    email: email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? email : undefined,
    description: text(own(v, 'description')),
    image: image(own(v, 'image'), `${name} logo`),
    origin,
  });
}

const HASH = /^(sha256|md5)\$[0-9a-f]+$/i;
const TYPE_MAP: Record<string, string> = { emailAddress: 'email', email: 'email', url: 'url', telephone: 'telephone', phone: 'telephone', did: 'did', id: 'id' };

/**
 * A recipient from an OB2 IdentityObject (`type`/`identity`) or an OB3 one (`identityType`/`identityHash`).
 * The plaintext identity is kept only with `reveal`.
 */
export function normalizeRecipient(o: unknown, reveal: boolean | undefined): BadgeRecipient | undefined {
  if (!isObj(o)) return undefined;
  const rawType = text(own(o, 'identityType') ?? own(o, 'type'), 100) ?? 'email';
  const type = TYPE_MAP[rawType] ?? rawType;
  const identity = text(own(o, 'identityHash') ?? own(o, 'identity'), 1000);
  const hashedField = own(o, 'hashed');
  const hashed = hashedField === true || hashedField === 'true' || (hashedField === undefined && !!identity && HASH.test(identity));
  const salt = typeof own(o, 'salt') === 'string' ? (own(o, 'salt') as string) : undefined;
  if (hashed) {
    return compact<BadgeRecipient>({ type, hashed: true, hash: identity && HASH.test(identity) ? identity : undefined, salt });
  }
  return compact<BadgeRecipient>({ type, hashed: false, identity: reveal ? identity : undefined });
}

/** OB2 `alignment` / OB3 `alignment` (`targetName`…); OB 1.0 (`name`, `url`, `description`) too. */
export function normalizeAlignments(v: unknown): BadgeAlignment[] {
  const out: BadgeAlignment[] = [];
  for (const a of list(v)) {
    const name = text(own(a, 'targetName') ?? own(a, 'name'), MAX_NAME);
    if (!name) continue;
    out.push(
      compact<BadgeAlignment>({
        name,
        url: link(own(a, 'targetUrl') ?? own(a, 'url')),
        description: text(own(a, 'targetDescription') ?? own(a, 'description')),
        framework: text(own(a, 'targetFramework'), MAX_NAME),
        code: text(own(a, 'targetCode'), MAX_NAME),
        type: text(own(a, 'alignmentType') ?? own(a, 'targetType'), 100),
      }),
    );
  }
  return out;
}

/** Evidence: IRIs or objects (`id`, `name`, `description`, `narrative`, `genre`, `audience`). */
export function normalizeEvidence(v: unknown): BadgeEvidence[] {
  const out: BadgeEvidence[] = [];
  for (const e of list(v)) {
    const item = compact<BadgeEvidence>({
      id: typeof e === 'string' ? link(e) : link(own(e, 'id')),
      name: text(own(e, 'name'), MAX_NAME),
      description: text(own(e, 'description')),
      narrative: text(own(e, 'narrative'), MAX_MARKDOWN),
      genre: text(own(e, 'genre'), MAX_NAME),
      audience: text(own(e, 'audience'), MAX_NAME),
    });
    if (Object.keys(item).length > 0) out.push(item);
  }
  return out;
}

/** Tags: a list of strings. */
export function normalizeTags(v: unknown): string[] {
  const out: string[] = [];
  for (const t of list(v)) {
    const s = text(t, 100);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/**
 * Endorsements, listed (not verified here): OB2 `Endorsement` objects or IRIs, OB3
 * `EndorsementCredential` objects; compact JWTs (OB3 `endorsementJwt`) are listed by nothing but their presence.
 */
export function normalizeEndorsements(v: unknown): BadgeEndorsement[] {
  const out: BadgeEndorsement[] = [];
  for (const e of list(v)) {
    if (typeof e === 'string') {
      const id = link(e);
      if (id) out.push({ id });
      continue;
    }
    if (!isObj(e)) continue;
    const issuer = own(e, 'issuer');
    const claim = ownObj(e, 'claim') ?? ownObj(e, 'credentialSubject');
    out.push(
      compact<BadgeEndorsement>({
        id: idOf(e),
        issuerName: text(own(issuer, 'name'), MAX_NAME),
        issuerId: idOf(issuer),
        comment: text(own(claim, 'endorsementComment'), MAX_MARKDOWN),
        issued: isoDate(own(e, 'issuedOn') ?? own(e, 'validFrom') ?? own(e, 'issuanceDate')),
      }),
    );
  }
  return out;
}

/** Criteria: an IRI (OB 1.x / 2.0) or `{ id, narrative }`. */
export function normalizeCriteria(v: unknown): { url?: string; narrative?: string } | undefined {
  const c = compact({
    url: typeof v === 'string' ? link(v) : link(own(v, 'id')),
    narrative: text(own(v, 'narrative'), MAX_MARKDOWN),
  });
  return c.url || c.narrative ? c : undefined;
}

export function badgeAlt(name: string): string {
  return `Badge: ${name}`;
}

export type { Obj };
