import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { BadgeClient } from '../../core/client.js';
import type { BadgeInput, VerificationReport } from '../../core/types.js';
import { badgeClientContext, resolveClient } from '../shared/client-context.js';
import { absoluteUrl } from '../shared/safe-url.js';
import { formatDate } from '../shared/format-date.js';
import { LocaleController } from '../shared/i18n/locale.js';
import { verifyStrings } from '../shared/i18n/verify.js';
import { tokens, utilities, type BadgeTheme } from '../shared/tokens.js';
import { copyText, credentialFile, downloadBlob, originalDocument, reportJson } from './actions.js';
import { renderActions } from './render-actions.js';
import { verifyStyles } from './badge-verify.styles.js';
import { emitReport } from './events.js';
import { InputError, readDroppedFile, readPastedText, raceAbort, failureReport } from './input.js';
import { renderChecks } from './render-checks.js';
import { renderDropzone } from './render-dropzone.js';
import { renderIssuer } from './render-issuer.js';
import { renderRecipient, type RecipientView } from './render-recipient.js';
import { renderParts, renderVerdict } from './render-verdict.js';
import { verdictOf } from './verdict-text.js';

/**
 * Verifies a badge (Open Badges 2.0 / 3.0) and explains the result in plain words:
 * a verdict, the checks in order (with technical details), who issued it,
 * a private recipient check, and actions (re-verify, copy report, download).
 * With neither `src` nor `credential`, shows a drop zone for a baked image or pasted text.
 *
 * @summary One-click, step-by-step, honest badge verification.
 * @tag badge-verify
 *
 * @event {BadgeVerifiedEvent} badge-verified - A verification finished; `detail.report` is the VerificationReport.
 * @event {BadgeVerifyStepEvent} badge-verify-step - One per check, in order; `detail: { check, index }`.
 *
 * @csspart base - The outer panel.
 * @csspart verdict - The headline block (also `verdict-verified|caution|revoked|invalid|unknown`).
 * @csspart verdict-icon - The verdict icon.
 * @csspart headline - The verdict heading.
 * @csspart explanation - The sentence under the headline.
 * @csspart reason - The revocation or suspension reason, when too long for the headline.
 * @csspart badge-name - The badge's name.
 * @csspart issuer - "Who issued it".
 * @csspart issuer-claimed - The issuer's self-declared name.
 * @csspart issuer-verified - The identity proven by the key.
 * @csspart issuer-trust - Whether that identity is on the page's list of trusted issuers (only with a list).
 * @csspart checks - The checks section.
 * @csspart check - One check (also `check-pass|fail|warn|skip|unknown`).
 * @csspart check-details - A check's expandable technical details.
 * @csspart recipient - The recipient check section.
 * @csspart recipient-input - The recipient field.
 * @csspart recipient-result - The recipient check's result.
 * @csspart actions - The action buttons row.
 * @csspart button - Every button.
 * @csspart loading - The loading state.
 * @csspart dropzone - The drop / paste zone.
 * @csspart textarea - The paste field.
 *
 * @cssproperty --badge-verify-max-width - Maximum width (default 44rem).
 * @cssproperty --badge-color-success - Background of a verified verdict.
 * @cssproperty --badge-color-success-text - Text colour of a verified verdict.
 * @cssproperty --badge-color-warning - Background of an authentic-but-not-valid verdict.
 * @cssproperty --badge-color-danger - Background of a revoked or invalid verdict.
 * @cssproperty --badge-color-neutral - Background of a "could not check" verdict.
 * @cssproperty --badge-color-surface - Panel background.
 * @cssproperty --badge-color-text - Text colour.
 * @cssproperty --badge-color-accent - Links, primary button, spinner.
 * @cssproperty --badge-font-family - Font.
 * @cssproperty --badge-radius - Corner radius.
 */
export class BadgeVerify extends LitElement {
  static override styles = [tokens, utilities, ...verifyStyles];

