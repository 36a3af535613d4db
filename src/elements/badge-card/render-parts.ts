import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import type { Badge, BadgeAlignment } from '../../core/types.js';
import { formatDate, parseDate } from '../shared/format-date.js';
import { icons } from '../shared/icons.js';
import { markdownToPlainText } from '../shared/plain-text.js';
import { middleEllipsis, safeImageUrl, safeLinkUrl } from '../shared/safe-url.js';
import type { RenderContext } from './render-context.js';
import { achievementTypeLabel, type CardValidity } from './validity.js';

const headings = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The badge name as a real heading at the configured level (2–6). */
export function renderName(badge: Badge, ctx: RenderContext): TemplateResult {
  const tag = headings[Math.min(6, Math.max(2, ctx.headingLevel)) - 2]!;
  return staticHtml`<${tag} id="name" part="name" class="name" title=${badge.name}><bdi>${badge.name}</bdi></${tag}>`;
}

/** The image in a fixed box; a neutral placeholder when missing, refused or broken. */
export function renderImage(badge: Badge, ctx: RenderContext): TemplateResult {
  const src = safeImageUrl(badge.image?.url);
  const alt = badge.image?.alt || ctx.strings.imageAltFallback(badge.name);
  const box = ctx.layout === 'compact' ? 'compactImage' : 'image';
  return html`<div part="image" class="image">
    ${src && ctx.images && !ctx.imageFailed
      ? html`<img src=${src} alt=${alt} referrerpolicy="no-referrer" loading="lazy" decoding="async" @error=${ctx.onImageError} data-box=${box} />`
      : html`<div class="placeholder" part="image-placeholder" role="img" aria-label=${alt}>${icons.medal}</div>`}
  </div>`;
}

/** The issuer's self-declared name, and apart from it the checkable origin (host or DID). */
export function renderIssuer(badge: Badge, ctx: RenderContext): TemplateResult {
  const s = ctx.strings;
  return html`<p part="issuer" class="issuer clamp1" title=${`${s.issuedBy} ${badge.issuer.name}`}>
      ${s.issuedBy} <bdi>${badge.issuer.name}</bdi>
    </p>
    ${renderOrigin(badge, ctx)}`;
}

export function renderOrigin(badge: Badge, ctx: RenderContext): TemplateResult | typeof nothing {
  const origin = badge.issuer.origin;
  if (!origin) return nothing;
  const isDid = origin.startsWith('did:');
  return html`<p part="issuer-origin" class="origin" title=${ctx.strings.issuerOriginHint(origin)}>
    ${isDid ? icons.key : icons.globe}<span class="visually-hidden">${ctx.strings.issuerOrigin}: </span><span>${middleEllipsis(origin, ctx.size === 'small' ? 26 : 34)}</span>
  </p>`;
}

export function renderTypeLabel(badge: Badge, ctx: RenderContext): TemplateResult | typeof nothing {
  if (!badge.achievementType) return nothing;
  return html`<span part="type" class="type">${achievementTypeLabel(badge.achievementType, ctx.strings.achievementTypes)}</span>`;
}

/** "Revoked" / "Expired" / "Not yet valid" pills (words, not colour alone). */
export function renderPills(v: CardValidity, ctx: RenderContext): TemplateResult | typeof nothing {
  const s = ctx.strings;
  if (!v.revoked && !v.expired && !v.notYetValid) return nothing;
  return html`<div part="status" class="pills">
    ${v.revoked ? html`<span class="pill revoked">${s.revoked}</span>` : nothing}
    ${v.expired ? html`<span class="pill expired">${s.expired}</span>` : nothing}
    ${v.notYetValid ? html`<span class="pill not-yet-valid">${s.notYetValid}</span>` : nothing}
  </div>`;
}

export function renderRevokedReason(v: CardValidity, ctx: RenderContext): TemplateResult | typeof nothing {
  if (!v.revoked?.reason) return nothing;
  return html`<p part="revoked-reason" class="revoked-reason"><bdi>${ctx.strings.revokedReason(v.revoked.reason)}</bdi></p>`;
}

