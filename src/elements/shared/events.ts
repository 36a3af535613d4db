import type { Badge } from '../../core/types.js';

/** What error events carry: a stable code and a human message (never HTML). */
export interface BadgeErrorInfo {
  code: string;
  message: string;
  /** HTTP status, when the error came from an answer (410 = revoked by the issuer). */
  status?: number;
}

/** Fired when an element has loaded and shown a badge. */
export class BadgeLoadEvent extends CustomEvent<{ badge: Badge }> {
  static readonly eventName = 'badge-load';
  constructor(badge: Badge) {
    super(BadgeLoadEvent.eventName, { detail: { badge }, bubbles: true, composed: true });
  }
}

/** Fired when a badge could not be loaded (not when a load is cancelled). */
export class BadgeErrorEvent extends CustomEvent<{ error: BadgeErrorInfo }> {
  static readonly eventName = 'badge-error';
  constructor(error: BadgeErrorInfo) {
    super(BadgeErrorEvent.eventName, { detail: { error }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'badge-load': BadgeLoadEvent;
    'badge-error': BadgeErrorEvent;
  }
}
