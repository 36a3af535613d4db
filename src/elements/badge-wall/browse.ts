/**
 * What the wall needs from its model before its lazily loaded body (`body.ts`) is in: the empty browse state
 * and the verification summary. Kept apart from `model.ts` so the initial chunk does not carry the view logic.
 */
import type { VerificationState } from '../../core/types.js';
import type { Browse, WallItem } from './model.js';

export const emptyBrowse = (): Browse => ({ q: '', issuer: '', skill: '', type: '', tag: '', state: '', achievement: '', sort: 'feed', group: '' });

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
