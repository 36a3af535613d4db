/** Keyboard navigation between tiles (roving tabindex) across the virtualized lists. */
import { TILE } from './badge-wall.styles.js';

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
