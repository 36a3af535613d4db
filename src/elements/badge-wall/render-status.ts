/** The wall's header (title, count, loading progress, verification summary, source errors) and the details dialog. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BadgeClient } from '../../core/client.js';
import type { VerificationState } from '../../core/types.js';
import { cssomStyle } from '../shared/cssom-style.js';
import type { WallItem } from './model.js';
import { num } from './render-controls.js';
import { tileLabel } from './render-tile.js';

const SUMMARY_WORD: Record<VerificationState, string> = {
  valid: 'verified', expired: 'expired', 'not-yet-valid': 'not yet valid', revoked: 'revoked', suspended: 'suspended',
  'status-unknown': 'status unknown', invalid: 'not authentic', unverifiable: 'unverifiable',
};
const ORDER: VerificationState[] = ['valid', 'expired', 'not-yet-valid', 'revoked', 'suspended', 'status-unknown', 'invalid', 'unverifiable'];

/** "998 verified, 2 revoked". */
export function summaryText(byState: Partial<Record<VerificationState, number>>): string {
  const parts = ORDER.filter((s) => byState[s]).map((s) => `${num(byState[s]!)} ${SUMMARY_WORD[s]}`);
  return parts.join(', ') || 'Nothing verified yet';
}

export interface StatusContext {
  title: string;
  description?: string;
  loadingSources: boolean;
  total: number;
  shown: number;
  settled: number;
  errors: { source: string; code: string; message: string }[];
  verify?: { done: number; todo: number; byState: Partial<Record<VerificationState, number>> };
  loadDone: boolean;
}

export function renderStatus(c: StatusContext): TemplateResult {
  const loading = c.loadingSources || (c.total > 0 && !c.loadDone);
  const pct = c.total ? Math.round((c.settled / c.total) * 100) : 0;
  const v = c.verify;
  const verifying = v && (v.todo > 0 || !c.loadDone);
  return html`<header class="top" part="header">
      <h2 part="title" dir="auto">${c.title}</h2>
      <p class="count" part="count">${c.loadingSources ? 'Loading…' : `${num(c.total)} ${c.total === 1 ? 'badge' : 'badges'}${c.shown !== c.total && c.total ? `, ${num(c.shown)} shown` : ''}`}</p>
      ${c.description ? html`<p class="desc" dir="auto">${c.description}</p>` : nothing}
    </header>
    ${loading || v ? html`<div class="status-row">
      ${loading ? html`<div class="progress" part="progress">
        <div class="track" role="progressbar" aria-label="Loading badges" aria-valuemin="0" aria-valuemax=${c.total || 1}
          aria-valuenow=${c.settled} aria-valuetext=${c.loadingSources ? 'Loading the list' : `${num(c.settled)} of ${num(c.total)}`}><span ${cssomStyle({ inlineSize: `${pct}%` })}></span></div>
        <span>${c.loadingSources ? 'Loading the list…' : `${num(c.settled)} of ${num(c.total)}`}</span>
      </div>` : nothing}
      ${v ? html`<p class="summary ${verifying ? '' : 'done'}" part="summary" role=${ifDefined(verifying ? undefined : 'status')}>${verifying ? 'Verifying… ' : ''}${summaryText(v.byState)}</p>` : nothing}
    </div>` : nothing}
    ${c.errors.map((e) => html`<p class="notice" part="source-error">Could not load ${e.source === 'feed' ? 'the feed' : html`<bdi>${e.source}</bdi>`}: ${e.message} (${e.code})</p>`)}`;
}

export function renderDetails(item: WallItem | undefined, client: BadgeClient, theme: string, close: () => void): TemplateResult | typeof nothing {
  if (!item) return nothing;
  const input = item.entry.input;
  const url = typeof input === 'string' && /^https?:/i.test(input) ? input : undefined;
  return html`<dialog aria-label=${tileLabel(item)} @close=${close} @cancel=${close}>
    <div class="dlg">
      <button type="button" class="close" @click=${close}>Close</button>
      <badge-card src=${ifDefined(url)} .credential=${url ? undefined : input} .client=${client} theme=${theme} heading-level="2"></badge-card>
    </div>
  </dialog>`;
}
