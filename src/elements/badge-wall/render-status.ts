/**
 * The wall's header once its body is in (title, count, loading progress, verification summary, source errors),
 * from the parts the entry also renders before the body (`render-head.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VerificationState } from '../../core/types.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { renderErrors, renderHeader, renderProgress, renderSummary, type HeadContext } from './render-head.js';
import type { WallHeadText } from './text.js';

const ORDER: VerificationState[] = ['valid', 'expired', 'not-yet-valid', 'revoked', 'suspended', 'status-unknown', 'invalid', 'unverifiable'];

/** "998 verified, 2 revoked". */
export function summaryText(byState: Partial<Record<VerificationState, number>>, { t, num }: WallHeadText): string {
  const parts = ORDER.filter((s) => byState[s]).map((s) => t.summary[s](num(byState[s]!), byState[s]!));
  return parts.join(t.separator) || t.summaryNone;
}

export interface StatusContext extends HeadContext {
  verify?: { done: number; todo: number; byState: Partial<Record<VerificationState, number>> };
  loadDone: boolean;
}

export function renderStatus(c: StatusContext): TemplateResult {
  const loading = c.loadingSources || (c.total > 0 && !c.loadDone);
  const pct = c.total ? Math.round((c.settled / c.total) * 100) : 0;
  const v = c.verify;
  return html`${renderHeader(c)}
    ${loading || v ? html`<div class="status-row">
      ${loading ? renderProgress(c, html`<span ${cssomStyle({ inlineSize: `${pct}%` })}></span>`) : nothing}
      ${v ? renderSummary(summaryText(v.byState, c.text), v.todo > 0 || !c.loadDone, c.text) : nothing}
    </div>` : nothing}
    ${renderErrors(c)}`;
}
