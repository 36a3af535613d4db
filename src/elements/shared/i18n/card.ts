/** The `card` section (imported by `<badge-card>`); other languages load on first use. */
import { card } from './en-card.js';
import { section } from './registry.js';

/** `cardStrings('de-CH')` → the German card strings once loaded (with registered overrides), else English. */
export const cardStrings = section('card', card);