  /** URL of the badge (hosted assertion, credential JSON, JWT, or baked image). */
  @property() src?: string;
  /** The badge itself: JSON text or object, compact JWS/JWT, or baked image bytes. */
  @property() credential?: BadgeInput;
  /** A ready report to show without verifying (rendering only; stories, server-side reports). */
  @property({ attribute: false }) report?: VerificationReport;
  /** `auto` (follows `prefers-color-scheme` and `prefers-contrast`), `light`, `dark`, `high-contrast` or `high-contrast-dark`. */
  @property({ reflect: true }) theme: BadgeTheme = 'auto';
  /** A client to use instead of the context's or the page default. */
  @property({ attribute: false }) client?: BadgeClient;
  /** The clock for validity checks (default: now); attribute as an ISO date. */
  @property({ converter: { fromAttribute: (v: string | null) => (v && !Number.isNaN(Date.parse(v)) ? new Date(v) : undefined) } })
  now?: Date;

  @consume({ context: badgeClientContext, subscribe: true })
  @state()
  private _ctxClient?: BadgeClient;

  @state() private _local?: BadgeInput;
  @state() private _nonce = 0;
  @state() private _recipient: RecipientView;
  @state() private _status = '';
  @state() private _dropError?: string;
  @state() private _dragging = false;

  /** Language and direction (`lang`/`dir` of the element or its ancestors). */
  private readonly _locale = new LocaleController(this);
  private _recipientAbort?: AbortController;
  private _rerunOnConnect = false;

  private _task = new Task<readonly [BadgeInput | undefined, BadgeClient, number, Date | undefined], VerificationReport>(this, {
    args: () => [this.report ? undefined : this._input(), this._client(), this._nonce, this.now] as const,
    task: async ([input, client, , now], { signal }) => {
      if (input === undefined) return initialState;
      this._recipient = undefined;
      this._status = '';
      return raceAbort(client.verify(input, { signal, now }), signal);
    },
    onComplete: (report) => void this._emit(report),
  });

  /** The verdict as one line of text (for labelling a dialog), or a loading text. */
  get verdictText(): string {
    const t = this._t();
    if (this._task.status === TaskStatus.PENDING) return t.checking;
    const report = this._shown();
    return report ? verdictOf(report, this._fmt, this._locale.lang).headline : t.verifyABadge;
  }

  /** Resolves when the current verification (if any) has finished and rendered. */
  async verificationComplete(): Promise<VerificationReport | undefined> {
    try {
      await this._task.taskComplete;
    } catch {
      /* shown as a failure */
    }
    await this.updateComplete;
    return this._shown();
  }

  /** Runs the verification again (fresh downloads). */
  reverify(): void {
    this._client().fetcher.clear();
    this._nonce++;
  }

  /** Cancels a running verification. */
  cancel(): void {
    this._task.abort(new DOMException('Verification cancelled', 'AbortError'));
  }

