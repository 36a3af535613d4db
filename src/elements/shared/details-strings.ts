/**
 * Compatibility view of the card's details-panel strings: the `details` section of the one UI
 * catalogue (`./i18n/`; English in `en.ts`, es/de/ar built in and loaded on first use).
 */
import { details } from './i18n/en-details.js';
import { detailStrings as section } from './i18n/details.js';
import { registerLocale, type DeepPartial } from './i18n/registry.js';
import type { DetailStrings } from './i18n/en.js';

export type { DetailStrings };

/** English details-panel strings. */
export const detailsEn: DetailStrings = details;

/** Adds or overrides details-panel strings for a language; missing keys fall back. Prefer `registerLocale(lang, { details })`. */
export function registerDetailStrings(lang: string, strings: DeepPartial<DetailStrings>): void {
  registerLocale(lang, { details: strings });
}

/** The details-panel strings for a BCP 47 tag (`de-CH` → `de` → English). */
export function detailStrings(lang?: string): DetailStrings {
  return section(lang);
}
