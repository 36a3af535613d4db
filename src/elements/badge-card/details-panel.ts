/**
 * The card's details panel (full criteria, evidence, endorsements as Markdown) with its styles:
 * loaded with `import()` the first time a card's panel is opened (`badge-card.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Badge, BadgeEndorsement, BadgeEvidence } from '../../core/types.js';
import { formatDate } from '../shared/format-date.js';
import { markdown } from '../shared/markdown-directive.js';
import { safeLinkUrl } from '../shared/safe-url.js';
import type { RenderContext } from './render-context.js';

export { detailsPanelStyles } from './details.styles.js';

function evidence(e: BadgeEvidence, ctx: RenderContext, level: number): TemplateResult {
  const url = safeLinkUrl(e.id);
  return html`<li class="item">
    ${e.name ? html`<p class="item-title"><bdi>${e.name}</bdi></p>` : nothing}
    ${e.description ? html`<p class="item-text">${e.description}</p>` : nothing}
    ${e.narrative ? html`<div class="md">${markdown(e.narrative, { headingLevel: level, images: ctx.images })}</div>` : nothing}
    ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${ctx.details.viewEvidence}<span class="visually-hidden"> ${ctx.strings.opensInNewTab}</span></a>` : nothing}
  </li>`;
}

function endorsement(e: BadgeEndorsement, ctx: RenderContext, level: number): TemplateResult {
  const s = ctx.details;
  return html`<li class="item">
    <p class="item-title">${s.endorsedBy} <bdi>${e.issuerName || e.issuerId || s.unknownEndorser}</bdi>${e.issued ? html` · ${formatDate(e.issued, ctx.lang)}` : nothing}</p>
    ${e.comment ? html`<div class="md">${markdown(e.comment, { headingLevel: level, images: ctx.images })}</div>` : nothing}
  </li>`;
}

/**
 * The details panel: covers the card body (inside the card's box, scrolls), renders the Markdown
 * fields with the lazily loaded sanitizing renderer (plain text until it loads). Only rendered
 * while open (and when the badge has details: `CardDetailsController.render`), so the renderer
 * loads when a Markdown field is actually shown. Strings come in `ctx` (this module imports
 * nothing the card's own chunk has besides Lit, so no extra shared chunk forms).
 */
export function renderDetailsPanel(badge: Badge, ctx: RenderContext): TemplateResult | typeof nothing {
  if (!ctx.detailsOpen) return nothing;
  const s = ctx.details;
  const h = Math.min(6, Math.max(2, ctx.headingLevel) + 1);
  const sub = Math.min(6, h + 1);
  const heading = (text: string, cls = '') => html`<p class="details-heading ${cls}" role="heading" aria-level=${h}>${text}</p>`;
  const evidenceList = badge.evidence.filter((e) => e.narrative || e.name || e.description);
  const endorsements = badge.endorsements.filter((e) => e.comment);
  const criteriaUrl = safeLinkUrl(badge.criteria?.url);
  return html`<section part="details" class="details" id="details" aria-label=${s.detailsLabel(badge.name)} @keydown=${ctx.onDetailsKeydown}>
    <div class="details-bar">
      <p class="details-title"><bdi>${badge.name}</bdi></p>
      <button type="button" class="details-close" part="details-close" @click=${ctx.onToggleDetails}>${s.close}</button>
    </div>
    ${badge.criteria?.narrative?.trim()
      ? html`<div class="details-section" part="details-criteria">
          ${heading(ctx.strings.criteria)}
          <div class="md">${markdown(badge.criteria.narrative, { headingLevel: sub, images: ctx.images })}</div>
          ${criteriaUrl ? html`<a href=${criteriaUrl} target="_blank" rel="noopener noreferrer">${ctx.strings.viewCriteria}<span class="visually-hidden"> ${ctx.strings.opensInNewTab}</span></a>` : nothing}
        </div>`
      : nothing}
    ${evidenceList.length
      ? html`<div class="details-section" part="details-evidence">${heading(s.evidence)}<ul class="items">${evidenceList.map((e) => evidence(e, ctx, sub))}</ul></div>`
      : nothing}
    ${endorsements.length
      ? html`<div class="details-section" part="details-endorsements">${heading(s.endorsements)}<ul class="items">${endorsements.map((e) => endorsement(e, ctx, sub))}</ul></div>`
      : nothing}
  </section>`;
}
