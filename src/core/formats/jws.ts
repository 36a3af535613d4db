/** Compact JWS / JWT decoding (no verification here: see src/core/verify). */
import { BadgeError } from '../errors.js';
import { base64urlDecode as decode } from '../base64url.js';

export interface DecodedJws {
  header: Record<string, unknown>;
  payload: unknown;
  /** `base64url(header) + '.' + base64url(payload)`: the bytes the signature covers. */
  signingInput: string;
  signature: Uint8Array;
}

const SEGMENT = /^[A-Za-z0-9_-]*$/;
const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** Compact serializations larger than this are refused (a badge is a few KB). */
const MAX_COMPACT = 4 * 1024 * 1024;

/** True for a string shaped like a compact JWS (three base64url segments). */
export function isCompactJws(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_COMPACT && COMPACT.test(value.trim());
}

export function base64urlDecode(segment: string): Uint8Array {
  if (!SEGMENT.test(segment) || segment.length % 4 === 1) {
    throw new BadgeError('malformed', 'The signed badge is not valid base64url.');
  }
  try {
    return decode(segment);
  } catch (cause) {
    throw new BadgeError('malformed', 'The signed badge is not valid base64url.', { cause });
  }
}

function jsonSegment(segment: string, what: string): unknown {
  const bytes = base64urlDecode(segment);
  let textValue: string;
  try {
    textValue = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new BadgeError('malformed', `The signed badge's ${what} is not UTF-8 text.`, { cause });
  }
  try {
    return JSON.parse(textValue);
  } catch (cause) {
    throw new BadgeError('malformed', `The signed badge's ${what} is not JSON.`, { cause });
  }
}

/** Decodes a compact JWS/JWT. Throws BadgeError 'malformed'. */
export function decodeJws(compact: string): DecodedJws {
  if (typeof compact !== 'string' || compact.length > MAX_COMPACT) {
    throw new BadgeError('malformed', 'The signed badge is not a compact JWS.');
  }
  const parts = compact.trim().split('.');
  if (parts.length !== 3 || parts[0] === '' || parts[1] === '') {
    throw new BadgeError('malformed', 'The signed badge is not a compact JWS (expected three dot-separated parts).');
  }
  const [h, p, s] = parts as [string, string, string];
  const header = jsonSegment(h, 'header');
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    throw new BadgeError('malformed', "The signed badge's header is not a JSON object.");
  }
  const payload = jsonSegment(p, 'payload');
  return { header: header as Record<string, unknown>, payload, signingInput: `${h}.${p}`, signature: base64urlDecode(s) };
}
