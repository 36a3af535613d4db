/**
 * English: the source of truth of the UI text catalogue AND its type.
 * Every other language (`es.ts`, `de.ts`, `ar.ts`, a host's `registerLocale()`) is typed
 * against `Catalogue`, so a missing key is a compile error.
 *
 * One section per element (`card`, `verify`, …); each section is a named export so a
 * bundle that only shows cards does not carry the verifier's sentences. Bundlers split chunks
 * by module, so each element's section lives in its own module (`en-card.ts`, `en-verify.ts`,
 * `en-share.ts`, `en-details.ts`, `en-wall.ts`, re-exported here; the part of `verify` that the card's
 * verify mark needs, states, codes and causes, is `en-verdict.ts`, spread into `verify`).
 * To add a section: put it in `en-<name>.ts`, re-export it here and add it to `en` below, translate it in every
 * language file (the compiler lists what is missing), and read it with `section()`
 * from `./registry.js` (see `./card.ts`).
 *
 * Functions build sentences with values (`(date) => …`): translations reorder freely.
 * Numbers and dates arrive already formatted through `Intl` in the element's language.
 */
export { keyed, every, type Keyed } from './keyed.js';
export { card, type AchievementTypeKey, type LoadErrorKey } from './en-card.js';
import { card } from './en-card.js';
export { verify, type CheckNameKey, type DetailLabelKey, type StateStrings } from './en-verify.js';
import { verify } from './en-verify.js';
export { details } from './en-details.js';
import { details } from './en-details.js';
export { share } from './en-share.js';
import { share } from './en-share.js';
export { wall, type WallStateKey, type WallFacetKey, type WallSortKey, type WallGroupKey } from './en-wall.js';
import { wall } from './en-wall.js';

export const en = { card, verify, details, share, wall };

/** The whole catalogue's shape: what every language provides. */
export type Catalogue = typeof en;
export type CardStrings = Catalogue['card'];
export type VerifyStrings = Catalogue['verify'];
export type DetailStrings = Catalogue['details'];
export type ShareStrings = Catalogue['share'];
export type WallStrings = Catalogue['wall'];
