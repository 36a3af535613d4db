/** The wall's words and numbers in its language: the `wall` catalogue section and a cached `Intl.NumberFormat`. */
import type { WallStrings } from '../shared/i18n/en.js';
import { wallStrings } from '../shared/i18n/wall.js';

export interface WallText {
  lang: string;
  dir: 'ltr' | 'rtl';
  t: WallStrings;
  /** A count in the wall's language ("1,000", "1.000", "١٬٠٠٠"). */
  num: (n: number) => string;
}

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string): Intl.NumberFormat {
  let f = formats.get(lang);
  if (!f) {
    try {
      f = new Intl.NumberFormat(lang);
    } catch {
      f = new Intl.NumberFormat('en');
    }
    formats.set(lang, f);
  }
  return f;
}

export function wallText(lang: string, dir: 'ltr' | 'rtl' = 'ltr'): WallText {
  const f = numberFormat(lang);
  return { lang, dir, t: wallStrings(lang), num: (n) => f.format(n) };
}

/**
 * Splits a sentence around a value so the value can get its own markup (`<strong>`, `<bdi>`):
 * `around((v) => t.showing(v))` → `['Showing ', '']`.
 */
export function around(sentence: (value: string) => string): [string, string] {
  const mark = '\u0000';
  const [before = '', after = ''] = sentence(mark).split(mark);
  return [before, after];
}
