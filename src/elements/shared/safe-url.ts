/**
 * URL allow-lists for what the elements put into `href` and `src`.
 * Credential data is untrusted: only http(s) links, and for images also
 * `data:image/…` in raster or SVG formats (an `<img>` never runs SVG scripts).
 */
const LINK_SCHEMES = new Set(['https:', 'http:']);
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;

/** The normalized URL if it is an absolute http(s) URL, else `undefined`. */
export function safeLinkUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 4096) return undefined;
  try {
    const url = new URL(value.trim());
    return LINK_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The URL if it may be used as an `<img src>`: http(s) or a data: image. */
export function safeImageUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (DATA_IMAGE.test(v)) return v;
  return safeLinkUrl(v);
}

/** Shortens long identifiers (DIDs) in the middle: `did:key:z6Mkha…2doK`. */
export function middleEllipsis(value: string, max = 32): string {
  if (value.length <= max) return value;
  const tail = 6;
  const methodEnd = value.startsWith('did:') ? value.indexOf(':', 4) : -1;
  const head = methodEnd > 0 ? Math.min(methodEnd + 7, max - tail - 1) : max - tail - 1;
  return `${value.slice(0, head)}…${value.slice(-tail)}`;
}

/** An element's `src` may be relative to the page (`/badges/1.json`): resolved against `document.baseURI`. */
export function absoluteUrl(src: string | undefined): string | undefined {
  if (!src) return src;
  try {
    return new URL(src.trim(), document.baseURI).href;
  } catch {
    return src;
  }
}
