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
import { defineBadgeCard } from './elements/badge-card/badge-card.js';
import { defineBadgeVerify, defineBadgeVerifyDialog } from './elements/badge-verify/define.js';

defineBadgeCard();
defineBadgeVerify();
defineBadgeVerifyDialog();

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
export {
  BadgeVerify, BadgeVerifyDialog, BadgeVerifyDialogCloseEvent, defineBadgeVerify, defineBadgeVerifyDialog,
  BadgeVerifiedEvent, BadgeVerifyStepEvent, STATE_TEXT, CODE_TEXT, verdictOf, type VerdictTone,
} from './badge-verify.js';
export { BadgeLoadEvent, BadgeErrorEvent, type BadgeErrorInfo } from './elements/shared/events.js';
export { badgeClientContext } from './elements/shared/client-context.js';
export { preloadCss } from './elements/shared/preload.js';
export { registerStrings, getStrings, type BadgeStrings } from './elements/shared/strings.js';
export { registerLocale, ensureLocale } from './elements/shared/i18n/index.js';
