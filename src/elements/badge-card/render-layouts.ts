import { html, type TemplateResult } from 'lit';
import type { Badge } from '../../core/types.js';
import type { BadgeErrorInfo } from '../shared/events.js';
import { icons } from '../shared/icons.js';
import type { RenderContext } from './render-context.js';
import {
  renderCriteria, renderDates, renderDescription, renderImage, renderIssuer, renderName, renderOrigin,
  renderPills, renderRevokedReason, renderShortDate, renderSkills, renderTags, renderTypeLabel,
} from './render-parts.js';
import { renderDetailsToggle } from './render-details.js';
import { cardValidity } from './validity.js';
import { renderSkeleton } from './skeleton.js';

/** `layout="full"`: image band, name, issuer + origin, dates, description, criteria, skills, tags. */
export function renderFull(badge: Badge, ctx: RenderContext): TemplateResult {
  const v = cardValidity(badge, ctx.now);
  return html`<article part="base" class="card full" aria-labelledby="name">
    <div part="header" class="band">
      ${renderTypeLabel(badge, ctx)} ${renderPills(v, ctx)} ${renderImage(badge, ctx)}
    </div>
    <div part="body" class="body">
      <div class="head">${renderName(badge, ctx)} ${renderIssuer(badge, ctx)}</div>
      ${renderDates(badge, v, ctx)} ${renderRevokedReason(v, ctx)} ${renderDescription(badge)}
      ${renderSkills(badge, ctx)} ${renderCriteria(badge, ctx)} ${renderTags(badge, ctx)}
    </div>
    <div part="actions" class="footer">${ctx.verifyControls?.(false) ?? ''}${renderDetailsToggle(badge, ctx)}${ctx.shareControls?.(badge, false) ?? ''}<slot name="actions"></slot></div>
    ${ctx.printInfo?.(badge) ?? ''}
    ${ctx.detailsOpen ? ctx.detailsPanel?.(badge) ?? '' : ''}
  </article>`;
}

/** `layout="compact"`: one row with image, name, issuer and a status pill. */
export function renderCompact(badge: Badge, ctx: RenderContext): TemplateResult {
  const v = cardValidity(badge, ctx.now);
  return html`<article part="base" class="card compact" aria-labelledby="name">
    ${renderImage(badge, ctx)}
    <div class="text">
      ${renderName(badge, ctx)}
      <p part="issuer" class="issuer clamp1" title=${`${ctx.strings.issuedBy} ${badge.issuer.name}`}>
        ${ctx.strings.issuedBy} <bdi>${badge.issuer.name}</bdi>
      </p>
      <div class="line">
        ${renderOrigin(badge, ctx)}
        ${badge.issued ? html`<span class="when" part="dates">${renderShortDate(badge.issued, ctx)}</span>` : ''}
        ${renderPills(v, ctx)}
      </div>
    </div>
    ${ctx.verifyControls?.(true) ?? ''}${ctx.shareControls?.(badge, true) ?? ''}<slot name="actions"></slot>
    ${ctx.printInfo?.(badge) ?? ''}
  </article>`;
}

/** The skeleton, with its localized "Loading" status for assistive technology. */
export function renderLoading(ctx: RenderContext): TemplateResult {
  return renderSkeleton(ctx.layout, html`<span class="visually-hidden" role="status">${ctx.strings.loadingBadge}</span>`);
}

/** The error's human message, its code, and a Retry button. */
export function renderError(error: BadgeErrorInfo, ctx: RenderContext): TemplateResult {
  const s = ctx.strings;
  const message = error.message || s.errors[error.code] || '';
  const revoked = error.status === 410;
  return html`<div part="base error" class="card ${ctx.layout}" role="group" aria-labelledby="error-title">
    <div class="error">
      <span class="error-icon">${icons.alert}</span>
      <div class="error-text">
        ${revoked ? html`<span class="pill revoked" part="status">${s.revoked}</span>` : ''}
        <p class="error-title" id="error-title">${revoked ? s.revokedTitle : s.errorTitle}</p>
        <p class="error-message" part="error-message">${message}</p>
        <p class="error-code" part="error-code">${s.errorCode(error.code)}</p>
      </div>
      ${revoked ? '' : html`<button type="button" part="retry-button" aria-label=${s.retryLabel} @click=${ctx.onRetry}>${s.retry}</button>`}
    </div>
  </div>`;
}

/** No `src` / `credential`: the light-DOM content (a no-JS fallback) or a quiet placeholder. */
export function renderEmpty(ctx: RenderContext): TemplateResult {
  return html`<div part="base" class="card ${ctx.layout}">
    <div class="empty"><slot>${ctx.strings.empty}</slot></div>
  </div>`;
}
