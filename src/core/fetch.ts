/**
 * The one fetcher (DESIGN.md "fetch"): URL policy, per-request timeout, byte cap while streaming,
 * in-flight de-duplication + a cache shared by every user of one fetcher, reference-counted aborts,
 * `credentials: 'omit'`, `referrerPolicy: 'no-referrer'`. DOM-free (Node 20 and browsers).
 */
import { BadgeError, isBadgeError } from './errors.js';
import { discardBody, hostOf, readBody, tooLarge } from './fetch-body.js';
import { checkUrl, pageIsHttp } from './url-policy.js';
import { DEFAULT_ACCEPT, requestInit } from './fetch-common.js';

export interface FetcherOptions {
  /** Custom fetch (proxy, tests, Node). Default: `globalThis.fetch` at call time. */
  fetch?: typeof globalThis.fetch;
  /** Default 10_000. */
  timeoutMs?: number;
  /** Default 2 * 1024 * 1024. */
  maxBytes?: number;
  /** Default: true iff the page itself is http; loopback hosts are always allowed. */
  allowHttp?: boolean;
  /**
   * How long a failure (error or non-2xx answer) stays cached, so a burst of identical requests
   * shares it; after that a retry fetches again. Default 1000 ms. (Successful answers stay until `clear()`.)
   */
  errorTtlMs?: number;
  /**
   * @internal Take over the requests `<badge-card>` started before its reader was in (`fetch-start.ts`). Only the
   * page default client's fetcher does, and only without a custom `fetch`: it would have made the same request.
   */
  early?: boolean;
}
export interface RequestOptions {
  signal?: AbortSignal;
  accept?: string;
  maxBytes?: number;
  timeoutMs?: number;
}
export interface FetchResult {
  /** The final URL (after redirects). */
  url: string;
  status: number;
  ok: boolean;
  contentType: string;
  /** Shared between the callers of one request: treat as read-only. */
  bytes: Uint8Array;
  /** The body decoded as UTF-8. */
  text(): string;
}
export interface Fetcher {
  /** Any HTTP status comes back as a result; throws BadgeError (url-blocked | fetch-timeout | fetch-too-large | fetch-failed | cors | aborted) otherwise. De-duplicated in flight and cached. */
  get(url: string, opts?: RequestOptions): Promise<FetchResult>;
  /** get() + JSON.parse; throws BadgeError 'fetch-failed' (with .status) on non-2xx, 'not-json' on bad JSON. */
  getJson(url: string, opts?: RequestOptions): Promise<{ url: string; status: number; data: unknown }>;
  /** Forgets every cached failure (errors and non-2xx answers) at once, so a user's Retry fetches again; successes stay cached. */
  forgetFailures(): void;
  clear(): void;
}

export { DEFAULT_ACCEPT };
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const MAX_CACHE_BYTES = 32 * 1024 * 1024;
const MAX_CACHE_ENTRIES = 2000;

interface Entry {
  key: string;
  promise: Promise<FetchResult>;
  controller: AbortController;
  users: number;
  settled: boolean;
  ok: boolean;
  maxBytes: number;
  timeoutMs: number;
  startedAt: number;
  expires: number;
  size: number;
  reason?: 'timeout' | 'aborted';
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** The BadgeError for a non-2xx answer. */
export function statusError(url: string, status: number): BadgeError {
  const text = STATUS_TEXT[status];
  return new BadgeError('fetch-failed', `The server at ${hostOf(url)} answered ${status}${text ? ` (${text})` : ''}.`, { url, status });
}

/** JSON.parse with a BOM strip; throws BadgeError 'not-json'. */
export function parseJsonText(text: string, url?: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    const where = url ? ` at ${hostOf(url)}` : '';
    throw new BadgeError('not-json', `The document${where} is not valid JSON.`, { url, cause });
  }
}

function positive(n: number | undefined, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : fallback;
}

function abortedError(url: string): BadgeError {
  return new BadgeError('aborted', 'The request was cancelled.', { url });
}

function timeoutError(url: string, ms: number): BadgeError {
  const secs = ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
  return new BadgeError('fetch-timeout', `${hostOf(url)} did not answer within ${secs}.`, { url });
}

