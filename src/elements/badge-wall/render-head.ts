/**
 * The wall's header parts (title, count, loading progress, verification summary, source errors), and what the
 * wall's entry renders with them before its lazily loaded body is in (`renderHead`: "loading", or the sources'
 * errors when the body could not be loaded). The body's `renderStatus` (`render-status.ts`) composes the same
 * parts with the live progress and the summary of the verified items.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { around, type WallHeadText } from './text.js';

export interface HeadContext {
  title: string;
  description?: string;
  /** The sources are still on their way (no count yet). */
  loadingSources: boolean;
  total: number;
  shown: number;
  settled: number;
  errors: { source: string; code: string; message: string }[];
  text: WallHeadText;
}

export function renderHeader(c: HeadContext): TemplateResult {
  const { t, num } = c.text;
  return html`<header class="top" part="header">
      <h2 part="title" dir="auto">${c.title}</h2>
      <p class="count" part="count">${c.loadingSources ? t.loading : t.count(num(c.total), c.total, c.shown !== c.total && c.total ? num(c.shown) : undefined)}</p>
      ${c.description ? html`<p class="desc" dir="auto">${c.description}</p>` : nothing}
    </header>`;
}

/** The progress bar and its text; `fill`: the bar's filled part (empty until the body sets its width). */
export function renderProgress(c: HeadContext, fill: TemplateResult): TemplateResult {
  const { t, num } = c.text;
  const progress = c.loadingSources ? t.progressList : t.progress(num(c.settled), num(c.total));
  return html`<div class="progress" part="progress">
        <div class="track" role="progressbar" aria-label=${t.progressLabel} aria-valuemin="0" aria-valuemax=${c.total || 1}
          aria-valuenow=${c.settled} aria-valuetext=${progress.replace(/…$/, '')}>${fill}</div>
        <span>${progress}</span>
      </div>`;
}

/** The verify-all summary ("Verifying… 998 verified, 2 revoked"; announced once done). */
export function renderSummary(summary: string, verifying: boolean, { t }: WallHeadText): TemplateResult {
  return html`<p class="summary ${verifying ? '' : 'done'}" part="summary" role=${verifying ? nothing : 'status'}>${verifying ? `${t.verifying} ` : ''}${summary}</p>`;
}

function sourceError(e: HeadContext['errors'][number], t: WallHeadText['t']): TemplateResult {
  if (e.source === 'feed') return html`<p class="notice" part="source-error">${t.feedError(e.message, e.code)}</p>`;
  const [before, after] = around((source) => t.sourceError(source, e.message, e.code));
  return html`<p class="notice" part="source-error">${before}<bdi>${e.source}</bdi>${after}</p>`;
}

export const renderErrors = (c: HeadContext): TemplateResult[] => c.errors.map((e) => sourceError(e, c.text.t));

/**
 * Before the body is in there are no items: the header, then "loading" while the sources (and the body) are
 * on their way, else (the body could not be loaded) the sources' errors; with `verify-all`, its (empty) summary.
 */
export function renderHead(c: HeadContext, verifyAll: boolean): TemplateResult {
  return html`${renderHeader(c)}
    ${c.loadingSources || verifyAll ? html`<div class="status-row">
      ${c.loadingSources ? renderProgress(c, html`<span></span>`) : nothing}
      ${verifyAll ? renderSummary(c.text.t.summaryNone, c.loadingSources, c.text) : nothing}
    </div>` : nothing}
    ${renderErrors(c)}`;
}
