/**
 * Fetching a list document (DOM-free): the request and the body's parsing, without the readers of
 * `lists.ts`, so a caller can start the request while it loads the readers (`<badge-wall>` does).
 */
import { type Fetcher, parseJsonText, statusError } from '../fetch.js';
import { isCompactJws } from './jws.js';

/** A list may be bigger than one badge: 16 MB. */
export const MAX_LIST_BYTES = 16 * 1024 * 1024;

/** Fetches `url` through the shared fetcher: the parsed JSON (or the compact JWS/JWT text) and the final URL. Throws BadgeError. */
export async function fetchListDocument(url: string, opts: { fetcher: Fetcher; signal?: AbortSignal }): Promise<{ doc: unknown; url: string }> {
  const r = await opts.fetcher.get(url, { signal: opts.signal, maxBytes: MAX_LIST_BYTES, accept: 'application/ld+json, application/json, application/jwt;q=0.9, */*;q=0.5' });
  if (!r.ok) throw statusError(r.url, r.status);
  const body = r.text().replace(/^\uFEFF/, '').trim();
  return { doc: isCompactJws(body) ? body : parseJsonText(body, r.url), url: r.url };
}
