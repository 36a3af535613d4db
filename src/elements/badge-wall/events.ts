import type { Badge, VerificationState } from '../../core/types.js';

export interface WallLoadDetail {
  total: number;
  loaded: number;
  failed: number;
}

/** Every item of the wall has been loaded or has failed (fired once per set of sources). */
export class BadgeWallLoadEvent extends CustomEvent<WallLoadDetail> {
  static readonly eventName = 'badge-wall-load';
  constructor(detail: WallLoadDetail) {
    super(BadgeWallLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface WallVerifiedDetail {
  verified: number;
  byState: Partial<Record<VerificationState, number>>;
}

/** `verify-all` has verified every loaded badge. */
export class BadgeWallVerifiedEvent extends CustomEvent<WallVerifiedDetail> {
  static readonly eventName = 'badge-wall-verified';
  constructor(detail: WallVerifiedDetail) {
    super(BadgeWallVerifiedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** A tile was activated (click, Enter or Space). Cancel it to keep the built-in details dialog closed. */
export class BadgeSelectEvent extends CustomEvent<{ badge: Badge; index: number }> {
  static readonly eventName = 'badge-select';
  constructor(badge: Badge, index: number) {
    super(BadgeSelectEvent.eventName, { detail: { badge, index }, bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * Fires `badge-select` on `target`; false when a listener cancelled it (kept out of the element class so the
 * manifest lists the event once, by name).
 */
export function emitSelect(target: EventTarget, badge: Badge, index: number): boolean {
  return target.dispatchEvent(new BadgeSelectEvent(badge, index));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'badge-wall-load': BadgeWallLoadEvent;
    'badge-wall-verified': BadgeWallVerifiedEvent;
    'badge-select': BadgeSelectEvent;
  }
}
