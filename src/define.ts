/**
 * Registers every element (tags already defined are skipped) and lets a page
 * configure the client all of them share and their default language.
 *
 * ```js
 * import { configureBadgeElements } from 'badge-elements/define.js';
 * configureBadgeElements({ fetch: myProxyFetch, locale: 'de' });
 * ```
 */
import { createBadgeClient, getDefaultClient, setDefaultClient, type BadgeClient, type BadgeClientOptions } from './core/client.js';
import { setDefaultLocale } from './elements/shared/i18n/registry.js';
import { defineBadgeProvider } from './elements/badge-provider/badge-provider.js';
import { defineBadgeCard } from './elements/badge-card/badge-card.js';
import { defineBadgeVerify, defineBadgeVerifyDialog } from './elements/badge-verify/define.js';
import { defineBadgeWall } from './elements/badge-wall/badge-wall.js';

// The provider first, so elements inside a <badge-provider> find its client when they connect.
// (Everything below is re-exported from the element modules, not from the self-registering entries, so
// nothing is defined before this point.)
defineBadgeProvider();
defineBadgeCard();
defineBadgeVerify();
defineBadgeVerifyDialog();
defineBadgeWall();

/** `configureBadgeElements()` options: the client's, plus the page's default language. */
export interface BadgeElementsOptions extends BadgeClientOptions {
  /**
   * The UI language (BCP 47 tag: `'de'`, `'pt-BR'`) of every element without a `lang` of its own
   * or on an ancestor below `<html>` (a `<badge-provider lang>` included); it wins over `<html lang>`.
   * Left out: unchanged; `null`: back to `lang` attributes only. Same as `setDefaultLocale()`.
   */
  locale?: string | null;
}

/**
 * Sets the page's default client (fetcher, caches, options) used by every element without a
 * closer provider, and, with `locale`, the page's default UI language. Call it before the
 * elements load their badges; calling it again with client options replaces the client (shown
 * badges load again through it). A new `locale` re-renders the elements already shown (once that
 * language's strings are loaded); `configureBadgeElements({ locale })` alone keeps the client.
 *
 * ```js
 * configureBadgeElements({ proxy: '/badge-proxy?url={url}', locale: navigator.language });
 * ```
 *
 * Dates and numbers follow the same language; right-to-left languages (Arabic) lay out right to left.
 * @throws {RangeError} when `locale` is not a BCP 47 language tag (nothing is changed then).
 * @throws {TypeError} when `proxy` is not a valid URL template (nothing is changed then).
 */
export function configureBadgeElements(options: BadgeElementsOptions = {}): BadgeClient {
  const { locale, ...clientOptions } = options;
  // a language change alone keeps the client: its caches stay, and shown badges re-render without reloading
  const languageOnly = locale !== undefined && Object.keys(clientOptions).length === 0;
  const client = languageOnly ? getDefaultClient() : createBadgeClient(clientOptions);
  if (locale !== undefined) void setDefaultLocale(locale); // validates first: throws before changing anything
  if (!languageOnly) setDefaultClient(client);
  return client;
}

export { BadgeCard, defineBadgeCard } from './elements/badge-card/badge-card.js';
export { BadgeProvider, defineBadgeProvider } from './elements/badge-provider/badge-provider.js';
export { BadgeVerify } from './elements/badge-verify/badge-verify.js';
export { BadgeVerifyDialog, BadgeVerifyDialogCloseEvent } from './elements/badge-verify/badge-verify-dialog.js';
export { defineBadgeVerify, defineBadgeVerifyDialog } from './elements/badge-verify/define.js';
export { BadgeVerifiedEvent, BadgeVerifyStepEvent } from './elements/badge-verify/events.js';
export { STATE_TEXT, CODE_TEXT, verdictOf, type VerdictTone } from './elements/badge-verify/verdict-text.js';
export { BadgeWall, defineBadgeWall, type BadgeWallLayout } from './elements/badge-wall/badge-wall.js';
export { BadgeWallLoadEvent, BadgeWallVerifiedEvent, BadgeSelectEvent, type WallLoadDetail, type WallVerifiedDetail } from './elements/badge-wall/events.js';
export { emptyBrowse, type Browse, type SortKey, type GroupKey, type WallItem } from './elements/badge-wall/model.js';
export { readList, loadList, type BadgeList, type ListEntry, type StackDef, type AchievementRef, type ListGroup } from './core/formats/lists.js';
export { BadgeLoadEvent, BadgeErrorEvent, type BadgeErrorInfo } from './elements/shared/events.js';
export { badgeClientContext } from './elements/shared/client-context.js';
export { preloadCss } from './elements/shared/preload.js';
export { registerStrings, getStrings, type BadgeStrings } from './elements/shared/strings.js';
export { registerLocale, ensureLocale, setDefaultLocale, getDefaultLocale } from './elements/shared/i18n/index.js';
