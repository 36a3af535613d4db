/**
 * The UI text catalogue: English source of truth (`en.ts`), built-in Spanish, German and
 * Arabic, `registerLocale()` for a host's own language, and `setDefaultLocale()` for the page's
 * default language. Public API re-exported by the element entries (`badge-elements/badge-card.js`,
 * `/badge-verify.js`) and `badge-elements/define.js`.
 */
export { registerLocale, registeredLocales, ensureLocale, directionOf, setDefaultLocale, getDefaultLocale, LOCALE_CHANGE_EVENT } from './registry.js';
export type { DeepPartial, Direction, LocaleStrings } from './registry.js';
export { langOf, dirOf, formatNumber, LocaleController } from './locale.js';
export type { Catalogue, CardStrings, VerifyStrings, StateStrings, DetailStrings, ShareStrings, WallStrings } from './en.js';
