/**
 * English `wall` section (`<badge-wall>`: header, loading progress, browse form, pathways, tiles,
 * verify-all summary, details dialog), in its own module so it travels with the wall (bundlers split
 * chunks by module): a page without a wall does not carry it. Re-exported by `en.ts`.
 *
 * Numbers arrive already formatted (`n`, `total`…: `Intl.NumberFormat` in the wall's language);
 * `count` is the plain number, for plural rules.
 */
import type { VerificationState } from '../../../core/types.js';
import { every } from './keyed.js';

/** What a tile's status pill and the status filter show. */
export type WallStateKey = VerificationState | 'available' | 'error' | 'pending';
export type WallFacetKey = 'issuer' | 'skill' | 'type' | 'tag' | 'state';
export type WallSortKey = 'feed' | 'newest' | 'name' | 'issuer';
export type WallGroupKey = 'none' | 'issuer' | 'skill' | 'type' | 'group';

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** `<badge-wall>`. */
export const wall = {
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
  summary: every<VerificationState, (n: string, count: number) => string>({
    valid: (n) => `${n} verified`,
    expired: (n) => `${n} expired`,
    'not-yet-valid': (n) => `${n} not yet valid`,
    revoked: (n) => `${n} revoked`,
    suspended: (n) => `${n} suspended`,
    'status-unknown': (n) => `${n} with unknown status`,
    invalid: (n) => `${n} not authentic`,
    unverifiable: (n) => `${n} unverifiable`,
  }),
  summaryNone: 'Nothing verified yet',
  separator: ', ',
  /** A source that failed; `source` is the URL (isolated when shown). */
  sourceError: (source: string, message: string, code: string) => `Could not load ${source}: ${message} (${code})`,
  feedError: (message: string, code: string) => `Could not load the feed: ${message} (${code})`,
  empty: 'No badges to show yet.',
  noMatch: 'No badges match.',
  clearFilters: 'Clear filters',
  /** Accessible name of the (ungrouped) list. */
  listLabel: (shown: string, _count: number) => `Badges, ${shown} shown`,
  /** Accessible name of one group's list. */
  groupListLabel: (group: string, n: string, count: number) => `${group}, ${n} ${plural(count, 'badge', 'badges')}`,

  /** The browse form. */
  browse: 'Browse badges',
  search: 'Search',
  searchPlaceholder: 'Name, issuer or skill',
  facets: every<WallFacetKey, { label: string; all: string }>({
    issuer: { label: 'Issuer', all: 'All issuers' },
    skill: { label: 'Skill', all: 'All skills' },
    type: { label: 'Type', all: 'All types' },
    tag: { label: 'Tag', all: 'All tags' },
    state: { label: 'Status', all: 'Any status' },
  }),
  sort: 'Sort',
  sorts: every<WallSortKey, string>({ feed: 'Feed order', newest: 'Newest first', name: 'Name', issuer: 'Issuer' }),
  groupBy: 'Group by',
  groups: every<WallGroupKey, string>({ none: 'No grouping', issuer: 'Issuer', skill: 'Skill', type: 'Type', group: 'Feed group' }),
  layout: 'Layout',
  grid: 'Grid',
  list: 'List',
  /** The achievement chosen from a pathway. */
  showing: (name: string) => `Showing ${name}`,
  /** When the chosen achievement's name is not known. */
  oneAchievement: 'one achievement',
  clear: 'Clear',
  /** Facet values and group titles for badges without one. */
  noSkill: 'No skill listed',
  noTag: 'No tag',
  unknown: 'Unknown',
  /** Group titles of items not loaded, failed, or outside the feed's groups. */
  groupLoading: 'Loading',
  groupFailed: 'Could not be loaded',
  groupOther: 'Other badges',
  /** The achievement type of a badge that names none. */
  defaultType: 'Badge',

  /** Tiles. */
  states: every<WallStateKey, string>({
    valid: 'Valid', expired: 'Expired', 'not-yet-valid': 'Not yet valid', revoked: 'Revoked', suspended: 'Suspended',
    'status-unknown': 'Status unknown', invalid: 'Not authentic', unverifiable: 'Unverifiable', available: 'Available',
    error: 'Could not load', pending: 'Loading',
  }),
  /** The pill of a badge that verify-all verified as valid. */
  verified: 'Verified',
  tileLoading: 'Loading badge…',
  tileError: 'Could not load this badge',

  /** Pathways. */
  pathways: 'Pathways',
  /** "3 of 5 earned". */
  stackProgress: (earned: string, total: string, _count: number) => `${earned} of ${total} earned`,
  stackBarLabel: (name: string) => `${name} progress`,
  capstone: 'Capstone',
  earned: 'Earned',
  /** A step earned more than once. */
  earnedTimes: (n: string, _count: number) => `${n} earned`,
  notEarned: 'Not yet earned',
  showThese: 'Show these badges',

  /** The details dialog. */
  close: 'Close',
};
