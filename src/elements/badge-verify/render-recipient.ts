import { html, nothing } from 'lit';
import type { RecipientResult, VerificationReport } from '../../core/types.js';
import { outcomeIcon } from './icons.js';
import { verifyStrings } from '../shared/i18n/verify.js';

export type RecipientView = RecipientResult | 'checking' | 'error' | undefined;

/** Icon per result (the words come from the catalogue: `verify.recipientResults`). */
const RESULT_ICON: Record<RecipientResult | 'error', keyof typeof outcomeIcon> = {
  match: 'pass',
  mismatch: 'fail',
  unsupported: 'unknown',
  'not-checked': 'unknown',
  error: 'unknown',
};

/**
 * The recipient check. The field is not bound to any property: its value is
 * read once on submit, handed to the core (which hashes it locally) and cleared.
 */
export function renderRecipient(report: VerificationReport, view: RecipientView, onSubmit: (e: SubmitEvent) => void, lang?: string) {
  if (!report.badge) return nothing;
  const t = verifyStrings(lang);
  const hasRecipient = !!report.badge.recipient && report.authentic;
  const result = view && view !== 'checking' ? { icon: RESULT_ICON[view], text: t.recipientResults[view] } : undefined;
  return html`
    <section part="recipient" class="recipient" aria-labelledby="recipient-heading">
      <h3 id="recipient-heading" class="section-heading">${t.recipientHeading}</h3>
      ${hasRecipient
        ? html`<form class="recipient-form" @submit=${onSubmit} autocomplete="off">
            <label for="recipient-input">${t.recipientLabel}</label>
            <p id="recipient-hint" class="hint">${t.recipientPrivacy}</p>
            <div class="field-row">
              <input
                id="recipient-input"
                part="recipient-input"
                name="badge-recipient-check"
                type="text"
                inputmode="email"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                aria-describedby="recipient-hint"
                required
              />
              <button part="button" class="button" type="submit" ?disabled=${view === 'checking'}>${t.recipientCheck}</button>
            </div>
          </form>`
        : html`<p class="hint not-possible">
            ${report.authentic
              ? t.recipientNoRecipient
              : t.recipientUnverified}
          </p>`}
      <p part="recipient-result" class="recipient-result ${view ?? ''}" role="status" data-result=${view ?? nothing}>
        ${view === 'checking' ? t.recipientComparing : nothing}
        ${result ? html`<span class="mini-icon ${view === 'match' ? 'ok' : view === 'mismatch' ? 'bad' : 'no'}">${outcomeIcon[result.icon]}</span>${result.text}` : nothing}
      </p>
    </section>
  `;
}
