/**
 * Sharing and static output for a normalized Badge: share-target and LinkedIn add-to-profile URLs,
 * the verification page URL, no-JS / e-mail / Markdown / embed snippets. DOM-free (Node and browsers).
 */
export { badgeUrl, fillTemplate, verifyPageUrl, snippetImageUrl, yearMonth, longDate, DEFAULT_VERIFY_TEMPLATE } from './urls.js';
export {
  SHARE_TARGETS, parseShareTargets, linkedInAddToProfileUrl, linkedInPostUrl, xPostUrl, facebookShareUrl,
  emailShareUrl, shareText, shareLinks,
} from './targets.js';
export type { ShareTarget, ShareLink, LinkedInProfileOptions } from './targets.js';
export { renderStaticHtml, renderEmailHtml, renderMarkdown } from './snippets.js';
export type { SnippetOptions } from './snippets.js';
export { renderEmbedSnippet, DEFAULT_SCRIPT_URL } from './embed.js';
export type { EmbedOptions } from './embed.js';
export { bakedCredentialValue, bakeBadge } from './bake-download.js';
export type { BakedFile } from './bake-download.js';
export { escapeHtml, escapeMarkdown } from './escape.js';
