/**
 * Open Badges 3.0 (OpenBadgeCredential / AchievementCredential, VCDM 1.1 and 2.0) → Badge,
 * and VC-JWT payloads → credential (decode only; proofs are checked in src/core/verify).
 */
import { BadgeError } from '../errors.js';
import type { Badge, BadgeEndorsement, BadgeRecipient, BadgeResult } from '../types.js';
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
import { isCredential } from './detect.js';
import { MAX_NAME, compact, idOf, image, iri, isObj, isoDate, list, nonNegative, own, ownObj, text, type Obj } from './fields.js';
import { decodeJws, isCompactJws } from './jws.js';

const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/** A shallow copy built with own data properties only (a `__proto__` key stays an inert own property). */
function copy(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o));
}

function subjectOf(credential: Obj): Obj | undefined {
  const s = own(credential, 'credentialSubject');
  if (isObj(s)) return s;
  return list(s).find(isObj) as Obj | undefined;
}

/**
 * The credential inside a VC-JWT payload: the VCDM 1.1 `vc` claim, or the payload itself (VCDM 2.0),
 * with `iss`, `nbf`, `exp`, `jti`, `sub` filling the fields the credential does not carry itself.
 */
export function credentialFromJwtPayload(payload: unknown): Record<string, unknown> {
  if (!isObj(payload)) throw new BadgeError('malformed', 'The JWT payload is not a JSON object.');
  const vc = ownObj(payload, 'vc');
  const base = vc ?? payload;
  if (!isCredential(base)) throw new BadgeError('unknown-format', 'The JWT does not carry a verifiable credential.');
  const out = copy(base);
  const v2 = list(own(out, '@context')).includes(VC2_CONTEXT);
  const iss = iri(own(payload, 'iss'));
  const issuer = own(out, 'issuer');
  if (iss && issuer === undefined) out.issuer = iss;
  else if (iss && isObj(issuer) && own(issuer, 'id') === undefined) out.issuer = { ...copy(issuer), id: iss };
  const fromKey = v2 ? 'validFrom' : 'issuanceDate';
  const untilKey = v2 ? 'validUntil' : 'expirationDate';
  const nbf = isoDate(own(payload, 'nbf'));
  const exp = isoDate(own(payload, 'exp'));
  if (nbf && own(out, fromKey) === undefined && (v2 || own(out, 'validFrom') === undefined)) out[fromKey] = nbf;
  if (exp && own(out, untilKey) === undefined && (v2 || own(out, 'validUntil') === undefined)) out[untilKey] = exp;
  const jti = iri(own(payload, 'jti'));
  if (jti && own(out, 'id') === undefined) out.id = jti;
  const sub = iri(own(payload, 'sub'));
  const subject = subjectOf(out);
  if (sub && subject && own(subject, 'id') === undefined) out.credentialSubject = { ...copy(subject), id: sub };
  return out;
}

function recipientOf(subject: Obj, reveal: boolean | undefined): BadgeRecipient | undefined {
  for (const idObj of list(own(subject, 'identifier'))) {
    const r = normalizeRecipient(idObj, reveal);
    if (r) return r;
  }
  const id = iri(own(subject, 'id'));
  if (!id) return undefined;
  const type = id.startsWith('did:') ? 'did' : /^https?:/i.test(id) ? 'url' : id.startsWith('mailto:') ? 'email' : 'id';
  return compact<BadgeRecipient>({ type, hashed: false, identity: reveal ? id : undefined });
}

function resultsOf(subject: Obj, achievement: Obj): BadgeResult[] {
  const descriptions = list(own(achievement, 'resultDescription')).filter(isObj);
  const out: BadgeResult[] = [];
  for (const r of list(own(subject, 'result'))) {
    if (!isObj(r)) continue;
    const rdId = idOf(own(r, 'resultDescription'));
    const rd = descriptions.find((d) => rdId !== undefined && idOf(d) === rdId);
    const levelId = idOf(own(r, 'achievedLevel'));
    const level = list(own(rd, 'rubricCriterionLevel')).find((l) => levelId !== undefined && idOf(l) === levelId);
    const item = compact<BadgeResult>({
      name: text(own(rd, 'name'), MAX_NAME),
      value: text(own(r, 'value'), MAX_NAME) ?? text(own(level, 'name'), MAX_NAME),
      status: text(own(r, 'status'), 100),
    });
    if (Object.keys(item).length > 0) out.push(item);
  }
  return out;
}

/** Endorsements given as objects plus OB3 `endorsementJwt` strings (decoded, not verified). */
function endorsementsOf(...holders: unknown[]): BadgeEndorsement[] {
  const out: BadgeEndorsement[] = [];
  for (const h of holders) {
    out.push(...normalizeEndorsements(own(h, 'endorsement')));
    for (const jwt of list(own(h, 'endorsementJwt'))) {
      if (!isCompactJws(jwt)) continue;
      try {
        out.push(...normalizeEndorsements(credentialFromJwtPayload(decodeJws(jwt).payload)));
      } catch {
        // an unreadable endorsement is not listed
      }
    }
  }
  return out;
}

/** Maps an OB 3.0 credential (JSON or decoded from a VC-JWT) onto the Badge model. */
export function normalizeOb3(credential: Record<string, unknown>, meta: NormalizeMeta): Badge {
  if (!isObj(credential)) throw new BadgeError('malformed', 'The credential is not a JSON object.');
  const subject = subjectOf(credential);
  if (!subject) throw new BadgeError('malformed', 'The credential has no credentialSubject.');
  const achievement = ownObj(subject, 'achievement');
  if (!achievement) {
    throw new BadgeError('malformed', 'The credential has no credentialSubject.achievement: it is not an Open Badges 3.0 credential.');
  }
  const name = text(own(achievement, 'name'), MAX_NAME) ?? text(own(credential, 'name'), MAX_NAME) ?? 'Untitled badge';
  const issuer = own(credential, 'issuer');
  return compact<Badge>({
    id: iri(own(credential, 'id')),
    format: meta.format,
    name,
    description: text(own(achievement, 'description')) ?? text(own(credential, 'description')),
    image: image(own(achievement, 'image'), badgeAlt(name)) ?? image(own(credential, 'image'), badgeAlt(name)),
    criteria: normalizeCriteria(own(achievement, 'criteria')),
    issuer: normalizeIssuer(issuer),
    recipient: recipientOf(subject, meta.revealRecipient),
    issued: isoDate(own(credential, 'validFrom') ?? own(credential, 'issuanceDate') ?? own(credential, 'awardedDate')),
    expires: isoDate(own(credential, 'validUntil') ?? own(credential, 'expirationDate')),
    alignments: normalizeAlignments(own(achievement, 'alignment')),
    tags: normalizeTags(own(achievement, 'tag') ?? own(achievement, 'tags')),
    achievementType: text(own(achievement, 'achievementType'), 100),
    achievementId: idOf(achievement),
    evidence: normalizeEvidence(own(credential, 'evidence')),
    results: resultsOf(subject, achievement),
    credits: nonNegative(own(subject, 'creditsEarned')) ?? nonNegative(own(achievement, 'creditsAvailable')),
    endorsements: endorsementsOf(credential, achievement, issuer),
    source: meta.source,
    document: meta.document,
  });
}
