import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { BadgeClient } from '../../core/client.js';
import type { BadgeInput, VerificationReport } from '../../core/types.js';
import { LocaleController } from '../shared/i18n/locale.js';
import { verifyStrings } from '../shared/i18n/verify.js';
import { tokens, utilities, type BadgeTheme } from '../shared/tokens.js';
import type { BadgeVerify } from './badge-verify.js';
import { BadgeVerifiedEvent } from './events.js';
import { deepActiveElement, tabbables } from './focus.js';

/** Fired when the dialog has closed (Escape, the close button, the backdrop or `close()`). */
export class BadgeVerifyDialogCloseEvent extends Event {
  static readonly eventName = 'badge-verify-dialog-close' as const;
  constructor() {
    super(BadgeVerifyDialogCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'badge-verify-dialog-close': BadgeVerifyDialogCloseEvent;
  }
}

/**
 * A modal dialog that verifies one badge with `<badge-verify>`. Built on `<dialog>` +
 * `showModal()`: the page behind is inert, Tab stays inside, Escape closes, and focus
 * returns to the element that opened it. The dialog's accessible name is the verdict.
 * The badge is verified the first time the dialog opens (not before).
 *
 * @summary Accessible verification dialog hosting `<badge-verify>`.
 * @tag badge-verify-dialog
 *
 * @event {BadgeVerifiedEvent} badge-verified - Bubbles out of the inner `<badge-verify>`.
 * @event {BadgeVerifyStepEvent} badge-verify-step - Bubbles out of the inner `<badge-verify>`.
 * @event {BadgeVerifyDialogCloseEvent} badge-verify-dialog-close - The dialog closed.
 *
 * @csspart dialog - The `<dialog>` element.
 * @csspart header - The title bar.
 * @csspart close-button - The close button.
 * @csspart verify - The inner `<badge-verify>` element.
 *
 * @cssproperty --badge-dialog-width - Dialog width (default min(46rem, 100vw - 2rem)).
 * @cssproperty --badge-dialog-backdrop - Backdrop colour.
 */
export class BadgeVerifyDialog extends LitElement {
  static override styles = [
    tokens,
    utilities,
    css`
      :host {
        display: contents;
      }
      dialog {
        inline-size: var(--badge-dialog-width, min(46rem, calc(100vw - 2rem)));
        max-inline-size: calc(100vw - 1rem);
        max-block-size: calc(100dvh - 2rem);
        padding: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_fg);
        font-family: var(--_font);
        box-shadow: 0 12px 48px rgb(0 0 0 / 0.3);
      }
      dialog::backdrop {
        background: var(--badge-dialog-backdrop, rgb(15 20 30 / 0.55));
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 1rem;
        padding-block: 0.6rem;
        padding-inline: 1.25rem 0.8rem;
        border-block-end: 1px solid var(--_border);
        position: sticky;
        inset-block-start: 0;
        background: var(--_bg);
        z-index: 1;
      }
      .title {
        margin: 0;
        font-weight: 600;
        color: var(--_muted);
        font-size: 0.9rem;
      }
      .close {
        font: inherit;
        font-weight: 600;
        border: 1px solid var(--_border);
        background: var(--_bg-2);
        color: var(--_fg);
        border-radius: var(--_radius-sm);
        padding: 0.35rem 0.8rem;
        cursor: pointer;
      }
      badge-verify {
        --badge-verify-max-width: none;
      }
      badge-verify::part(base) {
        border: none;
        border-radius: 0;
        box-shadow: none;
      }
    `,
  ];

  /** URL of the badge to verify. */
  @property() src?: string;
  /** The badge itself (JSON, JWS/JWT, or baked image bytes). */
  @property({ attribute: false }) credential?: BadgeInput;
  /** A ready report to show (rendering only). */
  @property({ attribute: false }) report?: VerificationReport;
  /** A client for the inner `<badge-verify>` (else context, else page default). */
  @property({ attribute: false }) client?: BadgeClient;
  /** The clock for validity checks (default: now). */
  @property({ attribute: false }) now?: Date;
  /** `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme: BadgeTheme = 'auto';
  /** Whether the dialog is open. Prefer `show()` / `close()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The verdict once known (else the title). */
  @state() private _label = '';
  @state() private _opened = false;

  @query('dialog') private _dialog!: HTMLDialogElement;
  @query('badge-verify') private _verify?: BadgeVerify;

  private _opener: HTMLElement | null = null;
  private readonly _locale = new LocaleController(this);

  /** Waits for a lazily loaded language before rendering (no first render in English). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this._locale.loading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Opens the dialog; focus returns to `opener` (default: the focused element) on close. */
  show(opener?: HTMLElement): void {
    this._opener = opener ?? (deepActiveElement() as HTMLElement | null);
    this.open = true;
  }

  /** Closes the dialog. */
  close(): void {
    this.open = false;
  }

  /** The inner `<badge-verify>` element (once the dialog has been opened). */
  get verifyElement(): BadgeVerify | undefined {
    return this._verify ?? undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.open) this.open = false;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    // the inner <badge-verify> (and so the verification) starts on first open
    if (changed.has('open') && this.open) this._opened = true;
  }

  protected override async updated(changed: Map<string, unknown>): Promise<void> {
    if (!changed.has('open')) return;
    if (this.open && !this._dialog.open) {
      if (!this._opener) this._opener = deepActiveElement() as HTMLElement | null;
      this._dialog.showModal();
      this.renderRoot.querySelector<HTMLButtonElement>('.close')?.focus();
      await this.updateComplete;
      await this._verify?.updateComplete;
      this._syncLabel();
    } else if (!this.open && this._dialog.open) {
      this._dialog.close();
    }
  }

  private _syncLabel = () => {
    if (this._verify) this._label = this._verify.verdictText;
  };

  private _onClose = () => {
    this.open = false;
    const opener = this._opener;
    this._opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new BadgeVerifyDialogCloseEvent());
  };

  private _onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab') return;
    const items = tabbables(this._dialog);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = deepActiveElement();
    const index = items.indexOf(active as HTMLElement);
    if (e.shiftKey && (index <= 0)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (index === -1 || active === last)) {
      e.preventDefault();
      first.focus();
    }
  };

  private _onClick = (e: MouseEvent) => {
    // a click on the backdrop lands on the <dialog> itself, outside its box
    if (e.target !== this._dialog) return;
    const r = this._dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) this.close();
  };

  override render() {
    const t = verifyStrings(this._locale.lang);
    return html`
      <dialog
        part="dialog"
        aria-labelledby="dialog-label"
        @close=${this._onClose}
        @keydown=${this._onKeydown}
        @click=${this._onClick}
        @badge-verified=${(e: BadgeVerifiedEvent) => (e.target === this._verify ? this._syncLabel() : undefined)}
      >
        <span id="dialog-label" class="visually-hidden">${this._label || t.dialogTitle}</span>
        <header part="header">
          <p class="title" aria-hidden="true">${t.dialogTitle}</p>
          <button part="close-button" class="close" type="button" @click=${this.close}>
            ${t.close}<span class="visually-hidden">${t.closeSuffix}</span>
          </button>
        </header>
        ${this._opened
          ? html`<badge-verify
              part="verify"
              .src=${this.src}
              .credential=${this.credential}
              .report=${this.report}
              .client=${this.client}
              .now=${this.now}
              theme=${this.theme}
            ></badge-verify>`
          : nothing}
      </dialog>
    `;
  }
}
