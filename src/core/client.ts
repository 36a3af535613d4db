/**
 * One client per page (DESIGN.md): a fetcher (shared cache + in-flight de-duplication) and options,
 * shared by every element. `loadBadge` loads the reader (`load.ts` and the format readers) on first use,
 * unless a module that reads at once provided it (`provideReader`), and `verify` the verification engine:
 * an entry that only needs a client for its own requests (the wall's, for its lists) carries neither.
 */
import { type Fetcher, type FetcherOptions, createFetcher } from './fetch.js';
import type { LoadOptions } from './load.js';
import { proxyUrl } from './proxy-template.js';
import { BadgeError, assertTrustedIssuers } from './errors.js';
import { lazy } from './lazy.js';
import { notePageClient } from './fetch-common.js';
import type { Badge, BadgeInput, VerificationReport } from './types.js';

export interface BadgeClientOptions extends FetcherOptions {
  /**
   * CORS proxy URL template, e.g. `https://my.site/badge-proxy?url={url}` (`badge-elements/proxy.js`
   * serves one): requests to other origins go through it (wrapping `fetch` when both are given).
   */
  proxy?: string;
  /** Use this fetcher instead of making one from the options above. */
  fetcher?: Fetcher;
  /** Default for `loadBadge`'s `revealRecipient` (false). */
  revealRecipient?: boolean;
  /**
   * Issuers this site knows: DIDs (`did:web:example.edu`, `did:key:z6Mk…`), issuer profile URLs (exact
   * id) or origins (`https://example.edu`). Every report then says whether its *verified* issuer is on
   * the list (`issuerTrusted`, check `issuer-trusted`); it never changes `authentic` or `state`.
   * Checked now: an unusable entry throws a `BadgeError` with code `invalid-option`.
   */
  trustedIssuers?: readonly string[];
}

/** `loadBadge` options on a client (its fetcher is used). */
export type ClientLoadOptions = Omit<LoadOptions, 'fetcher' | 'fetch'>;

/** `verify` options on a client (its fetcher is used). */
export interface ClientVerifyOptions {
  /** The clock for validity checks. */
  now?: Date;
  /** Identity to test against a hashed recipient; never sent anywhere. */
  recipient?: string;
  signal?: AbortSignal;
  /** How many levels of endorsements are verified. */
  endorsementDepth?: number;
}

export interface BadgeClient {
  readonly fetcher: Fetcher;
  loadBadge(input: BadgeInput, opts?: ClientLoadOptions): Promise<Badge>;
  /** Never throws: every failure is a report (the engine is loaded on first use). */
  verify(input: BadgeInput, opts?: ClientVerifyOptions): Promise<VerificationReport>;
}

/** `proxy`: the template is checked now (TypeError); the proxying `fetch` is loaded with the first request. */
function lazyProxy(fetchFn: typeof globalThis.fetch | undefined, template: string): typeof globalThis.fetch {
  proxyUrl(template, '');
  let wrapped: typeof globalThis.fetch | undefined;
  return async (input, init) => {
    // (a chunk that could not be fetched fails this request, and the next one asks for it again)
    wrapped ??= (await proxyModule.load()).withProxy(fetchFn, template);
    return wrapped(input, init);
  };
}

/** The single-credential reader: `loadBadge` (`load.ts`) and the format readers behind it. */
type Reader = Pick<typeof import('./load.js'), 'loadBadge'>;
let provided: Reader | undefined;
/** Loaded on first use through the read path (`read-path.ts`, so bundlers keep it in one chunk with the verification engine's share of it). */
const readerModule = lazy<Reader>(() => import('./read-path.js'));
const engineModule = lazy(() => import('./verify/index.js'));
const proxyModule = lazy(() => import('./proxy-fetch.js'));

/**
 * Gives every client the reader now, so its `loadBadge` does not load it. For modules that import
 * `load.ts` statically because they read a badge as soon as they run (`elements/shared/client-context.ts`
 * for the card and the other elements, the wall's lazily loaded body): `import()` of a module already in
 * the page is still a file of its own for esbuild, a request the first `loadBadge` would wait for.
 */
export function provideReader(r: Reader): void {
  provided = r;
}

/** The reader: provided, or loaded once per page; a chunk that could not be fetched is a BadgeError (`fetch-failed`), asked for again next time. */
async function reader(): Promise<Reader> {
  const ready = provided ?? readerModule.value;
  if (ready) return ready;
  try {
    return await readerModule.load();
  } catch (e) {
    throw new BadgeError('fetch-failed', `The badge reader could not be loaded: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/**
 * `verify` never throws: when the engine's chunk cannot be fetched (offline, a deploy that removed it),
 * the answer is a report that could not check anything (`unverifiable`, `fetch-failed`), never "invalid".
 */
function engineUnavailable(e: unknown, now?: Date): VerificationReport {
  const message = `The verification engine could not be loaded, so nothing was checked: ${e instanceof Error ? e.message : String(e)}`;
  return {
    authentic: false,
    state: 'unverifiable',
    code: 'fetch-failed',
    recipient: 'not-checked',
    checks: [{ id: 'verify', outcome: 'unknown', code: 'fetch-failed', message }],
    checkedAt: (now ?? new Date()).toISOString(),
  };
}

export function createBadgeClient(options: BadgeClientOptions = {}): BadgeClient {
  if (options.trustedIssuers !== undefined) assertTrustedIssuers(options.trustedIssuers);
  const trustedIssuers = options.trustedIssuers === undefined ? undefined : [...options.trustedIssuers];
  const fetcher = options.fetcher ?? createFetcher(options.proxy ? { ...options, fetch: lazyProxy(options.fetch, options.proxy) } : options);
  const reveal = options.revealRecipient === true;
  return {
    fetcher,
    async loadBadge(input, opts = {}) {
      return (await reader()).loadBadge(input, { revealRecipient: reveal, ...opts, fetcher });
    },
    async verify(input, opts = {}) {
      let engine: typeof import('./verify/index.js');
      try {
        engine = engineModule.value ?? (await engineModule.load());
      } catch (e) {
        return engineUnavailable(e, opts.now);
      }
      return engine.verify(input, { ...opts, fetcher, ...(trustedIssuers ? { trustedIssuers } : {}) });
    },
  };
}

let defaultClient: BadgeClient | undefined;

/** The page's default client (made on first use with default options). */
export function getDefaultClient(): BadgeClient {
  // (its fetcher takes over the requests cards started early: `fetch-start.ts`)
  defaultClient ??= createBadgeClient({ fetcher: createFetcher({ early: true }) });
  return defaultClient;
}

/** Replaces the default client (e.g. with a proxy `fetch`); elements without a provider use it. */
export function setDefaultClient(client: BadgeClient): void {
  // a client of the page's own (a proxy, a custom fetch) must see every request: none starts early from now on
  if (client !== defaultClient) notePageClient();
  defaultClient = client;
}
