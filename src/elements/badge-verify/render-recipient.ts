import { html, nothing } from 'lit';
import type { RecipientResult, VerificationReport } from '../../core/types.js';
import { outcomeIcon } from './icons.js';

export type RecipientView = RecipientResult | 'checking' | 'error' | undefined;

const RESULT: Record<RecipientResult | 'error', { icon: keyof typeof outcomeIcon; text: string }> = {
  match: { icon: 'pass', text: 'Match: this badge was issued to the address you entered.' },
  mismatch: { icon: 'fail', text: 'No match: this badge was not issued to the address you entered.' },
  unsupported: { icon: 'unknown', text: 'Not possible: this badge does not record its recipient in a way that can be compared.' },
  'not-checked': { icon: 'unknown', text: 'Not possible: the recipient could not be compared.' },
  error: { icon: 'unknown', text: 'Not possible: the check could not be completed.' },
};

/**
 * The recipient check. The field is not bound to any property: its value is
 * read once on submit, handed to the core (which hashes it locally) and cleared.
 */
export function renderRecipient(report: VerificationReport, view: RecipientView, onSubmit: (e: SubmitEvent) => void) {
  if (!report.badge) return nothing;
  const hasRecipient = !!report.badge.recipient && report.authentic;
  const result = view && view !== 'checking' ? RESULT[view] : undefined;
  return html`
    <section part="recipient" class="recipient" aria-labelledby="recipient-heading">
      <h3 id="recipient-heading" class="section-heading">Was it issued to this person?</h3>
      ${hasRecipient
        ? html`<form class="recipient-form" @submit=${onSubmit} autocomplete="off">
            <label for="recipient-input">E-mail or web address of the person</label>
            <p id="recipient-hint" class="hint">Compared on this device only. It is not sent, saved or logged.</p>
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
              <button part="button" class="button" type="submit" ?disabled=${view === 'checking'}>Check</button>
            </div>
          </form>`
        : html`<p class="hint not-possible">
            ${report.authentic
              ? 'Not possible: this badge does not name its recipient, so it cannot be matched to a person.'
              : 'Not possible: the badge itself is not verified, so the person it names cannot be trusted.'}
          </p>`}
      <p part="recipient-result" class="recipient-result ${view ?? ''}" role="status" data-result=${view ?? nothing}>
        ${view === 'checking' ? 'Comparing…' : nothing}
        ${result ? html`<span class="mini-icon ${view === 'match' ? 'ok' : view === 'mismatch' ? 'bad' : 'no'}">${outcomeIcon[result.icon]}</span>${result.text}` : nothing}
      </p>
    </section>
  `;
}
