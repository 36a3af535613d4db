/**
 * The wall's words and numbers in its language: a part of the `wall` catalogue section and a cached
 * `Intl.NumberFormat`. The entry reads the header's strings (`wallHeadText`), the lazily loaded body all
 * of them (`wallText`, `body-text.ts`), so the body's strings travel with the body.
 */
import type { WallStrings } from '../shared/i18n/en.js';
import type { WallHeadStrings } from '../shared/i18n/en-wall-head.js';
import { wallHeadStrings } from '../shared/i18n/wall-head.js';

export interface WallText<T = WallStrings> {
  lang: string;
  dir: 'ltr' | 'rtl';
  t: T;
  /** A count in the wall's language ("1,000", "1.000", "١٬٠٠٠"). */
  num: (n: number) => string;
}

/** What the wall shows before its body is in (header, progress, verify-all summary, source errors). */
export type WallHeadText = WallText<WallHeadStrings>;

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

/** `t` with the language's number format. */
export function withNumbers<T>(lang: string, dir: 'ltr' | 'rtl', t: T): WallText<T> {
  const f = numberFormat(lang);
  return { lang, dir, t, num: (n) => f.format(n) };
}

/** The header's strings (the entry's). */
export function wallHeadText(lang: string, dir: 'ltr' | 'rtl' = 'ltr'): WallHeadText {
  return withNumbers(lang, dir, wallHeadStrings(lang));
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
