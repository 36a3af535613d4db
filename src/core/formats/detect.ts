/** Format detection: which reader a value needs. Never throws. */
import { isObj, list, own, ownObj, types } from './fields.js';
import { decodeJws, isCompactJws } from './jws.js';

export type DetectedFormat = 'ob1' | 'ob2' | 'ob2-jws' | 'ob3' | 'ob3-jwt' | 'url' | 'unknown';

const OB2_CONTEXT = /^https?:\/\/w3id\.org\/openbadges\/v2\/?$|openbadges\/v2/;
const OB1_CONTEXT = /^https?:\/\/w3id\.org\/openbadges\/v1\/?$|openbadges\/v1/;
const VC_CONTEXT = /^https:\/\/www\.w3\.org\/(2018\/credentials\/v1|ns\/credentials\/v2)$/;
const VC_TYPES = new Set(['VerifiableCredential', 'OpenBadgeCredential', 'AchievementCredential']);

function contexts(o: unknown): string[] {
  return list(own(o, '@context')).filter((c): c is string => typeof c === 'string');
}

/** An OB 3.0 / VC credential object. */
export function isCredential(o: unknown): boolean {
  if (!isObj(o)) return false;
  if (types(o).some((t) => VC_TYPES.has(t))) return true;
  return contexts(o).some((c) => VC_CONTEXT.test(c)) && own(o, 'credentialSubject') !== undefined;
}

/** A JWT payload carrying a VC (VCDM 1.1 `vc` claim, or a VCDM 2.0 credential as the payload). */
function isVcJwtPayload(p: unknown): boolean {
  return isCredential(ownObj(p, 'vc')) || isCredential(p);
}

function detectObject(o: unknown): DetectedFormat {
  if (!isObj(o)) return 'unknown';
  if (isCredential(o)) return 'ob3';
  const ctx = contexts(o);
  if (ctx.some((c) => OB2_CONTEXT.test(c))) return 'ob2';
  if (ctx.some((c) => OB1_CONTEXT.test(c))) return 'ob1';
  if (types(o).includes('Assertion')) return 'ob2';
  const recipient = own(o, 'recipient');
  const badge = own(o, 'badge');
  if (recipient === undefined || badge === undefined) return 'unknown';
  // OB 1.0: v1 context, `uid`, or `verify`; OB 0.5: badge embedded with `issuer.origin`, or a string recipient
  if (
    own(o, 'uid') !== undefined ||
    own(o, 'verify') !== undefined ||
    typeof recipient === 'string' ||
    own(ownObj(ownObj(o, 'badge'), 'issuer'), 'origin') !== undefined
  ) {
    return 'ob1';
  }
  return 'ob2';
}

/** Which reader `value` needs: OB 1.x / 2.0 objects, a compact JWS/JWT, a URL, or unknown. */
export function detectFormat(value: unknown): DetectedFormat {
  if (typeof value === 'string') {
    const s = value.trim();
    if (s.startsWith('{')) {
      try {
        return detectObject(JSON.parse(s));
      } catch {
        return 'unknown';
      }
    }
    if (isCompactJws(s)) {
      try {
        const { payload } = decodeJws(s);
        if (isVcJwtPayload(payload)) return 'ob3-jwt';
        return detectObject(payload) === 'unknown' ? 'unknown' : 'ob2-jws';
      } catch {
        return 'unknown';
      }
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/\s/.test(s)) {
      try {
        new URL(s);
        return 'url';
      } catch {
        return 'unknown';
      }
    }
    return 'unknown';
  }
  return detectObject(value);
}
