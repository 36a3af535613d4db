/**
 * Fetching a list document (DOM-free): the request and the body's parsing, without the readers of
 * `lists.ts`, so a caller can start the request while it loads the readers (`<badge-wall>` does).
 */
import { type Fetcher, parseJsonText, statusError } from '../fetch.js';

/**
 * Shaped like a compact JWS/JWT (three base64url segments, at most 4 MB): the same test as `isCompactJws`
 * (`jws.ts`), written here because importing that module would put the JWS decoder and base64url in the wall's
 * initial load (bundlers split by module); the list readers (`lists.ts`) decode it.
 */
const COMPACT = /^[\w-]+\.[\w-]+\.[\w-]*$/;
const isCompact = (text: string): boolean => text.length <= 4 * 1024 * 1024 && COMPACT.test(text);

/** A list may be bigger than one badge: 16 MB. */
export const MAX_LIST_BYTES = 16 * 1024 * 1024;

/** Fetches `url` through the shared fetcher: the parsed JSON (or the compact JWS/JWT text) and the final URL. Throws BadgeError. */
export async function fetchListDocument(url: string, opts: { fetcher: Fetcher; signal?: AbortSignal }): Promise<{ doc: unknown; url: string }> {
  const r = await opts.fetcher.get(url, { signal: opts.signal, maxBytes: MAX_LIST_BYTES, accept: 'application/ld+json, application/json, application/jwt;q=0.9, */*;q=0.5' });
  if (!r.ok) throw statusError(r.url, r.status);
  const body = r.text().replace(/^\uFEFF/, '').trim();
  return { doc: isCompact(body) ? body : parseJsonText(body, r.url), url: r.url };
}
