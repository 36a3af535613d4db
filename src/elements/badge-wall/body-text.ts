/** All of the wall's strings (`wallStrings()`), for the lazily loaded body: they travel with it (`body.ts`). */
import { wallStrings } from '../shared/i18n/wall.js';
import { withNumbers, type WallText } from './text.js';

export function wallText(lang: string, dir: 'ltr' | 'rtl' = 'ltr'): WallText {
  return withNumbers(lang, dir, wallStrings(lang));
}
