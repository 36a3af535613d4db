import { html, nothing } from 'lit';

export interface ActionHandlers {
  status: string;
  onReverify?: () => void;
  onCopy: () => void;
  onDownload?: () => void;
  onAnother?: () => void;
}

/** Re-verify, copy the JSON report, download the credential, verify another (drop zone); a polite status line. */
export function renderActions(h: ActionHandlers) {
  return html`
    <div part="actions" class="actions">
      ${h.onReverify ? html`<button part="button" class="button" type="button" @click=${h.onReverify}>Re-verify</button>` : nothing}
      <button part="button" class="button" type="button" @click=${h.onCopy}>Copy JSON report</button>
      ${h.onDownload ? html`<button part="button" class="button" type="button" @click=${h.onDownload}>Download credential</button>` : nothing}
      ${h.onAnother ? html`<button part="button" class="button" type="button" @click=${h.onAnother}>Verify another badge</button>` : nothing}
      <p class="action-status" role="status">${h.status}</p>
    </div>
  `;
}
