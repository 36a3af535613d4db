/**
 * English `wall` section (`<badge-wall>`: header, loading progress, browse form, pathways, tiles,
 * verify-all summary, details dialog), in its own module so it travels with the wall (bundlers split
 * chunks by module): a page without a wall does not carry it. Re-exported by `en.ts`. What the wall's
 * entry shows before its body is in (title, count, progress, summary, source errors) is in
 * `en-wall-head.ts`, spread in below, so the rest travels with the lazily loaded body.
 *
 * Numbers arrive already formatted (`n`, `total`…: `Intl.NumberFormat` in the wall's language);
 * `count` is the plain number, for plural rules.
 */
import type { VerificationState } from '../../../core/types.js';
import { wallHead } from './en-wall-head.js';
import { every } from './keyed.js';

/** What a tile's status pill and the status filter show. */
export type WallStateKey = VerificationState | 'available' | 'error' | 'pending';
export type WallFacetKey = 'issuer' | 'skill' | 'type' | 'tag' | 'state';
export type WallSortKey = 'feed' | 'newest' | 'name' | 'issuer';
export type WallGroupKey = 'none' | 'issuer' | 'skill' | 'type' | 'group';

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** `<badge-wall>`: the header's strings (`en-wall-head.ts`), then the body's. */
export const wall = {
  ...wallHead,
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
