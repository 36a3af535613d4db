/**
 * URL scheme policy (DESIGN.md "URL policy"): what the library fetches, links to and shows as images.
 * DOM-free: the page protocol is read from `globalThis.location` when there is one.
 */
import { BadgeError } from './errors.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** `localhost`, `127.0.0.1` and `[::1]` (the demo and the tests). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase());
}

/** True when the page itself is served over plain http (then http: URLs are fetched too). */
export function pageIsHttp(): boolean {
  const loc = (globalThis as { location?: { protocol?: unknown } }).location;
  return typeof loc === 'object' && loc !== null && loc.protocol === 'http:';
}

export interface CheckUrlOptions {
  /** Allow `http:` to any host (default: only when the page itself is http). Loopback hosts are always allowed. */
  allowHttp?: boolean;
  /** Base for relative URLs. */
  base?: string;
}

function describe(url: string): string {
  const s = url.length > 80 ? `${url.slice(0, 77)}…` : url;
  // never echo control characters into a message
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/**
 * Parses `url` and checks it against the fetch policy: `https:` everywhere, `http:` only for loopback hosts
 * or with `allowHttp`; every other scheme (`javascript:`, `data:`, `file:`, `ftp:`, `blob:`…) is refused.
 * Throws BadgeError `url-blocked`.
 */
export function checkUrl(url: string, opts: CheckUrlOptions = {}): URL {
  if (typeof url !== 'string' || url.trim() === '') {
    throw new BadgeError('url-blocked', 'No URL was given.');
  }
  let parsed: URL;
  try {
    parsed = opts.base === undefined ? new URL(url.trim()) : new URL(url.trim(), opts.base);
  } catch (cause) {
    throw new BadgeError('url-blocked', `"${describe(url)}" is not a valid URL.`, { url, cause });
  }
  const allowHttp = opts.allowHttp ?? pageIsHttp();
  if (parsed.protocol === 'https:') {
    // ok
  } else if (parsed.protocol === 'http:') {
    if (!allowHttp && !isLoopbackHost(parsed.hostname)) {
      throw new BadgeError('url-blocked', `Refused to load ${parsed.host} over plain http: only https is allowed (except for localhost).`, { url: parsed.href });
    }
  } else {
    throw new BadgeError('url-blocked', `Refused to load a "${describe(parsed.protocol)}" URL: only https (and http for localhost) is allowed.`, { url: parsed.protocol });
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new BadgeError('url-blocked', 'Refused to load a URL with a user name or password in it.', { url: `${parsed.protocol}//${parsed.host}` });
  }
  return parsed;
}

/** An absolute http(s) URL for a link, or undefined (`javascript:`, `data:`, relative junk… are dropped). */
export function safeLinkUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (s === '' || s.length > 4096 || /[\u0000-\u001f\u007f\s]/.test(s)) return undefined;
  try {
    const u = base === undefined ? new URL(s) : new URL(s, base);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    if (u.username !== '' || u.password !== '') return undefined;
    return u.href;
  } catch {
    return undefined;
  }
}

const DATA_IMAGE = /^data:image\/(png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/i;
/** Data URLs of raster images are accepted up to this many characters (≈ 1.5 MB). */
const MAX_DATA_URL = 2_000_000;

/**
 * An image URL: http(s), or `data:image/png|jpeg|gif|webp;base64,…`. Never `data:image/svg+xml`
 * (an SVG can carry script), never `javascript:`/`blob:`/`file:`. Undefined when refused.
 */
export function safeImageUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^data:/i.test(s)) {
    if (s.length > MAX_DATA_URL || !DATA_IMAGE.test(s)) return undefined;
    return s;
  }
  return safeLinkUrl(s, base);
}
