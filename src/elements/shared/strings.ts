/**
 * Compatibility view of the card's strings. The catalogue itself lives in `./i18n/`
 * (`en.ts` is the source of truth; `es`, `de`, `ar` built in; `registerLocale()` adds more).
 */
import { card } from './i18n/en-card.js';
import { cardStrings } from './i18n/card.js';
import { registerLocale, type DeepPartial } from './i18n/registry.js';
import type { CardStrings } from './i18n/en.js';

/** The card's strings (the `card` section of the catalogue). */
export type BadgeStrings = CardStrings;

/** English card strings. */
export const en: BadgeStrings = card;

/** Adds or overrides card strings for a language; missing keys fall back to English. Prefer `registerLocale(lang, { card })`. */
export function registerStrings(lang: string, strings: DeepPartial<BadgeStrings>): void {
  registerLocale(lang, { card: strings });
}

/** The card strings for a BCP 47 tag (`de-CH` → `de` → English). */
export function getStrings(lang?: string): BadgeStrings {
  return cardStrings(lang);
}