function time(iso: string, ctx: RenderContext, cls = ''): TemplateResult {
  const d = parseDate(iso);
  return html`<time class=${cls} datetime=${d ? d.toISOString() : iso}>${formatDate(iso, ctx.lang)}</time>`;
}

export function renderDates(badge: Badge, v: CardValidity, ctx: RenderContext): TemplateResult | typeof nothing {
  const s = ctx.strings;
  if (!badge.issued && !badge.expires) return nothing;
  return html`<dl part="dates" class="dates">
    ${badge.issued
      ? html`<div><dt>${v.notYetValid ? s.validFrom : s.issued}</dt><dd>${time(badge.issued, ctx)}</dd></div>`
      : nothing}
    ${badge.expires
      ? html`<div><dt>${v.expired ? s.expired : s.expires}</dt><dd>${time(badge.expires, ctx, v.expired ? 'past' : '')}</dd></div>`
      : nothing}
  </dl>`;
}

/** Issued date for the compact line: a `<time>` with an accessible "Issued" label. */
export function renderShortDate(iso: string, ctx: RenderContext): TemplateResult {
  return html`<span class="visually-hidden">${ctx.strings.issued} </span>${time(iso, ctx)}`;
}

function externalLink(href: string, text: string | TemplateResult, ctx: RenderContext, cls = ''): TemplateResult {
  return html`<a class=${cls} href=${href} target="_blank" rel="noopener noreferrer">${text}<span class="visually-hidden"> ${ctx.strings.opensInNewTab}</span></a>`;
}

export function renderDescription(badge: Badge): TemplateResult | typeof nothing {
  if (!badge.description) return nothing;
  return html`<p part="description" class="description">${badge.description}</p>`;
}

/** Criteria narrative as plain text (Markdown comes later), plus a link to the criteria page. */
export function renderCriteria(badge: Badge, ctx: RenderContext): TemplateResult | typeof nothing {
  const label = ctx.strings.criteria;
  let narrative = markdownToPlainText(badge.criteria?.narrative ?? '');
  if (narrative.toLowerCase().startsWith(`${label.toLowerCase()}:`)) narrative = narrative.slice(label.length + 1).trim();
  const url = safeLinkUrl(badge.criteria?.url);
  if (!narrative && !url) return nothing;
  return html`<div part="criteria" class="criteria">
    ${narrative
      ? html`<p class="narrative" title=${narrative}><span class="section-title">${label}</span> ${narrative}</p>`
      : html`<p class="section-title">${label}</p>`}
    ${url ? externalLink(url, html`${ctx.strings.viewCriteria} ${icons.external}`, ctx, 'more') : nothing}
  </div>`;
}

function skill(a: BadgeAlignment, ctx: RenderContext): TemplateResult {
  const url = safeLinkUrl(a.url);
  const title = [a.name, a.framework, a.code].filter(Boolean).join(' · ');
  return html`<li>${url
    ? html`<a class="chip" part="skill" href=${url} target="_blank" rel="noopener noreferrer" title=${title}><bdi>${a.name}</bdi><span class="visually-hidden"> ${ctx.strings.opensInNewTab}</span></a>`
    : html`<span class="chip" part="skill" title=${title}><bdi>${a.name}</bdi></span>`}</li>`;
}

export function renderSkills(badge: Badge, ctx: RenderContext): TemplateResult | typeof nothing {
  const list = badge.alignments.filter((a) => a.name);
  if (!list.length) return nothing;
  return html`<ul part="skills" class="chips skills" aria-label=${ctx.strings.skills}>${list.map((a) => skill(a, ctx))}</ul>`;
}

export function renderTags(badge: Badge, ctx: RenderContext): TemplateResult | typeof nothing {
  const tags = badge.tags.filter((t) => typeof t === 'string' && t.trim());
  if (!tags.length) return nothing;
  return html`<ul part="tags" class="chips tags" aria-label=${ctx.strings.tags}>
    ${tags.map((t) => html`<li><span class="tag" title=${t}><bdi>${t}</bdi></span></li>`)}
  </ul>`;
}
