/**
 * Stacks / pathways (pure): which of a stack's achievements the wall's badges earn, what is missing, and
 * the capstone. An achievement counts as earned when a loaded, non-revoked badge has its id.
 */
import type { AchievementRef, StackDef } from '../../core/formats/lists.js';
import type { BadgeImage } from '../../core/types.js';
import type { WallItem } from './model.js';

export interface StackStep {
  id: string;
  name: string;
  description?: string;
  image?: BadgeImage;
  /** How many badges of this achievement the wall holds (0 = missing). */
  count: number;
  capstone: boolean;
}

export interface StackProgress {
  def: StackDef;
  steps: StackStep[];
  earned: number;
  total: number;
  capstoneEarned: boolean;
}

/** Counts badges per achievement id (revoked and unloaded ones do not count). */
export function countAchievements(items: WallItem[]): Map<string, { count: number; sample: WallItem }> {
  const out = new Map<string, { count: number; sample: WallItem }>();
  for (const it of items) {
    const id = it.badge?.achievementId;
    if (!id || it.status !== 'loaded' || it.entry.kind === 'available' || it.badge!.revoked || it.verified?.state === 'revoked') continue;
    const hit = out.get(id);
    if (hit) hit.count++;
    else out.set(id, { count: 1, sample: it });
  }
  return out;
}

/** Progress of each stack; `described` holds what was learned about missing achievements (names, images). */
export function stackProgress(stacks: StackDef[], counts: Map<string, { count: number; sample: WallItem }>, described: Map<string, AchievementRef>): StackProgress[] {
  return stacks.map((def) => {
    const steps = def.badges.map((ref): StackStep => {
      const hit = counts.get(ref.id);
      const known = described.get(ref.id) ?? ref;
      const b = hit?.sample.badge;
      return {
        id: ref.id,
        name: b?.name ?? known.name ?? shortId(ref.id),
        ...(b?.description ?? known.description ? { description: b?.description ?? known.description } : {}),
        ...(b?.image ?? known.image ? { image: b?.image ?? known.image } : {}),
        count: hit?.count ?? 0,
        capstone: ref.id === def.capstone,
      };
    });
    const earned = steps.filter((s) => s.count > 0).length;
    return { def, steps, earned, total: steps.length, capstoneEarned: steps.some((s) => s.capstone && s.count > 0) };
  });
}

function shortId(id: string): string {
  const tail = id.replace(/[#?].*$/, '').replace(/\/+$/, '').split(/[/:]/).pop() ?? id;
  return tail.replace(/\.json$/i, '').replace(/[-_]+/g, ' ') || id;
}
