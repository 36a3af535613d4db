/**
 * The UI languages, without registering any element (no side effects): add or override a language
 * (`registerLocale('fr', { card: { issuedBy: 'Délivré par' } })`), set the page's default
 * (`setDefaultLocale('de')`, as `configureBadgeElements({ locale })` in define.js), and the catalogue's types.
 * Kept apart from the element entries so a page that only shows a card does not download it.
 */
export { registerLocale, setDefaultLocale, getDefaultLocale, ensureLocale, directionOf, LOCALE_CHANGE_EVENT } from './elements/shared/i18n/registry.js';
export type { LocaleStrings, DeepPartial, Direction } from './elements/shared/i18n/registry.js';
export type { Catalogue, CardStrings, VerifyStrings, StateStrings, DetailStrings, ShareStrings, WallStrings } from './elements/shared/i18n/en.js';