  /** Waits for a lazily loaded language before rendering (no first render in English). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this._locale.loading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._rerunOnConnect) {
      this._rerunOnConnect = false;
      void this._task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._task.status === TaskStatus.PENDING) {
      this._rerunOnConnect = true;
      this.cancel();
    }
    this._recipientAbort?.abort();
  }

  private _input(): BadgeInput | undefined {
    return absoluteUrl(this.src) || (this.credential ?? undefined) || this._local;
  }

  private _client(): BadgeClient {
    return resolveClient(this.client, this._ctxClient);
  }

  private _fmt = (iso: string | undefined) => formatDate(iso, this._locale.lang);

  private _t() {
    return verifyStrings(this._locale.lang);
  }

  private _shown(): VerificationReport | undefined {
    if (this.report) return this.report;
    if (this._task.status === TaskStatus.COMPLETE) return this._task.value;
    if (this._task.status === TaskStatus.ERROR) return failureReport(this._task.error, this._locale.lang);
    return undefined;
  }

  private async _emit(report: VerificationReport) {
    await this.updateComplete;
    emitReport(this, report);
  }

  private async _onRecipient(e: SubmitEvent) {
    e.preventDefault();
    const field = (e.target as HTMLFormElement).elements.namedItem('badge-recipient-check') as HTMLInputElement;
    let value: string | undefined = field.value.trim();
    const input = this._input();
    if (!value || input === undefined) return;
    this._recipientAbort?.abort();
    const ac = (this._recipientAbort = new AbortController());
    this._recipient = 'checking';
    try {
      const r: VerificationReport = await raceAbort(this._client().verify(input, { signal: ac.signal, recipient: value, now: this.now }), ac.signal);
      this._recipient = r.recipient;
    } catch {
      if (!ac.signal.aborted) this._recipient = 'error';
    } finally {
      value = undefined;
      field.value = '';
    }
  }

  private async _onCopy(report: VerificationReport) {
    const ok = await copyText(reportJson(report));
    this._status = ok ? this._t().copied : this._t().copyRefused;
  }

  private _onDownload(report: VerificationReport) {
    const file = credentialFile(originalDocument(report, this._input()), report.badge?.name);
    if (file) downloadBlob(file.blob, file.filename);
    this._status = file ? this._t().downloaded(file.filename) : this._t().nothingToDownload;
  }

  /** Takes what was dropped or pasted as the input to verify, or shows why it cannot. */
  private async _take(read: () => BadgeInput | Promise<BadgeInput>) {
    this._dropError = undefined;
    try {
      this._local = await read();
    } catch (err) {
      this._dropError = err instanceof InputError ? this._t().inputErrors[err.key] : (err as Error).message;
    }
  }

  override render() {
    const idle = !this.report && this._input() === undefined;
    const pending = !idle && !this.report && this._task.status === TaskStatus.PENDING;
    const report = idle || pending ? undefined : this._shown();
    return html`
      <div part="base" class="panel">
        <div class="visually-hidden" role="status" aria-live="polite">${pending ? this._t().checking : report ? renderParts(verdictOf(report, this._fmt, this._locale.lang).headlineParts) : ''}</div>
        ${pending ? this._renderLoading() : report ? this._renderReport(report) : this._renderEmpty()}
      </div>
    `;
  }

  private _renderLoading() {
    return html`<div part="loading" class="loading" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span>
      <span>${this._t().checking}</span>
      <button part="button" class="button" type="button" @click=${this.cancel}>${this._t().cancel}</button>
    </div>`;
  }

  private _renderEmpty() {
    if (this._input() !== undefined) return nothing;
    return renderDropzone({
      onFile: (f) => void this._take(() => readDroppedFile(f)),
      onPaste: (t) => void this._take(() => readPastedText(t)),
      error: this._dropError,
      dragging: this._dragging,
      setDragging: (on) => (this._dragging = on),
      lang: this._locale.lang,
    });
  }

  private _renderReport(report: VerificationReport) {
    const canRun = this._input() !== undefined && !this.report;
    return html`
      ${renderVerdict(report, this._fmt, 'verdict-heading', this._locale.lang)}
      <div class="body">
        ${renderIssuer(report, this._locale.lang)}
        ${canRun ? renderRecipient(report, this._recipient, (e) => void this._onRecipient(e), this._locale.lang) : nothing}
        ${renderChecks(report.checks, this._locale.lang)}
        ${renderActions({
          status: this._status,
          lang: this._locale.lang,
          onReverify: canRun ? () => this.reverify() : undefined,
          onCopy: () => void this._onCopy(report),
          onDownload: originalDocument(report, this._input()) === undefined ? undefined : () => this._onDownload(report),
          onAnother: this._local !== undefined && !this.src && this.credential === undefined ? () => (this._local = undefined) : undefined,
        })}
      </div>
    `;
  }
}
