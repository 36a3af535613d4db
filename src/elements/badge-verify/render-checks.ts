import { html, nothing } from 'lit';
import type { VerificationCheck } from '../../core/types.js';
import { outcomeIcon } from './icons.js';
import type { TextPart } from './verdict-text.js';
import { formatDate } from '../shared/format-date.js';
import { formatNumber } from '../shared/i18n/locale.js';
import type { CheckSentence } from '../shared/i18n/en-verify.js';
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

/**
 * The engine's own sentence of a failed or uncheckable check, when the catalogue's sentence replaced it
 * and says less (the engine's may name the document, key or context at fault); else `undefined`.
 */
export function engineNote(c: VerificationCheck, lang?: string): string | undefined {
  if (c.outcome !== 'fail' && c.outcome !== 'unknown' && c.outcome !== 'warn') return undefined;
  const { text, own } = checkSentence(c, lang);
  if (!own || !c.message || c.message === text) return undefined;
  // the same words the English catalogue gives add nothing
  return plain(c.message) === plain(checkSentence(c, 'en').text) ? undefined : c.message;
}

/** Typographic quotes as plain ones (the engine writes `'` and `"`, the catalogue `’` and `“ ”`). */
const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

function renderDetails(check: VerificationCheck, lang?: string) {
  const t = verifyStrings(lang);
  const rows: [string, string][] = [];
  const note = engineNote(check, lang);
  for (const [k, v] of Object.entries(check.details ?? {})) {
    if (v !== undefined && v !== '') rows.push([detailLabel(k, lang), String(v)]);
  }
  if (check.code) rows.unshift([t.detailLabels.code, String(check.code)]);
  if (note !== undefined) rows.unshift([t.engineMessage, note]);
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

const FROM_KEYS = ['validFrom', 'issuanceDate', 'issuedOn'];
const UNTIL_KEYS = ['validUntil', 'expirationDate', 'expires'];

function dateOf(details: NonNullable<VerificationCheck['details']>, keys: string[], lang?: string): string | undefined {
  const key = keys.find((k) => typeof details[k] === 'string');
  return key === undefined ? undefined : formatDate(details[key] as string, lang);
}

/**
 * A check's sentence in the dialog's language: the catalogue's for the check's id and outcome (a
 * function of its details first, then the code's sentence for a failed or uncheckable check, then the
 * outcome's text); the report's own (English, from the engine) for a check the catalogue does not know.
 */
export function checkSentence(c: VerificationCheck, lang?: string): { text: string; own: boolean } {
  const t = verifyStrings(lang);
  const byId = Object.hasOwn(t.checkMessages, c.id) ? (t.checkMessages as Record<string, Partial<Record<string, CheckSentence>>>)[c.id]! : undefined;
  const entry = byId && Object.hasOwn(byId, c.outcome) ? byId[c.outcome] : undefined;
  if (entry === undefined) return { text: c.message, own: false };
  const details = c.details ?? {};
  let text =
    typeof entry === 'function'
      ? entry({
          details,
          code: c.code,
          from: dateOf(details, FROM_KEYS, lang),
          until: dateOf(details, UNTIL_KEYS, lang),
          number: (n) => formatNumber(n, lang),
        })
      : undefined;
  if (text === undefined && (c.outcome === 'fail' || c.outcome === 'unknown') && typeof c.code === 'string' && Object.hasOwn(t.codeMessages, c.code)) {
    text = t.codeMessages[c.code as keyof typeof t.codeMessages];
  }
  if (text === undefined && typeof entry === 'string') text = entry;
  return text === undefined ? { text: c.message, own: false } : { text, own: true };
}

/** A catalogue sentence as parts: every detail value it quotes (credential text) becomes its own isolated part. */
export function sentenceValues(text: string, details: VerificationCheck['details']): TextPart[] {
  const values = [...new Set(Object.values(details ?? {}).filter((v): v is string => typeof v === 'string' && v.trim() !== '' && text.includes(v)))];
  if (values.length === 0) return [text];
  values.sort((a, b) => b.length - a.length);
  const parts: TextPart[] = [];
  let rest = text;
  while (rest) {
    let at = -1;
    let value = '';
    for (const v of values) {
      const i = rest.indexOf(v);
      if (i !== -1 && (at === -1 || i < at)) [at, value] = [i, v];
    }
    if (at === -1) {
      parts.push(rest);
      break;
    }
    if (at > 0) parts.push(rest.slice(0, at));
    parts.push({ credential: value });
    rest = rest.slice(at + value.length);
  }
  return parts;
}

/** The sentence of a check: the catalogue's with its values isolated, or the report's, isolated whole. */
function renderMessage(c: VerificationCheck, lang?: string) {
  const { text, own } = checkSentence(c, lang);
  if (!own) return html`<bdi class="credential-text">${text}</bdi>`;
  return sentenceValues(text, c.details).map((p) => (typeof p === 'string' ? p : html`<bdi class="credential-text">${p.credential}</bdi>`));
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
                <p class="check-message">${renderMessage(c, lang)}</p>
                ${renderDetails(c, lang)}
              </div>
            </li>
          `,
        )}
      </ol>
    </section>
  `;
}
