/** The browsing controls: real form controls (search, filter selects with counts, sort, group, layout). */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Browse, FacetName, FacetValue, View } from './model.js';
import { STATE_LABEL } from './render-tile.js';

const FACET_LABEL: Record<FacetName, [string, string]> = {
  issuer: ['Issuer', 'All issuers'],
  skill: ['Skill', 'All skills'],
  type: ['Type', 'All types'],
  tag: ['Tag', 'All tags'],
  state: ['Status', 'Any status'],
};

const nf = new Intl.NumberFormat();
export const num = (n: number): string => nf.format(n);

function facetSelect(facet: FacetName, values: FacetValue[], browse: Browse, id: string): TemplateResult {
  const current = browse[facet];
  const [label, all] = FACET_LABEL[facet];
  // a chosen value with no matches stays selectable (so the choice is visible and can be undone)
  const list = current && !values.some((v) => v.value === current) ? [...values, { value: current, label: current, count: 0 }] : values;
  const text = (v: FacetValue) => (facet === 'state' ? STATE_LABEL[v.value as keyof typeof STATE_LABEL] ?? v.label : v.label);
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
}

export function renderControls(c: ControlsContext): TemplateResult {
  const { id, browse, view } = c;
  return html`<form class="controls" part="controls" role="search" aria-label="Browse badges"
      @input=${c.onChange} @change=${c.onChange} @submit=${(e: Event) => e.preventDefault()} @reset=${c.onReset}>
    <div class="field search" part="field">
      <label for="${id}-q">Search</label>
      <input id="${id}-q" type="search" name="q" .value=${live(browse.q)} placeholder="Name, issuer or skill" autocomplete="off" part="search">
    </div>
    ${(['issuer', 'skill', 'type', 'tag', 'state'] as const).map((f) => facetSelect(f, view.facets[f], browse, id))}
    <div class="field" part="field">
      <label for="${id}-sort">Sort</label>
      <select id="${id}-sort" name="sort" .value=${live(browse.sort)}>
        <option value="feed">Feed order</option><option value="newest">Newest first</option>
        <option value="name">Name</option><option value="issuer">Issuer</option>
      </select>
    </div>
    <div class="field" part="field">
      <label for="${id}-group">Group by</label>
      <select id="${id}-group" name="group" .value=${live(browse.group)}>
        <option value="">No grouping</option><option value="issuer">Issuer</option><option value="skill">Skill</option>
        <option value="type">Type</option>${c.hasGroups ? html`<option value="group">Feed group</option>` : ''}
      </select>
    </div>
    <fieldset class="field layout" part="layout">
      <legend>Layout</legend>
      <label class=${c.layout === 'grid' ? 'on' : ''}><input type="radio" name="layout" value="grid" .checked=${live(c.layout === 'grid')}>Grid</label>
      <label class=${c.layout === 'list' ? 'on' : ''}><input type="radio" name="layout" value="list" .checked=${live(c.layout === 'list')}>List</label>
    </fieldset>
    ${c.achievementName ? html`<p class="chip" part="active-achievement">Showing <strong>${c.achievementName}</strong></p>` : ''}
    <button type="reset" class="reset" part="reset-button">Clear</button>
  </form>`;
}
