import { html, nothing } from 'lit';
import { verifyStrings } from '../shared/i18n/verify.js';

export interface ActionHandlers {
  status: string;
  onReverify?: () => void;
  onCopy: () => void;
  onDownload?: () => void;
  onAnother?: () => void;
  /** The element's language. */
  lang?: string;
}

/** Re-verify, copy the JSON report, download the credential, verify another (drop zone); a polite status line. */
export function renderActions(h: ActionHandlers) {
  const t = verifyStrings(h.lang);
  return html`
    <div part="actions" class="actions">
      ${h.onReverify ? html`<button part="button" class="button" type="button" @click=${h.onReverify}>${t.reverify}</button>` : nothing}
      <button part="button" class="button" type="button" @click=${h.onCopy}>${t.copyReport}</button>
      ${h.onDownload ? html`<button part="button" class="button" type="button" @click=${h.onDownload}>${t.downloadCredential}</button>` : nothing}
      ${h.onAnother ? html`<button part="button" class="button" type="button" @click=${h.onAnother}>${t.verifyAnother}</button>` : nothing}
      <p class="action-status" role="status">${h.status}</p>
    </div>
  `;
}
