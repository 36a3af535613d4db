/**
 * badge-elements: the pure core (no DOM, no Lit). Runs in Node 20 and in browsers.
 *   import { loadBadge, verify, createBadgeClient } from 'badge-elements';
 */
export { loadBadge } from './core/load.js';
export type { LoadOptions } from './core/load.js';
export { createBadgeClient, getDefaultClient, setDefaultClient } from './core/client.js';
export type { BadgeClient, BadgeClientOptions, ClientLoadOptions, ClientVerifyOptions } from './core/client.js';
export { createFetcher } from './core/fetch.js';
export type { Fetcher, FetcherOptions, FetchResult, RequestOptions } from './core/fetch.js';
export { checkUrl, isLoopbackHost } from './core/url-policy.js';
export { detectFormat } from './core/formats/detect.js';
export type { DetectedFormat } from './core/formats/detect.js';
export { BadgeError, isBadgeError } from './core/errors.js';
export type { BadgeErrorCode, BadgeErrorDetails } from './core/errors.js';
export type * from './core/types.js';
export { verify } from './core/verify/index.js';
export type { VerifyOptions } from './core/verify/index.js';
export { bake, bakePng, bakeSvg, unbake, isPng, isSvg } from './core/baked/index.js';
export type { BakeOptions, Unbaked } from './core/baked/index.js';
export { linkedInAddToProfileUrl, shareLinks, parseShareTargets, verifyPageUrl, badgeUrl, renderStaticHtml, renderEmailHtml, renderMarkdown, renderEmbedSnippet, bakeBadge, bakedCredentialValue } from './core/share/index.js';
export type { ShareTarget, ShareLink, SnippetOptions, EmbedOptions, BakedFile } from './core/share/index.js';
export { readList, loadList, describeAchievement } from './core/formats/lists.js';
export type { BadgeList, ListEntry, ListKind, StackDef, AchievementRef, ListGroup } from './core/formats/lists.js';
