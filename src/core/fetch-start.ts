/**
 * Badge requests started before the fetcher and the badge reader have loaded. `<badge-card>`'s entry is small
 * (its view, with the reader, loads with `import()`), so a card would otherwise ask for its badge only once that
 * code is in: one round trip later than a card that came in one file (`npm run bench -- card`). Instead the entry
 * starts the request when the card connects, if the page default client would make exactly that request (no
 * `client`, no provider, no default client set by the page: a proxy or a custom `fetch` must see every request),
 * and the default client's fetcher takes it over when it is asked for the same URL (`takeEarlyRequests` in
 * `fetch.ts`, installed by the card's view), with its own caps, timeout and checks. A request nobody took within
 * 10 s is aborted. DOM-free.
 */
import { DEFAULT_ACCEPT, hasPageClient, requestInit } from './fetch-common.js';

interface Early {
  response: Promise<Response>;
  controller: AbortController;
  timer: ReturnType<typeof setTimeout>;
}

const started = new Map<string, Early>();

function drop(href: string): void {
  const e = started.get(href);
  if (!e) return;
  started.delete(href);
  clearTimeout(e.timer);
  e.controller.abort();
}

/**
 * Starts the request for `url` (resolved against `base`), unless one is on its way, the page has a client of
 * its own, or the URL is not plainly fetchable: only `https:` or the page's own origin, without a user name
 * or password (a subset of what the fetcher's URL policy allows; anything else waits for the fetcher).
 */
export function startEarly(url: string, base?: string): void {
  if (hasPageClient() || typeof globalThis.fetch !== 'function') return;
  let u: URL;
  try {
    u = new URL(url.trim(), base);
  } catch {
    return; // (the fetcher will say why)
  }
  u.hash = '';
  const own = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (started.has(u.href) || u.username !== '' || u.password !== '' || !(u.protocol === 'https:' || u.origin === own)) return;
  const controller = new AbortController();
  const response = globalThis.fetch(u.href, requestInit(DEFAULT_ACCEPT, controller.signal));
  response.catch(() => undefined); // (a failure reaches the fetcher that takes it over, or nobody)
  const timer = setTimeout(() => drop(u.href), 10_000);
  (timer as { unref?: () => void }).unref?.(); // (in Node, a request nobody took keeps nothing alive)
  started.set(u.href, { response, controller, timer });
}

/**
 * The request started early for this URL (as the fetcher normalises it), handed over once; aborting `signal`
 * aborts it. `undefined` when there is none.
 */
export function takeEarly(href: string, signal: AbortSignal): Promise<Response> | undefined {
  const e = started.get(href);
  if (!e) return undefined;
  started.delete(href);
  clearTimeout(e.timer);
  if (signal.aborted) e.controller.abort();
  else signal.addEventListener('abort', () => e.controller.abort(), { once: true });
  return e.response;
}
