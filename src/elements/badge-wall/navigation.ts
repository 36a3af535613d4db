/** Keyboard navigation between tiles (roving tabindex) across the virtualized lists. */
import { TILE } from './body.styles.js';
import type { View } from './model.js';

export type Move = 'next' | 'prev' | 'down' | 'up' | 'first' | 'last' | 'page-down' | 'page-up';

export const KEY_MOVES: Record<string, Move> = {
  ArrowRight: 'next', ArrowLeft: 'prev', ArrowDown: 'down', ArrowUp: 'up', Home: 'first', End: 'last', PageDown: 'page-down', PageUp: 'page-up',
};

/** How many tiles one row holds in this list container. */
export function columnsOf(container: Element | null, layout: 'grid' | 'list'): number {
  if (!container || layout === 'list') return 1;
  const tile = container.querySelector<HTMLElement>('.tile');
  const w = container.clientWidth;
  const tw = tile?.offsetWidth || TILE.width;
  return Math.max(1, Math.round((w + TILE.gap) / (tw + TILE.gap)));
}

export function target(pos: number, move: Move, count: number, cols: number, rtl: boolean): number {
  const step = { next: rtl ? -1 : 1, prev: rtl ? 1 : -1, down: cols, up: -cols, first: -Infinity, last: Infinity, 'page-down': cols * 5, 'page-up': -cols * 5 }[move];
  const t = move === 'first' ? 0 : move === 'last' ? count - 1 : pos + step;
  return Math.min(count - 1, Math.max(0, t));
}

/** Waits until `find()` returns an element (the virtualizer renders on the next frames), max ~10 frames. */
export async function waitFor<T>(find: () => T | null | undefined, frames = 10): Promise<T | undefined> {
  for (let i = 0; i < frames; i++) {
    const el = find();
    if (el) return el;
    await new Promise((r) => requestAnimationFrame(r));
  }
  return find() ?? undefined;
}

type VirtualizerHost = HTMLElement & Record<symbol, { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined } | undefined>;

/** Where position `pos` of the view is: which list (group) and which index in it. */
export function locate(view: View, pos: number): { group: number; local: number } {
  let group = 0, local = pos;
  for (const g of view.groups ?? []) {
    if (local < g.items.length) break;
    local -= g.items.length;
    group++;
  }
  return { group, local };
}

/**
 * Scrolls position `pos` into its virtualized list (rendering it if needed) and focuses its tile.
 * `ref` is the virtualizer's host symbol; `rendered` resolves when the wall has re-rendered.
 */
export async function focusTile(root: ParentNode, view: View, pos: number, ref: symbol, rendered: () => Promise<unknown>): Promise<void> {
  const item = view.items[pos];
  if (!item) return;
  const { group, local } = locate(view, pos);
  const list = root.querySelector<VirtualizerHost>(`.list[data-group="${group}"]`);
  list?.[ref]?.element(local)?.scrollIntoView({ block: 'nearest' });
  await rendered();
  const el = await waitFor(() => list?.querySelector<HTMLElement>(`.tile[data-index="${item.index}"]`));
  el?.focus({ preventScroll: true });
  el?.scrollIntoView({ block: 'nearest' });
}
