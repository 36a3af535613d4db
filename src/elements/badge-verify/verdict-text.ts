/**
 * Plain-language sentences for every state and code of the verification contract, read from the
 * UI catalogue (`../shared/i18n/`, the verdict part of section `verify`: `verdictStrings()`) in the
 * element's language. Shared by `<badge-verify>` and the card's verify mark, so it reads no
 * dialog-only strings. The `Record<…>` types make the compiler refuse a missing entry when the
 * contract grows. No Lit, no DOM: pure text decisions.
 */
import type { VerificationCode, VerificationReport, VerificationState } from '../../core/types.js';
import type { StateStrings } from '../shared/i18n/en-verdict.js';
import { verdictStrings } from '../shared/i18n/verdict.js';

/** How a verdict looks. Only `verified` is green with a check mark. */
export type VerdictTone = 'verified' | 'caution' | 'revoked' | 'invalid' | 'unknown';

export interface StateText extends StateStrings {
  tone: VerdictTone;
}

const TONE: Record<VerificationState, VerdictTone> = {
  valid: 'verified',
  expired: 'caution',
  'not-yet-valid': 'caution',
  revoked: 'revoked',
  suspended: 'caution',
  'status-unknown': 'caution',
  invalid: 'invalid',
  unverifiable: 'unknown',
};

/** Every state's text in a language (`ar`, `de-CH`, …; English by default), from the catalogue. */
export function stateText(lang?: string): Record<VerificationState, StateText> {
  const states = verdictStrings(lang).states;
  const out = {} as Record<VerificationState, StateText>;
  for (const state of Object.keys(TONE) as VerificationState[]) out[state] = { tone: TONE[state], ...states[state] };
  return out;
}

/** English state texts (compatibility; use `stateText(lang)`). */
export const STATE_TEXT: Record<VerificationState, StateText> = stateText('en');

/** The reason clause for each code, in a language ("Not verified: <clause>"). */
export const codeText = (lang?: string): Record<VerificationCode, string> => verdictStrings(lang).codes;

/** English reason clauses (compatibility; use `codeText(lang)`). */
export const CODE_TEXT: Record<VerificationCode, string> = codeText('en');

const AUTHENTIC_STATES = new Set<VerificationState>(['valid', 'expired', 'not-yet-valid', 'revoked', 'suspended', 'status-unknown']);

/**
 * The state the UI shows. Defensive: an authentic-looking state without
 * `authentic: true` is shown as "could not check", never as verified.
 */
export function displayState(report: VerificationReport): VerificationState {
  if (report.authentic) return AUTHENTIC_STATES.has(report.state) ? report.state : 'invalid';
  return AUTHENTIC_STATES.has(report.state) ? 'unverifiable' : report.state;
}

/** The reason clause of a non-authentic report, in a language (English by default). */
export function causeOf(report: VerificationReport, lang?: string): string {
  const t = verdictStrings(lang);
  if (report.code === 'fetch-failed' || report.code === undefined) {
    // a more precise check-level cause (e.g. CORS) wins over the generic one
    for (const c of report.checks) {
      if ((c.outcome === 'fail' || c.outcome === 'unknown') && typeof c.code === 'string' && Object.hasOwn(t.extraCauses, c.code)) {
        return t.extraCauses[c.code]!;
      }
    }
    const http = report.checks.find((c) => c.code === 'fetch-failed' && typeof c.details?.status === 'number');
    if (http && report.code === 'fetch-failed') return t.httpErrorCause(String(http.details!.status));
  }
  if (report.code) return t.codes[report.code] ?? report.code;
  return report.state === 'invalid' ? t.failedCause : t.uncheckedCause;
}

/** Marks where credential text goes in a catalogue sentence (a private-use character, removed from credential text). */
const SLOT = '\uE000';
/** Explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): credential text may not steer the verdict's layout. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** The most credential characters a headline carries. */
export const HEADLINE_TEXT_MAX = 60;

/**
 * Credential text cut to one headline-sized piece: no bidi controls, no stacks of combining
 * marks, one line, at most `max` characters (then "…"). Shown inside a `<bdi>` all the same.
 */
export function clampText(text: string, max = HEADLINE_TEXT_MAX): string {
  const clean = text
    .replace(BIDI_CONTROLS, '')
    .replaceAll(SLOT, '')
    .replace(/(\p{M}{2})\p{M}+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : clean;
}

/** A piece of a sentence: catalogue text, or credential text to show isolated (`<bdi>`). */
export type TextPart = string | { credential: string };

/**
 * A catalogue sentence with credential text in it, as parts: `sentence(slot)` is called once with a
 * marker, so a translation may place the value anywhere.
 */
export function sentenceParts(sentence: (slot: string | undefined) => string, value: string | undefined): TextPart[] {
  if (value === undefined) return [sentence(undefined)];
  const out: TextPart[] = [];
  sentence(SLOT)
    .split(SLOT)
    .forEach((piece, i) => {
      if (i > 0) out.push({ credential: value });
      if (piece) out.push(piece);
    });
  return out;
}

/** Parts as one line of plain text, credential text wrapped in FSI…PDI (isolated for labels and tooltips too). */
export const partsText = (parts: TextPart[]): string =>
  parts.map((p) => (typeof p === 'string' ? p : `\u2068${p.credential}\u2069`)).join('');

/** Everything the headline shows, as text. */
export function verdictOf(report: VerificationReport, formatDate: (iso: string | undefined) => string, lang?: string) {
  const state = displayState(report);
  const text = { tone: TONE[state], ...verdictStrings(lang).states[state] };
  const badge = report.badge;
  const iso = state === 'expired' ? badge?.expires : state === 'not-yet-valid' ? badge?.issued : undefined;
  const given = report.reason ?? badge?.revoked?.reason;
  // a bare status purpose ("revocation") repeats the headline: only a real reason is shown
  const reason = given && !/^(revocation|revoked|suspension|suspended)$/i.test(given.trim()) ? given.trim().replaceAll(SLOT, '') : undefined;
  // a short reason goes in the headline (clamped, isolated); a sentence goes on its own line
  const clamped = reason ? clampText(reason) : undefined;
  const short = clamped && reason!.length <= HEADLINE_TEXT_MAX && !/[.!?]$/.test(clamped) ? clamped : undefined;
  const date = iso ? formatDate(iso) : undefined;
  const cause = causeOf(report, lang);
  const headlineParts = sentenceParts((slot) => text.headline({ date, reason: slot, cause }), short);
  return {
    state,
    tone: text.tone,
    iconLabel: text.iconLabel,
    /** One line of text; credential text in it is isolated with FSI…PDI. */
    headline: partsText(headlineParts),
    /** The headline as parts: render `{ credential }` parts in a `<bdi>`. */
    headlineParts,
    explanation: text.explanation,
    /** A reason too long for the headline, shown apart (full text: render it isolated and clamped). */
    reason: (state === 'revoked' || state === 'suspended') && reason && !short ? reason : undefined,
  };
}
