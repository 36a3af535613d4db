import { html, nothing } from 'lit';
import type { VerificationReport } from '../../core/types.js';
import { toneIcon } from './icons.js';
import { sentenceParts, verdictOf, type TextPart } from './verdict-text.js';
import { verifyStrings } from '../shared/i18n/verify.js';

/** Sentence parts with every credential-provided piece in its own `<bdi>` (it cannot reorder the words around it). */
export const renderParts = (parts: TextPart[]) =>
  parts.map((p) => (typeof p === 'string' ? p : html`<bdi class="credential-text">${p.credential}</bdi>`));

/** The headline verdict: icon + words + colour (never colour alone). */
export function renderVerdict(report: VerificationReport, fmt: (iso: string | undefined) => string, headingId: string, lang?: string) {
  const t = verifyStrings(lang);
  const v = verdictOf(report, fmt, lang);
  const badge = report.badge;
  const dates = [
    badge?.issued ? t.issuedOn(fmt(badge.issued)) : '',
    badge?.expires ? (Date.parse(badge.expires) < Date.parse(report.checkedAt) ? t.expiredOn : t.expiresOn)(fmt(badge.expires)) : '',
  ].filter(Boolean);
  return html`
    <section part="verdict verdict-${v.tone}" class="verdict tone-${v.tone}" data-state=${v.state} data-code=${report.code ?? nothing}>
      <span part="verdict-icon" class="verdict-icon" title=${v.iconLabel}>${toneIcon[v.tone]}</span>
      <div class="verdict-text">
        <h2 id=${headingId} part="headline" class="headline" tabindex="-1">${renderParts(v.headlineParts)}</h2>
        <p part="explanation" class="explanation">${v.explanation}</p>
        ${v.reason ? html`<p part="reason" class="reason clamp">${renderParts(sentenceParts((slot) => t.reasonGiven(slot ?? ''), v.reason))}</p>` : nothing}
        ${badge
          ? html`<p class="meta">
              <span class="visually-hidden">${t.badgeLabel}</span><bdi part="badge-name" class="badge-name">${badge.name}</bdi>
              ${dates.length ? html`<span class="dates">· ${dates.join(' · ')}</span>` : nothing}
            </p>`
          : nothing}
      </div>
    </section>
  `;
}
