/**
 * The card's `verify` attribute: a Verify button that opens `<badge-verify-dialog>` (loaded on the
 * first click with a dynamic `import()`, so the verification UI stays out of the card's chunk), a
 * status mark once a report is known, and `verify="auto"` (verify as soon as the badge is shown).
 *
 * This module (with the verdict sentences, the icons and the mark's styles) is itself loaded with
 * `import()` by the card, only when `verify` is set; the engine is loaded by `client.verify()`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { BadgeClient } from '../../core/client.js';
import type { BadgeInput, VerificationReport } from '../../core/types.js';
import type { BadgeVerifyDialog } from '../badge-verify/badge-verify-dialog.js';
import type { BadgeVerifiedEvent } from '../badge-verify/events.js';
import { emitReport } from '../badge-verify/events.js';
import { toneIcon } from '../badge-verify/icons.js';
import { verdictOf } from '../badge-verify/verdict-text.js';
import { formatDate } from '../shared/format-date.js';
import { verdictStrings } from '../shared/i18n/verdict.js';
import type { CardVerifyMode } from './verify-mode.js';

export type { CardVerifyMode } from './verify-mode.js';
/** The mark's and button's styles, adopted by the card when this module loads. */
export { verifyStyles } from './verify.styles.js';

/** What the controller reads from the card on each update. */
export interface CardVerifyInputs {
  mode: CardVerifyMode;
  /** The resolved URL when the card has only `src` (the dialog takes it as `src`). */
  src?: string;
  /** The card's `credential` (wins over `src`, as in the card). */
  credential?: BadgeInput;
  client: BadgeClient;
  now?: Date;
  /** The badge is loaded and shown (auto mode waits for it: no verification of a card that failed). */
  loaded: boolean;
  /** The badge's name, for the button's accessible name. */
  name: string;
  lang: string | undefined;
  theme: import('../shared/tokens.js').BadgeTheme;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class CardVerifyController implements ReactiveController {
  private dialogOpened = false;
  /** The latest report for the current input (from auto mode or from the dialog). */
  private latest?: { input: BadgeInput; report: VerificationReport };
  private rerunOnConnect = false;

  private readonly task: Task<readonly [BadgeInput | undefined, BadgeClient, Date | undefined], VerificationReport>;

  constructor(
    private readonly host: Host,
    private readonly inputs: () => CardVerifyInputs,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => {
        const i = this.inputs();
        return [i.mode === 'auto' && i.loaded ? this.input(i) : undefined, i.client, i.now] as const;
      },
      task: async ([input, client, now], { signal }) => {
        if (input === undefined) return initialState;
        const report = await client.verify(input, { signal, now });
        signal.throwIfAborted();
        return report;
      },
      onComplete: (report) => {
        const input = this.input(this.inputs());
        if (input === undefined) return;
        this.latest = { input, report };
        // after the mark is rendered, like <badge-verify>: same events, same order
        void this.host.updateComplete.then(() => emitReport(this.host, report));
      },
    });
  }

  /** The report shown by the mark, if any (auto mode, or after the dialog verified). */
  get report(): VerificationReport | undefined {
    const input = this.input(this.inputs());
    return this.latest && input !== undefined && this.latest.input === input ? this.latest.report : undefined;
  }

  /** Resolves once `verify="auto"` has a report (at once when nothing is running). */
  async verificationComplete(): Promise<VerificationReport | undefined> {
    try {
      await this.task.taskComplete;
    } catch {
      /* no mark */
    }
    await this.host.updateComplete;
    return this.report;
  }

  hostConnected(): void {
    if (this.rerunOnConnect) {
      this.rerunOnConnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.rerunOnConnect = true;
      this.task.abort();
    }
  }

  private input(i: CardVerifyInputs): BadgeInput | undefined {
    return i.credential ?? (i.src || undefined);
  }

  private readonly onOpen = async (e: Event): Promise<void> => {
    const opener = e.currentTarget as HTMLElement;
    const { defineBadgeVerifyDialog } = await import('../badge-verify/define.js');
    defineBadgeVerifyDialog();
    this.dialogOpened = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<BadgeVerifyDialog>('badge-verify-dialog')?.show(opener);
  };

  private readonly onVerified = (e: BadgeVerifiedEvent): void => {
    const input = this.input(this.inputs());
    if (input === undefined) return;
    this.latest = { input, report: e.detail.report };
    this.host.requestUpdate();
  };

  /** The mark and the button, for the card's actions area (nothing when `verify` is off). */
  renderControls(compact: boolean): TemplateResult | typeof nothing {
    const i = this.inputs();
    if (i.mode === 'off') return nothing;
    return html`<div class="verify ${compact ? 'compact' : ''}">
      ${this.renderMark(i)}
      <button type="button" part="verify-button" class="verify-button" @click=${this.onOpen}>
        ${verdictStrings(i.lang).verifyButton}<span class="visually-hidden">${verdictStrings(i.lang).verifyThisBadge(i.name)}</span>
      </button>
    </div>`;
  }

  private renderMark(i: CardVerifyInputs): TemplateResult | typeof nothing {
    const report = this.report;
    if (!report) {
      if (this.task.status !== TaskStatus.PENDING) return nothing;
      return html`<span part="verify-mark" class="verify-mark checking" role="img" aria-label=${verdictStrings(i.lang).checking} title=${verdictStrings(i.lang).checking}>
        <span class="dots" aria-hidden="true"></span>
      </span>`;
    }
    const v = verdictOf(report, (iso) => formatDate(iso, i.lang), i.lang);
    return html`<span part="verify-mark" class="verify-mark tone-${v.tone}" role="img" aria-label=${v.headline} title=${v.headline} data-state=${v.state}>
      ${toneIcon[v.tone]}<span class="mark-label">${v.iconLabel}</span>
    </span>`;
  }

  /** The dialog, outside the card's box (rendered once the button was first pressed). */
  renderDialog(): TemplateResult | typeof nothing {
    const i = this.inputs();
    if (!this.dialogOpened || i.mode === 'off') return nothing;
    return html`<badge-verify-dialog
      .src=${i.credential === undefined ? i.src : undefined}
      .credential=${i.credential}
      .client=${i.client}
      .now=${i.now}
      theme=${i.theme}
      @badge-verified=${this.onVerified}
    ></badge-verify-dialog>`;
  }
}
