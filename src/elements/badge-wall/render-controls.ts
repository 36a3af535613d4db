/** The browsing controls: real form controls (search, filter selects with counts, sort, group, layout). */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Browse, FacetName, FacetValue, View } from './model.js';
import { around, type WallText } from './text.js';

function facetSelect(facet: FacetName, values: FacetValue[], browse: Browse, id: string, { t, num }: WallText): TemplateResult {
  const current = browse[facet];
  const { label, all } = t.facets[facet];
  // a chosen value with no matches stays selectable (so the choice is visible and can be undone)
  const list = current && !values.some((v) => v.value === current) ? [...values, { value: current, label: current, count: 0 }] : values;
  const text = (v: FacetValue) => (facet === 'state' ? t.states[v.value as keyof typeof t.states] ?? v.label : v.label);
  return html`<div class="field" part="field">
    <label for="${id}-${facet}">${label}</label>
    <select id="${id}-${facet}" name=${facet} .value=${live(current)} ?disabled=${list.length === 0 && !current}>
      <option value="">${all}</option>
      ${list.map((v) => html`<option value=${v.value} ?selected=${v.value === current}>${text(v)} (${num(v.count)})</option>`)}
    </select>
  </div>`;
}

export interface ControlsContext {
  id: string;
  browse: Browse;
  view: View;
  layout: 'grid' | 'list';
  hasGroups: boolean;
  achievementName?: string;
  onChange: (e: Event) => void;
  onReset: (e: Event) => void;
  text: WallText;
}

export function renderControls(c: ControlsContext): TemplateResult {
  const { id, browse, view, text } = c;
  const { t } = text;
  const [before, after] = around(t.showing);
  return html`<form class="controls" part="controls" role="search" aria-label=${t.browse}
      @input=${c.onChange} @change=${c.onChange} @submit=${(e: Event) => e.preventDefault()} @reset=${c.onReset}>
    <div class="field search" part="field">
      <label for="${id}-q">${t.search}</label>
      <input id="${id}-q" type="search" name="q" .value=${live(browse.q)} placeholder=${t.searchPlaceholder} autocomplete="off" part="search">
    </div>
    ${(['issuer', 'skill', 'type', 'tag', 'state'] as const).map((f) => facetSelect(f, view.facets[f], browse, id, text))}
    <div class="field" part="field">
      <label for="${id}-sort">${t.sort}</label>
      <select id="${id}-sort" name="sort" .value=${live(browse.sort)}>
        ${(['feed', 'newest', 'name', 'issuer'] as const).map((k) => html`<option value=${k} ?selected=${browse.sort === k}>${t.sorts[k]}</option>`)}
      </select>
    </div>
    <div class="field" part="field">
      <label for="${id}-group">${t.groupBy}</label>
      <select id="${id}-group" name="group" .value=${live(browse.group)}>
        <option value="" ?selected=${browse.group === ''}>${t.groups.none}</option>
        ${(['issuer', 'skill', 'type'] as const).map((k) => html`<option value=${k} ?selected=${browse.group === k}>${t.groups[k]}</option>`)}
        ${c.hasGroups ? html`<option value="group" ?selected=${browse.group === 'group'}>${t.groups.group}</option>` : ''}
      </select>
    </div>
    <fieldset class="field layout" part="layout">
      <legend>${t.layout}</legend>
      <label class=${c.layout === 'grid' ? 'on' : ''}><input type="radio" name="layout" value="grid" .checked=${live(c.layout === 'grid')}>${t.grid}</label>
      <label class=${c.layout === 'list' ? 'on' : ''}><input type="radio" name="layout" value="list" .checked=${live(c.layout === 'list')}>${t.list}</label>
    </fieldset>
    ${c.achievementName ? html`<p class="chip" part="active-achievement">${before}<strong><bdi>${c.achievementName}</bdi></strong>${after}</p>` : ''}
    <button type="reset" class="reset" part="reset-button">${t.clear}</button>
  </form>`;
}
