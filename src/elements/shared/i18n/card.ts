/** The `card` section in every built-in language (imported by `<badge-card>` only). */
import { card as ar } from './ar.js';
import { card as de } from './de.js';
import { card as en } from './en.js';
import { card as es } from './es.js';
import { section } from './registry.js';

/** `cardStrings('de-CH')` → the German card strings (with registered overrides). */
export const cardStrings = section('card', { en, es, de, ar });
