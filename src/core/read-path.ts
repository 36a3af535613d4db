/**
 * The read path (`loadBadge` and what it loads eagerly: errors, URL policy, the fetcher, the format readers)
 * as one module for the parts of core that load later with `import()`: the client's reader (`client.ts`
 * imports this module on its first `loadBadge`, unless an element provided the reader), the verification
 * engine and its checks (`verify/**`), the OB 1.x reader (`formats/ob1.ts`), the baked image reader
 * (`baked/**`) and the proxy fetch (`proxy-fetch.ts`). Those modules import what they use from the read path
 * through here, never from its files directly (types from `types.ts` excepted).
 *
 * Why: code-splitting bundlers (esbuild, Rollup) put a module in a chunk by the set of entry points,
 * `import()`ed ones included, that reach it. When each lazy part reached a different subset of the
 * read path's files, an element's initial load was a dozen small chunk files (about 200 B of gzip
 * each in overhead). Every lazy part reaching all of them through this module keeps the read path in
 * one chunk (plus `errors.ts` and `url-policy.ts`, which elements also import on their own). Nothing
 * here adds code: every file re-exported is loaded with `loadBadge` anyway, and `loadBadge` has read
 * the badge before anything verifies it.
 */
export { loadBadge, type LoadOptions } from './load.js';
export { BadgeError, isBadgeError, assertTrustedIssuers, type BadgeErrorCode } from './errors.js';
export { isLoopbackHost } from './url-policy.js';
export { base64urlDecode, base64urlEncode } from './base64url.js';
export { concatBytes } from './bytes.js';
export { createFetcher, type Fetcher } from './fetch.js';
export { proxyUrl } from './proxy-template.js';
export { detectFormat, isCredential } from './formats/detect.js';
export { decodeJws, isCompactJws, type DecodedJws } from './formats/jws.js';
export { MAX_NAME, idOf, isObj, isoDate, list, own, ownObj, text, type Obj } from './formats/fields.js';
export { fetchObject, type Ob2Context, type Ob2Parts } from './formats/linked.js';
export { normalizeOb2, resolveOb2 } from './formats/ob2.js';
export { credentialFromJwtPayload, normalizeOb3 } from './formats/ob3.js';
