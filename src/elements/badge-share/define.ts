/** Registration, apart from the class. Tags already defined are skipped. */
import { BadgeShare } from './badge-share.js';

/** Defines `<badge-share>` (or a custom tag, as a subclass). */
export function defineBadgeShare(tag = 'badge-share'): void {
  if (!customElements.get(tag)) customElements.define(tag, tag === 'badge-share' ? BadgeShare : class extends BadgeShare {});
}

export { BadgeShare };

declare global {
  interface HTMLElementTagNameMap {
    'badge-share': BadgeShare;
  }
}
