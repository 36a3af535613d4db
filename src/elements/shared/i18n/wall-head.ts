/**
 * The part of the `wall` section the wall's entry shows (header, progress, summary, source errors; imported
 * by `badge-wall/text.ts`); the same strings as `wallStrings()`, overrides and other languages included,
 * without loading the body's strings (they come with the wall's lazily loaded body).
 */
import { wallHead } from './en-wall-head.js';
import { section } from './registry.js';

/** `wallHeadStrings('de')` → the German header strings once loaded (with registered overrides), else English. */
export const wallHeadStrings = section('wall', wallHead);
