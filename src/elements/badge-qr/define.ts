/** Registration, apart from the class. Tags already defined are skipped. */
import { BadgeQr } from './badge-qr.js';

/** Defines `<badge-qr>` (or a custom tag, as a subclass). */
export function defineBadgeQr(tag = 'badge-qr'): void {
  if (!customElements.get(tag)) customElements.define(tag, tag === 'badge-qr' ? BadgeQr : class extends BadgeQr {});
}

export { BadgeQr };

declare global {
  interface HTMLElementTagNameMap {
    'badge-qr': BadgeQr;
  }
}
