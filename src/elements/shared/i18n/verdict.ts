/**
 * The part of the `verify` section the card's verify mark and button show (imported by the card's
 * lazy verify controls and `verdict-text.ts`); the same strings as `verifyStrings()`, overrides and
 * other languages included, without loading the dialog's sentences.
 */
import { verdict } from './en-verdict.js';
import { section } from './registry.js';

/** `verdictStrings('de')` → the German verdict strings once loaded (with registered overrides), else English. */
export const verdictStrings = section('verify', verdict);
