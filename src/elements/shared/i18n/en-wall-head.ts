/**
 * The English strings of the wall's header (title, count, loading progress, verify-all summary, source
 * errors, the empty notice): what `<badge-wall>` shows before its lazily loaded body is in. `wall`
 * (`en-wall.ts`) spreads these in, so the catalogue's `wall` section keeps one shape for every language;
 * this module only exists so the wall's entry carries these, not the body's strings (bundlers split chunks
 * by module). Read them with `wallHeadStrings()` (`./wall-head.ts`).
 *
 * Numbers arrive already formatted (`n`, `total`…: `Intl.NumberFormat` in the wall's language);
 * `count` is the plain number, for plural rules.
 */
import type { VerificationState } from '../../../core/types.js';

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/**
 * Every state's summary part (the typed const checks each state is there; not `every()` from `keyed.ts`,
 * which would be one more file in the wall's initial load for a typing helper).
 */
const summary: Record<VerificationState, (n: string, count: number) => string> = {
  valid: (n) => `${n} verified`,
  expired: (n) => `${n} expired`,
  'not-yet-valid': (n) => `${n} not yet valid`,
  revoked: (n) => `${n} revoked`,
  suspended: (n) => `${n} suspended`,
  'status-unknown': (n) => `${n} with unknown status`,
  invalid: (n) => `${n} not authentic`,
  unverifiable: (n) => `${n} unverifiable`,
};

/** The part of `wall` the wall's entry shows. */
export const wallHead = {
  /** Title when neither `label` nor the feed names the wall. */
  title: 'Badges',
  /** The count while the list itself loads. */
  loading: 'Loading…',
  /** "1,000 badges" or, filtered, "1,000 badges, 312 shown" (`shown` only when it differs). */
  count: (n: string, count: number, shown?: string) => `${n} ${plural(count, 'badge', 'badges')}${shown ? `, ${shown} shown` : ''}`,
  progressLabel: 'Loading badges',
  progressList: 'Loading the list…',
  /** "312 of 1,000" loaded. */
  progress: (done: string, total: string) => `${done} of ${total}`,
  /** Before the running summary while verify-all works. */
  verifying: 'Verifying…',
  /** One part of the verify-all summary ("998 verified"); parts are joined with `separator`. */
  summary,
  summaryNone: 'Nothing verified yet',
  separator: ', ',
  /** A source that failed; `source` is the URL (isolated when shown). */
  sourceError: (source: string, message: string, code: string) => `Could not load ${source}: ${message} (${code})`,
  feedError: (message: string, code: string) => `Could not load the feed: ${message} (${code})`,
  empty: 'No badges to show yet.',
  /** When the chosen achievement's name is not known. */
  oneAchievement: 'one achievement',
};

export type WallHeadStrings = typeof wallHead;
