/** Date formatting through `Intl`, in the element's language. */
import { getDefaultLocale } from './i18n/registry.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string | undefined): Intl.DateTimeFormat {
  const key = lang ?? '';
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'medium' });
    } catch {
      f = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
    }
    cache.set(key, f);
  }
  return f;
}

/** Parses an ISO date; `undefined` when missing or invalid. */
export function parseDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * "12 Mar 2024" / "Mar 12, 2024" … by language (no `lang`: the page default, else the browser's);
 * the raw text when it is not a date. An invalid tag formats in English.
 */
export function formatDate(iso: string | undefined, lang?: string): string {
  const d = parseDate(iso);
  if (!d) return iso ?? '';
  return formatter(lang || getDefaultLocale()).format(d);
}

/**
 * The language of an element: its own or closest ancestor's `lang` below `<html>` (crossing
 * shadow roots), else the page default (`configureBadgeElements({ locale })`), else `<html lang>`,
 * else `en`. See `./i18n/locale.ts`.
 */
export { langOf } from './i18n/locale.js';
