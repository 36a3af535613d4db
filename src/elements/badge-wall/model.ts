/**
 * The wall's pure logic (no DOM, no Lit): items, their browsing state, search, faceted filters with counts,
 * sort and grouping. Rendering only reads what `computeView` returns.
 */
import type { ListEntry } from '../../core/formats/lists.js';
import type { Badge, VerificationState } from '../../core/types.js';
import type { WallStrings } from '../shared/i18n/en.js';

export type ItemStatus = 'pending' | 'loaded' | 'error';
/** What the state filter sees: the verified state when known, else what the badge itself says. */
export type ItemState = VerificationState | 'available' | 'error' | 'pending';

export interface WallItem {
  /** Position in source order (stable key). */
  index: number;
  entry: ListEntry;
  status: ItemStatus;
  badge?: Badge;
  error?: { code: string; message: string };
  /** Set by verify-all. */
  verified?: { state: VerificationState; authentic: boolean; code?: string };
  /** Derived when loaded: lower-cased text for search, issued time, facet values. */
  search?: string;
  time?: number;
  facets?: Facets;
}

export type FacetName = 'issuer' | 'skill' | 'type' | 'tag' | 'state';
export const FACETS: FacetName[] = ['issuer', 'skill', 'type', 'tag', 'state'];
type Facets = Record<Exclude<FacetName, 'state'>, string[]>;

export type SortKey = 'feed' | 'newest' | 'name' | 'issuer';
export type GroupKey = '' | 'issuer' | 'skill' | 'type' | 'group';

export interface Browse {
  q: string;
  issuer: string;
  skill: string;
  type: string;
  tag: string;
  state: string;
  /** An achievement id (set from a pathway's "show" button). */
  achievement: string;
  sort: SortKey;
  group: GroupKey;
}

export { emptyBrowse } from './browse.js';

/** "998 verified, 2 revoked" from the verified items. */
export function verifySummary(items: readonly WallItem[]): { done: number; todo: number; byState: Partial<Record<VerificationState, number>> } {
  const byState: Partial<Record<VerificationState, number>> = {};
  let done = 0, todo = 0;
  for (const it of items) {
    if (it.status !== 'loaded' || it.entry.kind === 'available') continue;
    if (!it.verified) { todo++; continue; }
    done++;
    byState[it.verified.state] = (byState[it.verified.state] ?? 0) + 1;
  }
  return { done, todo, byState };
}

export interface FacetValue { value: string; label: string; count: number }
export interface ViewGroup { key: string; label: string; items: WallItem[] }
export interface View {
  /** Items shown, in order (all groups concatenated when grouped). */
  items: WallItem[];
  groups?: ViewGroup[];
  facets: Record<FacetName, FacetValue[]>;
}

/** The words the view itself needs (labels of missing values and of special groups), from the `wall` section. */
export type ViewText = Pick<WallStrings, 'noSkill' | 'noTag' | 'unknown' | 'groupLoading' | 'groupFailed' | 'groupOther' | 'defaultType'>;

export const NO_VALUE = '∅';
const DEFAULT_TYPE = 'Badge';

/** Fills the derived fields of a loaded item. */
export function derive(item: WallItem): void {
  const b = item.badge;
  if (!b) return;
  const skills = [...new Set(b.alignments.map((a) => a.name))];
  const tags = [...new Set(b.tags)];
  item.facets = { issuer: [issuerKey(b)], skill: skills, type: [b.achievementType ?? DEFAULT_TYPE], tag: tags };
  item.search = [b.name, b.issuer.name, b.issuer.origin ?? '', ...skills, ...tags, b.achievementType ?? ''].join('\n').toLowerCase();
  const t = b.issued ? Date.parse(b.issued) : NaN;
  item.time = Number.isNaN(t) ? undefined : t;
}

/** Issuers are told apart by id (a name is only a claim). */
export function issuerKey(b: Badge): string {
  return b.issuer.id ?? `name:${b.issuer.name}`;
}

export function itemState(item: WallItem, now: number): ItemState {
  if (item.status === 'pending') return 'pending';
  if (item.status === 'error' || !item.badge) return 'error';
  if (item.entry.kind === 'available') return 'available';
  if (item.verified) return item.verified.state;
  const b = item.badge;
  if (b.revoked) return 'revoked';
  if (b.expires && Date.parse(b.expires) <= now) return 'expired';
  if (b.issued && Date.parse(b.issued) > now) return 'not-yet-valid';
  return 'valid';
}

function valuesOf(item: WallItem, facet: FacetName, now: number): string[] {
  if (facet === 'state') return [itemState(item, now)];
  const v = item.facets?.[facet];
  return v && v.length ? v : [NO_VALUE];
}

