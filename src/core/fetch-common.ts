/**
 * What the fetcher (`fetch.ts`) and the requests `<badge-card>`'s entry starts early (`fetch-start.ts`) share:
 * the one request they make, and whether the page has set a default client of its own. Tiny on purpose: it is
 * in every element's initial load. DOM-free.
 */
export const DEFAULT_ACCEPT = 'application/ld+json, application/json';

/** The request: no cookies, no referrer (who reads a badge stays private), redirects followed (and checked). */
export function requestInit(accept: string, signal: AbortSignal): RequestInit {
  return { method: 'GET', headers: { Accept: accept }, credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow', signal };
}

let pageClient = false;

/** The page set a default client of its own (`setDefaultClient`, `configureBadgeElements`): a proxy or a custom fetch must see every request. */
export function notePageClient(): void {
  pageClient = true;
}

export const hasPageClient = (): boolean => pageClient;
