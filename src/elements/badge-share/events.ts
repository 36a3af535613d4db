import type { ShareTarget } from '../../core/share/index.js';

export interface BadgeShareDetail {
  target: ShareTarget;
  /** The URL shared (the verification page), or the downloaded file name for `download`. */
  url: string;
  /** `copy`/`native`/`download`: whether it worked. Links: always true (the browser opens them). */
  ok: boolean;
}

/** Fired when a share menu item is used (for the page's own analytics; the library sends nothing). */
export class BadgeShareEvent extends CustomEvent<BadgeShareDetail> {
  static readonly eventName = 'badge-share';
  constructor(detail: BadgeShareDetail) {
    super(BadgeShareEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Fires `badge-share` on `target` (kept out of the element class so the manifest lists the event once, by name). */
export function emitShare(target: EventTarget, detail: BadgeShareDetail): void {
  target.dispatchEvent(new BadgeShareEvent(detail));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'badge-share': BadgeShareEvent;
  }
}
