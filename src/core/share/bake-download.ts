/**
 * "Download baked badge": the badge image with the credential baked in (PNG iTXt / SVG element,
 * per the Open Badges 2.0 baking specification and the 3.0 specification's baking section).
 * DOM-free: returns bytes; the element turns them into a Blob download.
 */
import { bake } from '../baked/index.js';
import { BadgeError } from '../errors.js';
import type { Fetcher } from '../fetch.js';
import type { Badge } from '../types.js';
import { safeImageUrl, safeLinkUrl } from '../url-policy.js';
import { oneLine } from './escape.js';

export interface BakedFile {
  bytes: Uint8Array;
  mediaType: 'image/png' | 'image/svg+xml';
  /** A file name from the badge name, e.g. `sql-querying.png`. */
  filename: string;
}

/**
 * What gets baked: OB 2.0 hosted → the assertion URL (its id: verifiers re-fetch the truth);
 * OB 2.0 signed → the compact JWS; OB 3.0 → the credential JSON, or the compact VC-JWT.
 */
export function bakedCredentialValue(badge: Badge): { value: string; ob3: boolean } | undefined {
  const doc = badge.document;
  switch (badge.format) {
    case 'ob1-hosted':
    case 'ob2-hosted': {
      const url = safeLinkUrl(badge.id);
      if (url) return { value: url, ob3: false };
      return doc && typeof doc === 'object' ? { value: JSON.stringify(doc), ob3: false } : undefined;
    }
    case 'ob2-signed':
      return typeof doc === 'string' ? { value: doc.trim(), ob3: false } : undefined;
    case 'ob3-jwt':
      return typeof doc === 'string' ? { value: doc.trim(), ob3: true } : undefined;
    case 'ob3-json':
      if (typeof doc === 'string') return { value: doc.trim(), ob3: true };
      return doc && typeof doc === 'object' ? { value: JSON.stringify(doc), ob3: true } : undefined;
    default:
      return undefined;
  }
}

function decodeDataUrl(url: string): Uint8Array {
  const b64 = url.slice(url.indexOf(',') + 1);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function slug(name: string): string {
  const s = oneLine(name, 80)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'badge';
}

/**
 * Fetches the badge image through `fetcher` (PNG or SVG), bakes the credential into it.
 * Throws BadgeError: 'malformed' (no image, an image that is neither PNG nor SVG, nothing to bake)
 * or the fetcher's errors.
 */
export async function bakeBadge(badge: Badge, fetcher: Fetcher, opts: { signal?: AbortSignal } = {}): Promise<BakedFile> {
  const what = bakedCredentialValue(badge);
  if (!what) throw new BadgeError('malformed', 'This badge has no credential that can be baked.');
  const imageUrl = safeImageUrl(badge.image?.url);
  if (!imageUrl) throw new BadgeError('malformed', 'This badge has no image to bake the credential into.');
  let bytes: Uint8Array;
  if (imageUrl.startsWith('data:')) bytes = decodeDataUrl(imageUrl);
  else {
    const res = await fetcher.get(imageUrl, { accept: 'image/png,image/svg+xml;q=0.9,image/*;q=0.5', ...(opts.signal ? { signal: opts.signal } : {}) });
    if (!res.ok) throw new BadgeError('fetch-failed', `The badge image could not be downloaded (HTTP ${res.status}).`, { url: imageUrl, status: res.status });
    bytes = res.bytes;
  }
  const baked = bake(bytes, what.value, { ob3: what.ob3 });
  return { bytes: baked.bytes, mediaType: baked.kind === 'png' ? 'image/png' : 'image/svg+xml', filename: `${slug(badge.name)}.${baked.kind}` };
}
