/**
 * One tile of the wall, rendered from the Badge model (not a `<badge-card>`: 4–5 elements per tile keep a
 * virtualized wall of 10,000 under 500 DOM elements). Fixed size; the image is lazy; text is text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../shared/format-date.js';
import { safeImageUrl } from '../shared/safe-url.js';
import type { WallStrings } from '../shared/i18n/en.js';
import { itemState, type ItemState, type WallItem } from './model.js';

export interface TileContext {
  now: number;
  lang: string;
  t: WallStrings;
  /** The item with tabindex 0 (roving tabindex). */
  active: number;
  /** Position and set size for assistive technology (the list is virtualized). */
  pos: number;
  size: number;
}

function pill(item: WallItem, state: ItemState, t: WallStrings): TemplateResult | typeof nothing {
  if (item.verified) {
    const label = item.verified.state === 'valid' ? t.verified : t.states[item.verified.state];
    return html`<span class="pill" data-state=${item.verified.state} part="tile-state">${label}</span>`;
  }
  if (state === 'valid') return nothing;
  return html`<span class="pill" data-state=${state} part="tile-state">${t.states[state]}</span>`;
}

export function renderTile(item: WallItem, ctx: TileContext): TemplateResult {
  const tabindex = item.index === ctx.active ? 0 : -1;
  if (item.status === 'pending') {
    return html`<div role="listitem" class="tile pending noimg" part="tile tile-pending" data-index=${item.index} tabindex=${tabindex}
      aria-posinset=${ctx.pos} aria-setsize=${ctx.size} aria-busy="true"><span class="name">${ctx.t.tileLoading}</span></div>`;
  }
  if (item.status === 'error' || !item.badge) {
    return html`<div role="listitem" class="tile error" part="tile tile-error" data-index=${item.index} tabindex=${tabindex}
      aria-posinset=${ctx.pos} aria-setsize=${ctx.size}><span class="name">${ctx.t.tileError}</span><span class="meta" title=${item.error?.message ?? ''}>${item.error?.message ?? ''} (${item.error?.code ?? 'error'})</span></div>`;
  }
  const b = item.badge;
  const state = itemState(item, ctx.now);
  const src = safeImageUrl(b.image?.url);
  const when = item.entry.kind === 'available' ? (b.achievementType ?? ctx.t.defaultType) : b.issued ? formatDate(b.issued, ctx.lang) : '';
  const meta = when ? `${when} · ${b.issuer.name}` : b.issuer.name;
  return html`<div role="listitem" class=${src ? 'tile' : 'tile noimg'} part="tile" data-index=${item.index} data-state=${state} tabindex=${tabindex}
    aria-posinset=${ctx.pos} aria-setsize=${ctx.size}>${src
      ? html`<img src=${src} alt="" width="64" height="64" loading="lazy" decoding="async" referrerpolicy="no-referrer" part="tile-image">`
      : nothing}<span class="name" part="tile-name" dir="auto">${b.name}</span><span class="meta" part="tile-meta" dir="auto">${meta}</span>${pill(item, state, ctx.t)}</div>`;
}

/** Tile text for a screen reader / title, e.g. in the details dialog label. */
export function tileLabel(item: WallItem, t: WallStrings): string {
  return item.badge ? `${item.badge.name}, ${item.badge.issuer.name}` : item.error?.message ?? t.defaultType;
}

