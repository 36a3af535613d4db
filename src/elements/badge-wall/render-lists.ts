/** The virtualized lists of tiles: one list, or one per group with a heading and a count. */
import { html, nothing, type TemplateResult } from 'lit';
import { TILE } from './body.styles.js';
import type { View, WallItem } from './model.js';
import { renderTile } from './render-tile.js';
import type { WallText } from './text.js';
import type { Virtual } from './virtual.js';

export interface ListsContext {
  virtual: Virtual;
  view: View;
  total: number;
  layout: 'grid' | 'list';
  active: number;
  now: number;
  text: WallText;
  onVisible: (items: WallItem[], e: Event) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onClick: (e: Event) => void;
  onReset: () => void;
}

function renderList(c: ListsContext, items: WallItem[], group: number, offset: number, label: string): TemplateResult {
  const v = c.virtual;
  const tile = { now: c.now, lang: c.text.lang, t: c.text.t, active: c.active, size: c.view.items.length };
  return html`<div class="list" part="list" role="list" aria-label=${label} data-group=${group}
    @visibilityChanged=${(e: Event) => c.onVisible(items, e)} @keydown=${c.onKeyDown} @click=${c.onClick}>${v.virtualize({
      items,
      // (the virtualizer may ask for a position past the end for one frame after the list shrank)
      keyFunction: (it: WallItem | undefined) => it?.index ?? -1,
      renderItem: (it: WallItem | undefined, i: number) => (it ? renderTile(it, { ...tile, pos: offset + i + 1 }) : html``),
      layout: c.layout === 'list' ? v.list() : v.grid(TILE.width, TILE.height, TILE.gap, c.text.dir === 'rtl'),
    })}</div>`;
}

export function renderLists(c: ListsContext): TemplateResult | typeof nothing {
  if (c.total === 0) return nothing;
  const { t, num } = c.text;
  const shown = c.view.items.length;
  if (shown === 0) return html`<p class="empty" part="empty">${t.noMatch} <button type="button" @click=${c.onReset}>${t.clearFilters}</button></p>`;
  if (!c.view.groups) return renderList(c, c.view.items, 0, 0, t.listLabel(num(shown), shown));
  let offset = 0;
  return html`${c.view.groups.map((g, i) => {
    const out = html`<h3 class="group-title" id="group-${i}">${g.label} <span>${num(g.items.length)}</span></h3>
      ${renderList(c, g.items, i, offset, t.groupListLabel(g.label, num(g.items.length), g.items.length))}`;
    offset += g.items.length;
    return out;
  })}`;
}
