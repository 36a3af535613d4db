/** The `verify` section in every built-in language (imported by `<badge-verify>` only). */
import { verify as ar } from './ar.js';
import { verify as de } from './de.js';
import { verify as en } from './en.js';
import { verify as es } from './es.js';
import { section } from './registry.js';

/** `verifyStrings('ar')` → the Arabic verifier strings (with registered overrides). */
export const verifyStrings = section('verify', { en, es, de, ar });
