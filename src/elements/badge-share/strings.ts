/**
 * Compatibility view of the share menu, QR code and certificate strings: the `share` section of
 * the one UI catalogue (`../shared/i18n/`; English in `en.ts`, es/de/ar built in and loaded on
 * first use). The element picks the language from its closest `lang`.
 */
import { share } from '../shared/i18n/en-share.js';
import { shareStrings } from '../shared/i18n/share.js';
import { registerLocale, type DeepPartial } from '../shared/i18n/registry.js';
import type { ShareStrings } from '../shared/i18n/en.js';

export type { ShareStrings };

/** English share strings. */
export const shareEn: ShareStrings = share;

/** Adds or overrides share strings for a language; missing keys fall back. Prefer `registerLocale(lang, { share })`. */
export function registerShareStrings(lang: string, strings: DeepPartial<ShareStrings>): void {
  registerLocale(lang, { share: strings });
}

/** The share strings for a BCP 47 tag (`de-CH` → `de` → English). */
export function getShareStrings(lang?: string): ShareStrings {
  return shareStrings(lang);
}
