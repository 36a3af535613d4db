/** Registers `<badge-card>` (skipped if already defined) and exports its class. */
import { BadgeCard, defineBadgeCard } from './elements/badge-card/badge-card.js';

defineBadgeCard();

export { BadgeCard, defineBadgeCard };
export type { BadgeCardTheme } from './elements/badge-card/badge-card.js';
export { BadgeLoadEvent, BadgeErrorEvent, type BadgeErrorInfo } from './elements/shared/events.js';
export { preloadCss } from './elements/shared/preload.js';
// (the i18n API — registerLocale, setDefaultLocale… — is in `badge-elements/i18n.js`, the client's context key in
// `badge-elements/badge-provider.js`: a page that only shows cards does not download them)