function isCrossOrigin(url: string): boolean {
  const loc = (globalThis as { location?: { origin?: unknown } }).location;
  if (!loc || typeof loc.origin !== 'string' || loc.origin === 'null') return false;
  try {
    return new URL(url).origin !== loc.origin;
  } catch {
    return false;
  }
}

type EarlyRequests = (href: string, signal: AbortSignal) => Promise<Response> | undefined;
let earlyRequests: EarlyRequests | undefined;

/**
 * @internal Where fetchers made with `early: true` (the page default client's) find the requests `<badge-card>`
 * started before its view was in: `takeEarly` from `fetch-start.ts`, installed by the card's view, so the
 * fetcher itself (in every element's initial load) does not bring that module.
 */
export function takeEarlyRequests(take: EarlyRequests): void {
  earlyRequests = take;
}

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const doFetch: typeof globalThis.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const takesEarly = options.early === true && options.fetch === undefined;
  const defaultTimeout = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const defaultMax = positive(options.maxBytes, DEFAULT_MAX_BYTES);
  const errorTtl = typeof options.errorTtlMs === 'number' && options.errorTtlMs >= 0 ? options.errorTtlMs : 1000;
  const allowHttp = options.allowHttp ?? pageIsHttp();
  const cache = new Map<string, Entry>();
  let cachedBytes = 0;

  function forget(entry: Entry): void {
    if (cache.get(entry.key) === entry) {
      cache.delete(entry.key);
      cachedBytes -= entry.size;
    }
  }

  function trim(): void {
    for (const entry of cache.values()) {
      if (cachedBytes <= MAX_CACHE_BYTES && cache.size <= MAX_CACHE_ENTRIES) break;
      if (entry.settled) forget(entry);
    }
  }

  function mapError(e: unknown, url: string, entry: Entry): BadgeError {
    if (isBadgeError(e)) return e;
    if (entry.reason === 'timeout') return timeoutError(url, entry.timeoutMs);
    if (entry.reason === 'aborted') return abortedError(url);
    if (e instanceof TypeError || (e as { name?: unknown } | null)?.name === 'TypeError') {
      if (isCrossOrigin(url)) {
        return new BadgeError(
          'cors',
          `Could not load ${hostOf(url)}: the server may block cross-site requests (CORS), or it may be unreachable.`,
          { url, cause: e },
        );
      }
      return new BadgeError('fetch-failed', `Could not reach ${hostOf(url)}.`, { url, cause: e });
    }
    return new BadgeError('fetch-failed', `Could not load the document from ${hostOf(url)}.`, { url, cause: e });
  }

  async function run(url: string, accept: string, entry: Entry): Promise<FetchResult> {
    try {
      // a request `<badge-card>` started before the reader was in (`fetch-start.ts`): the same request, taken over
      const early = takesEarly && accept === DEFAULT_ACCEPT ? earlyRequests?.(url, entry.controller.signal) : undefined;
      const response = await (early ?? doFetch(url, requestInit(accept, entry.controller.signal)));
      const finalUrl = response.url || url;
      if (finalUrl !== url) {
        try {
          checkUrl(finalUrl, { allowHttp });
        } catch (e) {
          discardBody(response);
          const why = isBadgeError(e) ? ` ${e.message}` : '';
          throw new BadgeError('url-blocked', `${hostOf(url)} redirected to a URL that is not allowed.${why}`, { url });
        }
      }
      const bytes = await readBody(response, finalUrl, entry.maxBytes);
      const contentType = response.headers.get('content-type') ?? '';
      let decoded: string | undefined;
      return {
        url: finalUrl,
        status: response.status,
        ok: response.ok,
        contentType,
        bytes,
        text: () => (decoded ??= new TextDecoder().decode(bytes)),
      };
    } catch (e) {
      const error = mapError(e, url, entry);
      // a body we refused (too large, a redirect we block) is also aborted at the transport, not only
      // cancelled as a stream: the connection closes at once, whatever the browser's network layer buffers
      entry.controller.abort();
      throw error;
    }
  }

  function start(key: string, url: string, accept: string, maxBytes: number, timeoutMs: number): Entry {
    const entry: Entry = {
      key,
      promise: undefined as unknown as Promise<FetchResult>,
      controller: new AbortController(),
      users: 0,
      settled: false,
      ok: false,
      maxBytes,
      timeoutMs,
      startedAt: Date.now(),
      expires: Infinity,
      size: 0,
    };
    const timer = setTimeout(() => {
      if (entry.settled) return;
      entry.reason = 'timeout';
      entry.controller.abort();
    }, timeoutMs);
    entry.promise = run(url, accept, entry);
    entry.promise.then(
      (result) => {
        clearTimeout(timer);
        entry.settled = true;
        entry.ok = result.ok;
        if (cache.get(key) !== entry) return;
        entry.size = result.bytes.byteLength;
        cachedBytes += entry.size;
        if (!result.ok) entry.expires = Date.now() + errorTtl;
        trim();
      },
      (e: unknown) => {
        clearTimeout(timer);
        entry.settled = true;
        if (isBadgeError(e) && e.code === 'aborted') forget(entry);
        else entry.expires = Date.now() + errorTtl;
      },
    );
    cache.set(key, entry);
    return entry;
  }

  /** Joins `entry` as one more user; aborting `signal` releases only this user. */
  function wait(entry: Entry, url: string, signal: AbortSignal | undefined, timeoutMs: number): Promise<FetchResult> {
    return new Promise<FetchResult>((resolve, reject) => {
      entry.users++;
      let done = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const leave = (): void => {
        done = true;
        signal?.removeEventListener('abort', onAbort);
        if (timer !== undefined) clearTimeout(timer);
        entry.users--;
      };
      const release = (error: BadgeError): void => {
        if (done) return;
        leave();
        if (entry.users <= 0 && !entry.settled) {
          // the last user left: stop the underlying request and do not keep it
          entry.reason = 'aborted';
          entry.controller.abort();
          forget(entry);
        }
        reject(error);
      };
      const onAbort = (): void => release(abortedError(url));
      signal?.addEventListener('abort', onAbort, { once: true });
      // a caller with a shorter timeout than the shared request gives up on its own
      if (!entry.settled && timeoutMs < entry.timeoutMs) {
        const left = Math.max(0, timeoutMs - (Date.now() - entry.startedAt));
        timer = setTimeout(() => release(timeoutError(url, timeoutMs)), left);
      }
      entry.promise.then(
        (r) => {
          if (done) return;
          leave();
          resolve(r);
        },
        (e: unknown) => {
          if (done) return;
          leave();
          reject(e);
        },
      );
    });
  }

  async function get(url: string, opts: RequestOptions = {}): Promise<FetchResult> {
    const parsed = checkUrl(url, { allowHttp });
    parsed.hash = '';
    const href = parsed.href;
    if (opts.signal?.aborted) throw abortedError(href);
    const accept = typeof opts.accept === 'string' && opts.accept.trim() !== '' ? opts.accept : DEFAULT_ACCEPT;
    const maxBytes = positive(opts.maxBytes, defaultMax);
    const timeoutMs = positive(opts.timeoutMs, defaultTimeout);
    const key = `${accept}\n${href}`;
    let entry = cache.get(key);
    if (entry && entry.settled && entry.expires <= Date.now()) {
      forget(entry);
      entry = undefined;
    }
    // a smaller cap than ours cannot answer for us, unless it already succeeded
    if (entry && entry.maxBytes < maxBytes && !(entry.settled && entry.ok)) {
      forget(entry); // its current users keep waiting on it
      entry = undefined;
    }
    if (entry && entry.settled && entry.ok) {
      // least recently used goes first when the cache is trimmed: a wall of 10,000 assertions must not push
      // out the one issuer profile and the few BadgeClasses every one of them links to
      cache.delete(key);
      cache.set(key, entry);
    }
    entry ??= start(key, href, accept, maxBytes, timeoutMs);
    const result = await wait(entry, href, opts.signal, timeoutMs);
    if (result.bytes.byteLength > maxBytes) throw tooLarge(result.url, maxBytes);
    return result;
  }

  async function getJson(url: string, opts?: RequestOptions): Promise<{ url: string; status: number; data: unknown }> {
    const r = await get(url, opts);
    if (!r.ok) throw statusError(r.url, r.status);
    return { url: r.url, status: r.status, data: parseJsonText(r.text(), r.url) };
  }

  function forgetFailures(): void {
    for (const entry of [...cache.values()]) if (entry.settled && !entry.ok) forget(entry);
  }

  function clear(): void {
    cache.clear();
    cachedBytes = 0;
  }

  return { get, getJson, forgetFailures, clear };
}
