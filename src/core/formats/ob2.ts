/**
 * Open Badges 2.0 hosted and signed assertions (and 1.x, upgraded first by ./ob1.ts, loaded lazily) → Badge.
 * `resolveOb2` follows the `badge` and `issuer` IRIs (or takes the embedded objects);
 * `normalizeOb2` maps the three parts onto the Badge model. Documents are untrusted.
 */
import { BadgeError } from '../errors.js';
import type { Badge } from '../types.js';
import {
  type NormalizeMeta,
  badgeAlt,
  normalizeAlignments,
  normalizeCriteria,
  normalizeEndorsements,
  normalizeEvidence,
  normalizeIssuer,
  normalizeRecipient,
  normalizeTags,
} from './common.js';
import { detectFormat } from './detect.js';
import { MAX_NAME, compact, idOf, image, iri, isObj, isoDate, own, text, type Obj } from './fields.js';
import { fetchObject, type Ob2Context, type Ob2Parts } from './linked.js';

export type { Ob2Context, Ob2Parts, NormalizeMeta };

async function linked(v: unknown, what: string, ctx: Ob2Context): Promise<Obj> {
  if (typeof v === 'string') return fetchObject(v.trim(), what, ctx);
  if (isObj(v)) return v;
  throw new BadgeError('malformed', `The ${what} is missing or is neither a URL nor an object.`);
}

/**
 * Resolves an OB 2.0 (or 1.x) assertion into its assertion, BadgeClass and issuer profile,
 * fetching the linked documents through `ctx.fetcher` (de-duplicated and cached).
 */
export async function resolveOb2(doc: Record<string, unknown>, ctx: Ob2Context): Promise<Ob2Parts> {
  if (!isObj(doc)) throw new BadgeError('malformed', 'The assertion is not a JSON object.');
  // OB 1.x (rare today): the upgrade code is loaded only for such a document
  if (detectFormat(doc) === 'ob1') return (await import('./ob1.js')).resolveOb1(doc, ctx);
  const badgeClass = await linked(own(doc, 'badge'), 'badge (BadgeClass)', ctx);
  const issuer = await linked(own(badgeClass, 'issuer'), 'issuer profile', ctx);
  return { assertion: doc, badgeClass, issuer };
}

/** Maps a resolved OB 2.0 assertion onto the Badge model. */
export function normalizeOb2(parts: Ob2Parts, meta: NormalizeMeta): Badge {
  const { assertion: a, badgeClass: bc, issuer: is } = parts;
  if (!isObj(a) || !isObj(bc) || !isObj(is)) throw new BadgeError('malformed', 'The assertion, badge or issuer is not a JSON object.');
  const name = text(own(bc, 'name'), MAX_NAME) ?? 'Untitled badge';
  const rawIssuer = own(bc, 'issuer');
  const revoked = own(a, 'revoked') === true || own(a, 'revoked') === 'true';
  return compact<Badge>({
    id: iri(own(a, 'id')),
    format: meta.format,
    name,
    description: text(own(bc, 'description')),
    image: image(own(bc, 'image'), badgeAlt(name)) ?? image(own(a, 'image'), badgeAlt(name)),
    criteria: normalizeCriteria(own(bc, 'criteria')),
    issuer: normalizeIssuer(is, typeof rawIssuer === 'string' ? rawIssuer : undefined),
    recipient: normalizeRecipient(own(a, 'recipient'), meta.revealRecipient),
    issued: isoDate(own(a, 'issuedOn')),
    expires: isoDate(own(a, 'expires')),
    alignments: normalizeAlignments(own(bc, 'alignment')),
    tags: normalizeTags(own(bc, 'tags')),
    achievementType: undefined,
    achievementId: idOf(bc) ?? (typeof own(a, 'badge') === 'string' ? iri(own(a, 'badge')) : undefined),
    evidence: normalizeEvidence(own(a, 'evidence')),
    results: [],
    credits: undefined,
    endorsements: [
      ...normalizeEndorsements(own(a, 'endorsement')),
      ...normalizeEndorsements(own(bc, 'endorsement')),
      ...normalizeEndorsements(own(is, 'endorsement')),
    ],
    revoked: revoked ? compact({ reason: text(own(a, 'revocationReason')) }) : undefined,
    source: meta.source,
    document: meta.document,
  });
}
