/**
 * Built-in languages other than English, each a lazy chunk: a page in English downloads none of
 * them; an Arabic page downloads only `ar` (all sections, ≈ 5 KB gzip) before its first render.
 */
import type { Catalogue } from './en.js';

export const BUILT_IN: Record<string, () => Promise<Catalogue>> = {
  es: () => import('./es.js').then((m) => m.es),
  de: () => import('./de.js').then((m) => m.de),
  ar: () => import('./ar.js').then((m) => m.ar),
};
