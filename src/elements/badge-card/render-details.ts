import { html, nothing, type TemplateResult } from 'lit';
import type { Badge } from '../../core/types.js';
import type { RenderContext } from './render-context.js';

/** Does the badge have Markdown fields worth a "Details" panel (full criteria, evidence, endorsements)? */
export function hasDetails(badge: Badge): boolean {
  return Boolean(badge.criteria?.narrative?.trim()) || badge.evidence.some((e) => e.narrative || e.name || e.description) || badge.endorsements.some((e) => e.comment);
}

/** The button that opens the details panel (full layout only). */
export function renderDetailsToggle(badge: Badge, ctx: RenderContext): TemplateResult | typeof nothing {
  if (!hasDetails(badge)) return nothing;
  const s = ctx.details;
  return html`<button type="button" class="details-toggle" part="details-button" aria-expanded=${ctx.detailsOpen ? 'true' : 'false'} aria-controls="details" @click=${ctx.onToggleDetails}>${s.details}</button>`;
}

/** `load="on-click"`: nothing is requested until the user presses "Show badge". */
export function renderDeferred(ctx: RenderContext, host: string | undefined): TemplateResult {
  const s = ctx.details;
  return html`<div part="base deferred" class="card ${ctx.layout} deferred">
    <div class="empty">
      <button type="button" part="show-button" class="show-button" @click=${ctx.onActivate}>${s.showBadge}</button>
      <p class="deferred-note">${host ? s.willContact(host) : s.nothingLoaded}</p>
    </div>
  </div>`;
}
