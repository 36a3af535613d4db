/** `sync-url`: the wall's browsing state in the URL hash (`#wall.q=sql&wall.state=valid`), other hash keys kept. */
import { emptyBrowse } from './browse.js';
import type { Browse, GroupKey, SortKey } from './model.js';

const SORTS: SortKey[] = ['feed', 'newest', 'name', 'issuer'];
const GROUPS: GroupKey[] = ['', 'issuer', 'skill', 'type', 'group'];
const KEYS = ['q', 'issuer', 'skill', 'type', 'tag', 'state', 'achievement', 'sort', 'group', 'layout'] as const;

function params(): URLSearchParams | undefined {
  const h = location.hash.slice(1);
  if (h && !h.includes('=')) return undefined; // a plain #fragment belongs to the page
  return new URLSearchParams(h);
}

export function readHash(prefix: string): { browse: Browse; layout?: 'grid' | 'list' } | undefined {
  const p = params();
  if (!p || !KEYS.some((k) => p.has(`${prefix}.${k}`))) return undefined;
  const get = (k: string) => (p.get(`${prefix}.${k}`) ?? '').slice(0, 500);
  const b = emptyBrowse();
  for (const k of ['q', 'issuer', 'skill', 'type', 'tag', 'state', 'achievement'] as const) b[k] = get(k);
  const sort = get('sort') as SortKey;
  if (SORTS.includes(sort)) b.sort = sort;
  const group = get('group') as GroupKey;
  if (GROUPS.includes(group)) b.group = group;
  const layout = get('layout');
  return { browse: b, ...(layout === 'list' || layout === 'grid' ? { layout } : {}) };
}

export function writeHash(prefix: string, browse: Browse, layout: string): void {
  const p = params();
  if (!p) return;
  const defaults = emptyBrowse() as unknown as Record<string, string>;
  const values = { ...browse, layout } as unknown as Record<string, string>;
  for (const k of KEYS) {
    const v = values[k] ?? '';
    if (v === '' || v === defaults[k] || (k === 'layout' && v === 'grid')) p.delete(`${prefix}.${k}`);
    else p.set(`${prefix}.${k}`, v);
  }
  const next = p.toString();
  if (next === location.hash.slice(1)) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${next ? `#${next}` : ''}`);
}
