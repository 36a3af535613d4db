/**
 * `badge-elements/proxy.js`: an optional CORS proxy for site owners whose pages show badges from
 * issuers that send no CORS headers. Node (`node:http`, Express) and edge (fetch-style) handlers.
 * Allow-listed hosts only; GET/HEAD/OPTIONS; no cookies, credentials or client headers forwarded
 * (Accept excepted); time and size caps; https only; private, loopback and link-local addresses
 * refused; redirects re-checked. Server-side only: never imported by the browser entries.
 */
export { createBadgeProxy, type BadgeProxyNodeHandler } from './node.js';
export { createBadgeProxyFetchHandler, type BadgeProxyFetchHandler } from './fetch.js';
export { ProxyError, isPrivateAddress, type BadgeProxyLookup, type BadgeProxyOptions, type LookupAddress, type ProxyErrorCode } from './policy.js';
