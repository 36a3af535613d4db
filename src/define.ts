/**
 * Registers every element (tags already defined are skipped) and lets a page
 * configure the client all of them share.
 *
 * ```js
 * import { configureBadgeElements } from 'badge-elements/define.js';
 * configureBadgeElements({ fetch: myProxyFetch });
 * ```
 */
import { createBadgeClient, setDefaultClient, type BadgeClient, type BadgeClientOptions } from './core/client.js';
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

/**
 * Sets the page's default client (fetcher, caches, options) used by every element
 * without a closer provider. Call it before the elements load their badges.
 */
export function configureBadgeElements(options: BadgeClientOptions = {}): BadgeClient {
  const client = createBadgeClient(options);
  setDefaultClient(client);
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
export { registerLocale, ensureLocale } from './elements/shared/i18n/index.js';
