/** Registers `<badge-card>` (skipped if already defined) and exports its class. */
import { BadgeCard, defineBadgeCard } from './elements/badge-card/badge-card.js';

defineBadgeCard();

export { BadgeCard, defineBadgeCard };
export type { BadgeCardTheme } from './elements/badge-card/badge-card.js';
export { BadgeLoadEvent, BadgeErrorEvent, type BadgeErrorInfo } from './elements/shared/events.js';
export { badgeClientContext } from './elements/shared/client-context.js';
export { preloadCss } from './elements/shared/preload.js';
// i18n: add or override a language (`registerLocale('fr', { card: { issuedBy: 'Délivré par' } })`), the page default
// (`setDefaultLocale('de')`, as `configureBadgeElements({ locale })` in define.js), types of the catalogue
export { registerLocale, setDefaultLocale, getDefaultLocale, directionOf, LOCALE_CHANGE_EVENT, type LocaleStrings, type Catalogue } from './elements/shared/i18n/index.js';
