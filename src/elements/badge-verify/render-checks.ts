import { html, nothing } from 'lit';
import type { VerificationCheck } from '../../core/types.js';
import { outcomeIcon } from './icons.js';
import { formatNumber } from '../shared/i18n/locale.js';
import { verifyStrings } from '../shared/i18n/verify.js';

export function humanize(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

/** Names of the well-known check ids (from the catalogue); others are derived from the id. */
export const checkName = (id: string, lang?: string) => {
  const names = verifyStrings(lang).checkNames;
  return Object.hasOwn(names, id) ? names[id]! : humanize(id);
};
/** Labels for well-known detail keys (`kid` → "Key id"); others are split from camelCase. */
const detailLabel = (key: string, lang?: string) => {
  const labels = verifyStrings(lang).detailLabels;
  return Object.hasOwn(labels, key) ? labels[key]! : humanize(key);
};

function renderDetails(check: VerificationCheck, lang?: string) {
  const t = verifyStrings(lang);
  const rows: [string, string][] = [];
  for (const [k, v] of Object.entries(check.details ?? {})) {
    if (v !== undefined && v !== '') rows.push([detailLabel(k, lang), String(v)]);
  }
  if (check.code) rows.unshift([t.detailLabels.code, String(check.code)]);
  if (rows.length === 0) return nothing;
  rows.push([t.checkId, check.id]);
  return html`
    <details part="check-details" class="check-details">
      <summary>${t.technicalDetails}<span class="visually-hidden">${t.technicalDetailsFor(checkName(check.id, lang))}</span></summary>
      <dl>${rows.map(([k, v]) => html`<div class="row"><dt>${k}</dt><dd><code>${v}</code></dd></div>`)}</dl>
    </details>
  `;
}

function summary(checks: VerificationCheck[], lang?: string): string {
  const t = verifyStrings(lang);
  const n = (o: VerificationCheck['outcome']) => checks.filter((c) => c.outcome === o).length;
  const parts: string[] = [];
  for (const o of ['pass', 'fail', 'warn', 'unknown', 'skip'] as const) {
    if (n(o)) parts.push(t.outcomeCounts[o](formatNumber(n(o), lang), n(o)));
  }
  return parts.join(t.listSeparator);
}

/** A check's sentence: the catalogue's, for the checks the elements word themselves; else the report's. */
function checkMessage(c: VerificationCheck, lang?: string): string {
  const own = c.id === 'issuer-trusted' ? (verifyStrings(lang).trustMessages as Partial<Record<string, string>>)[c.outcome] : undefined;
  return own ?? c.message;
}

/** The checks, in the report's order, each with its outcome in words and an icon. */
export function renderChecks(checks: VerificationCheck[], lang?: string) {
  if (checks.length === 0) return nothing;
  const t = verifyStrings(lang);
  return html`
    <section part="checks" class="checks" aria-labelledby="checks-heading">
      <h3 id="checks-heading" class="section-heading">${t.whatWasChecked} <span class="count">· ${summary(checks, lang)}</span></h3>
      <ol class="check-list">
        ${checks.map(
          (c) => html`
            <li part="check check-${c.outcome}" class="check outcome-${c.outcome}" data-check=${c.id} data-outcome=${c.outcome}>
              <span class="check-icon">${outcomeIcon[c.outcome] ?? outcomeIcon.unknown}</span>
              <div class="check-body">
                <p class="check-line">
                  <span class="check-name">${checkName(c.id, lang)}</span>
                  <span class="check-outcome">${t.outcomes[c.outcome] ?? c.outcome}</span>
                </p>
                <p class="check-message"><bdi class="credential-text">${checkMessage(c, lang)}</bdi></p>
                ${renderDetails(c, lang)}
              </div>
            </li>
          `,
        )}
      </ol>
    </section>
  `;
}
