/** Registration, apart from the classes. Tags already defined are skipped. */
import { BadgeVerify } from './badge-verify.js';
import { BadgeVerifyDialog } from './badge-verify-dialog.js';

/** Defines `<badge-verify>` (or a custom tag, as a subclass). */
export function defineBadgeVerify(tag = 'badge-verify'): void {
  if (!customElements.get(tag)) customElements.define(tag, tag === 'badge-verify' ? BadgeVerify : class extends BadgeVerify {});
}

/** Defines `<badge-verify-dialog>` and the `<badge-verify>` it hosts. */
export function defineBadgeVerifyDialog(tag = 'badge-verify-dialog'): void {
  defineBadgeVerify();
  if (!customElements.get(tag)) customElements.define(tag, tag === 'badge-verify-dialog' ? BadgeVerifyDialog : class extends BadgeVerifyDialog {});
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-verify': BadgeVerify;
    'badge-verify-dialog': BadgeVerifyDialog;
  }
}
