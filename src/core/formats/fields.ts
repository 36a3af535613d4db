/**
 * Defensive readers for untrusted credential documents: own properties only (never the prototype
 * chain, so `__proto__`/`constructor` keys are inert), plain trimmed text with length caps,
 * URLs through the scheme policy, dates to ISO 8601. Nothing here throws on weird shapes.
 */
import type { BadgeImage } from '../types.js';
import { safeImageUrl, safeLinkUrl } from '../url-policy.js';

export type Obj = Record<string, unknown>;

export const MAX_NAME = 300;
export const MAX_TEXT = 5_000;
export const MAX_MARKDOWN = 20_000;
const MAX_LIST = 200;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/** An own property (inherited ones such as `constructor` or `toString` are ignored). */
export function own(o: unknown, key: string): unknown {
  if (!isObj(o) || !Object.prototype.hasOwnProperty.call(o, key)) return undefined;
  return o[key];
}

/** An own property that is an object. */
export function ownObj(o: unknown, key: string): Obj | undefined {
  const v = own(o, key);
  return isObj(v) ? v : undefined;
}

/** A value or array of values as an array (capped). */
export function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).slice(0, MAX_LIST);
}

/** `type` (string or array) as a list of strings. */
export function types(o: unknown): string[] {
  return list(own(o, 'type')).filter((t): t is string => typeof t === 'string');
}

// C0/C1 controls except tab and newline (bidi controls are kept: the elements isolate text with <bdi>)
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Plain text: strings (or a JSON-LD `{ "@value": "…" }`, or a number) trimmed and capped.
 * Undefined for anything else or an empty string.
 */
export function text(v: unknown, max = MAX_TEXT): string | undefined {
  let s: string | undefined;
  if (typeof v === 'string') s = v;
  else if (typeof v === 'number' && Number.isFinite(v)) s = String(v);
  else if (isObj(v) && typeof own(v, '@value') === 'string') s = own(v, '@value') as string;
  if (s === undefined) return undefined;
  s = s.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
  if (s === '') return undefined;
  if (s.length > max) s = `${s.slice(0, max - 1).trimEnd()}…`;
  return s;
}

/**
 * An identifier: an http(s) URL, a URN (`urn:uuid:…`) or a DID (URL), on one line without spaces;
 * anything else (`javascript:…`, `data:…`, relative junk) is undefined.
 */
export function iri(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (s === '' || s.length > 2048 || /[\s\u0000-\u001f\u007f]/.test(s)) return undefined;
  if (!/^(https?:\/\/|urn:[a-z0-9][a-z0-9-]*:|did:[a-z0-9]+:)/i.test(s)) return undefined;
  return s;
}

/** The id of an IRI-or-object value. */
export function idOf(v: unknown): string | undefined {
  return typeof v === 'string' ? iri(v) : iri(own(v, 'id'));
}

/** A link (http/https only). */
export function link(v: unknown): string | undefined {
  return safeLinkUrl(v);
}

/** An image: a URL string or an Image object `{ id, caption }`; the caption becomes the alt text. */
export function image(v: unknown, fallbackAlt: string): BadgeImage | undefined {
  const url = safeImageUrl(typeof v === 'string' ? v : own(v, 'id'));
  if (!url) return undefined;
  return { url, alt: text(own(v, 'caption'), MAX_NAME) ?? fallbackAlt };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * ISO 8601 (UTC) from an ISO date/date-time string or a Unix timestamp in seconds (OB 1.0 `issuedOn`,
 * JWT `nbf`/`exp`), as a number or a numeric string. Undefined when it is not a date.
 */
export function isoDate(v: unknown): string | undefined {
  let d: Date | undefined;
  if (typeof v === 'number' && Number.isFinite(v)) {
    d = new Date(v * 1000);
  } else if (typeof v === 'string') {
    const s = v.trim();
    if (/^\d{1,12}$/.test(s)) d = new Date(Number(s) * 1000);
    else if (DATE_ONLY.test(s)) d = new Date(`${s}T00:00:00Z`);
    else if (DATE_TIME.test(s)) d = new Date(s.replace(' ', 'T'));
  }
  if (!d || Number.isNaN(d.getTime())) return undefined;
  return d.toISOString();
}

/** Drops undefined fields so normalized objects compare cleanly. */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** The origin an issuer can be checked against: the host of an https/http id, or the DID. */
export function issuerOrigin(id: string | undefined): string | undefined {
  if (!id) return undefined;
  if (/^did:[a-z0-9]+:/i.test(id)) return id.split('#')[0];
  const url = safeLinkUrl(id);
  if (!url) return undefined;
  return new URL(url).host;
}

/** A number (or numeric string) ≥ 0. */
export function nonNegative(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
