/** The wall's header (title, count, loading progress, verification summary, source errors). */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { VerificationState } from '../../core/types.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { around, type WallHeadText } from './text.js';

const ORDER: VerificationState[] = ['valid', 'expired', 'not-yet-valid', 'revoked', 'suspended', 'status-unknown', 'invalid', 'unverifiable'];

/** "998 verified, 2 revoked". */
export function summaryText(byState: Partial<Record<VerificationState, number>>, { t, num }: WallHeadText): string {
  const parts = ORDER.filter((s) => byState[s]).map((s) => t.summary[s](num(byState[s]!), byState[s]!));
  return parts.join(t.separator) || t.summaryNone;
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
  text: WallHeadText;
}

function sourceError(e: StatusContext['errors'][number], t: WallHeadText['t']): TemplateResult {
  if (e.source === 'feed') return html`<p class="notice" part="source-error">${t.feedError(e.message, e.code)}</p>`;
  const [before, after] = around((source) => t.sourceError(source, e.message, e.code));
  return html`<p class="notice" part="source-error">${before}<bdi>${e.source}</bdi>${after}</p>`;
}

export function renderStatus(c: StatusContext): TemplateResult {
  const { t, num } = c.text;
  const loading = c.loadingSources || (c.total > 0 && !c.loadDone);
  const pct = c.total ? Math.round((c.settled / c.total) * 100) : 0;
  const v = c.verify;
  const verifying = v && (v.todo > 0 || !c.loadDone);
  const progress = c.loadingSources ? t.progressList : t.progress(num(c.settled), num(c.total));
  return html`<header class="top" part="header">
      <h2 part="title" dir="auto">${c.title}</h2>
      <p class="count" part="count">${c.loadingSources ? t.loading : t.count(num(c.total), c.total, c.shown !== c.total && c.total ? num(c.shown) : undefined)}</p>
      ${c.description ? html`<p class="desc" dir="auto">${c.description}</p>` : nothing}
    </header>
    ${loading || v ? html`<div class="status-row">
      ${loading ? html`<div class="progress" part="progress">
        <div class="track" role="progressbar" aria-label=${t.progressLabel} aria-valuemin="0" aria-valuemax=${c.total || 1}
          aria-valuenow=${c.settled} aria-valuetext=${progress.replace(/…$/, '')}><span ${cssomStyle({ inlineSize: `${pct}%` })}></span></div>
        <span>${progress}</span>
      </div>` : nothing}
      ${v ? html`<p class="summary ${verifying ? '' : 'done'}" part="summary" role=${ifDefined(verifying ? undefined : 'status')}>${verifying ? `${t.verifying} ` : ''}${summaryText(v.byState, c.text)}</p>` : nothing}
    </div>` : nothing}
    ${c.errors.map((e) => sourceError(e, t))}`;
}