function matchesQuery(item: WallItem, words: string[]): boolean {
  if (words.length === 0) return true;
  if (!item.search) return false;
  return words.every((w) => item.search!.includes(w));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function sortItems(items: WallItem[], sort: SortKey): WallItem[] {
  if (sort === 'feed') return items;
  const name = (i: WallItem) => i.badge?.name ?? '\uffff';
  const issuer = (i: WallItem) => i.badge?.issuer.name ?? '\uffff';
  const cmp: Record<Exclude<SortKey, 'feed'>, (a: WallItem, b: WallItem) => number> = {
    newest: (a, b) => (b.time ?? -Infinity) - (a.time ?? -Infinity) || a.index - b.index,
    name: (a, b) => collator.compare(name(a), name(b)) || a.index - b.index,
    issuer: (a, b) => collator.compare(issuer(a), issuer(b)) || collator.compare(name(a), name(b)) || a.index - b.index,
  };
  return [...items].sort(cmp[sort]);
}

/** Labels for facet values (issuer ids → names; the same name from different issuers gets its origin). */
export function facetLabels(items: WallItem[]): Map<string, string> {
  const labels = new Map<string, string>();
  const byName = new Map<string, Set<string>>();
  for (const it of items) {
    const b = it.badge;
    if (!b) continue;
    const key = issuerKey(b);
    if (labels.has(key)) continue;
    labels.set(key, b.issuer.name);
    const set = byName.get(b.issuer.name) ?? new Set<string>();
    set.add(key);
    byName.set(b.issuer.name, set);
  }
  for (const it of items) {
    const b = it.badge;
    if (!b || (byName.get(b.issuer.name)?.size ?? 0) < 2) continue;
    const origin = b.issuer.origin ?? b.issuer.id ?? '';
    labels.set(issuerKey(b), `${b.issuer.name} (${origin.length > 40 ? `${origin.slice(0, 24)}…${origin.slice(-8)}` : origin})`);
  }
  return labels;
}

/**
 * Filters, counts, sorts and groups. Counts are faceted: a value's count is the number of items that match
 * the search and every *other* active filter, so each count says what choosing that value would show.
 */
export function computeView(all: WallItem[], browse: Browse, now: number, text: ViewText, groupLabels?: Map<string, string>): View {
  const words = browse.q.toLowerCase().split(/\s+/).filter(Boolean);
  const active = FACETS.filter((f) => browse[f] !== '');
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<FacetName, Map<string, number>>;
  const shown: WallItem[] = [];
  const everything = active.length === 0 && words.length === 0 && !browse.achievement;
  for (const item of all) {
    if (everything) {
      // nothing chosen: every item is shown, loaded ones are counted (the common case while a big wall loads)
      shown.push(item);
      if (item.status !== 'pending') for (const f of FACETS) for (const v of valuesOf(item, f, now)) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
      continue;
    }
    if (!matchesQuery(item, words)) continue;
    if (browse.achievement && item.badge?.achievementId !== browse.achievement) continue;
    let misses = 0;
    let missed: FacetName | undefined;
    for (const f of active) {
      if (!valuesOf(item, f, now).includes(browse[f])) {
        misses++;
        missed = f;
        if (misses > 1) break;
      }
    }
    if (misses > 1) continue;
    const countIn = (f: FacetName) => {
      if (item.status === 'pending') return; // unknown yet: counted once loaded
      for (const v of valuesOf(item, f, now)) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
    };
    if (misses === 1) {
      countIn(missed!);
      continue;
    }
    for (const f of FACETS) countIn(f);
    if (active.length === 0 || item.status !== 'pending') shown.push(item);
  }
  const labels = facetLabels(all);
  const facets = Object.fromEntries(FACETS.map((f) => [f, [...counts[f]].map(([value, count]) => ({
    value, count, label: valueLabel(f, value, labels, text),
  })).sort((a, b) => b.count - a.count || collator.compare(a.label, b.label))])) as Record<FacetName, FacetValue[]>;
  const sorted = sortItems(shown, browse.sort);
  if (!browse.group) return { items: sorted, facets };
  const groups = groupItems(sorted, browse.group, labels, text, groupLabels);
  return { items: groups.flatMap((g) => g.items), groups, facets };
}

function noValueLabel(f: FacetName, text: ViewText): string {
  return f === 'skill' ? text.noSkill : f === 'tag' ? text.noTag : text.unknown;
}

function valueLabel(f: FacetName, value: string, issuerLabels: Map<string, string>, text: ViewText): string {
  if (value === NO_VALUE) return noValueLabel(f, text);
  if (f === 'issuer') return issuerLabels.get(value) ?? value;
  return f === 'type' && value === DEFAULT_TYPE ? text.defaultType : value;
}

function groupItems(items: WallItem[], by: Exclude<GroupKey, ''>, issuerLabels: Map<string, string>, text: ViewText, groupLabels?: Map<string, string>): ViewGroup[] {
  const map = new Map<string, ViewGroup>();
  const add = (key: string, label: string, item: WallItem) => {
    let g = map.get(key);
    if (!g) map.set(key, (g = { key, label, items: [] }));
    g.items.push(item);
  };
  for (const it of items) {
    if (it.status !== 'loaded') {
      add('\uffff', it.status === 'pending' ? text.groupLoading : text.groupFailed, it);
      continue;
    }
    if (by === 'group') {
      const g = it.entry.group;
      add(g ?? '\ufffe', g ? groupLabels?.get(g) ?? g : text.groupOther, it);
    } else if (by === 'issuer') {
      const k = it.facets!.issuer[0]!;
      add(k, issuerLabels.get(k) ?? k, it);
    } else {
      const vals = it.facets![by];
      if (vals.length === 0) add('\ufffe', noValueLabel(by, text), it);
      for (const v of vals) add(v, by === 'type' ? valueLabel('type', v, issuerLabels, text) : v, it);
    }
  }
  const order = by === 'group' && groupLabels ? [...groupLabels.keys()] : undefined;
  return [...map.values()].sort((a, b) => {
    if (order) {
      const ia = order.indexOf(a.key), ib = order.indexOf(b.key);
      if (ia !== ib) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || a.key.localeCompare(b.key);
    }
    const sa = a.key === '\uffff' || a.key === '\ufffe', sb = b.key === '\uffff' || b.key === '\ufffe';
    return sa !== sb ? (sa ? 1 : -1) : collator.compare(a.label, b.label);
  });
}
