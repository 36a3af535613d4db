/**
 * One client per page (DESIGN.md): a fetcher (shared cache + in-flight de-duplication) and options,
 * shared by every element. `verify` loads the verification engine lazily.
 */
import { type Fetcher, type FetcherOptions, createFetcher } from './fetch.js';
import { type LoadOptions, loadBadge } from './load.js';
import { proxyUrl } from './proxy-template.js';
import { assertTrustedIssuers } from './errors.js';
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
  let wrapped: Promise<typeof globalThis.fetch> | undefined;
  return async (input, init) => {
    wrapped ??= import('./proxy-fetch.js').then((m) => m.withProxy(fetchFn, template));
    return (await wrapped)(input, init);
  };
}

export function createBadgeClient(options: BadgeClientOptions = {}): BadgeClient {
  if (options.trustedIssuers !== undefined) assertTrustedIssuers(options.trustedIssuers);
  const trustedIssuers = options.trustedIssuers === undefined ? undefined : [...options.trustedIssuers];
  const fetcher = options.fetcher ?? createFetcher(options.proxy ? { ...options, fetch: lazyProxy(options.fetch, options.proxy) } : options);
  const reveal = options.revealRecipient === true;
  return {
    fetcher,
    loadBadge: (input, opts = {}) => loadBadge(input, { revealRecipient: reveal, ...opts, fetcher }),
    async verify(input, opts = {}) {
      const engine = await import('./verify/index.js');
      return engine.verify(input, { ...opts, fetcher, ...(trustedIssuers ? { trustedIssuers } : {}) });
    },
  };
}

let defaultClient: BadgeClient | undefined;

/** The page's default client (made on first use with default options). */
export function getDefaultClient(): BadgeClient {
  defaultClient ??= createBadgeClient();
  return defaultClient;
}

/** Replaces the default client (e.g. with a proxy `fetch`); elements without a provider use it. */
export function setDefaultClient(client: BadgeClient): void {
  defaultClient = client;
}
