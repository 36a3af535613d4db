import { html, nothing, type TemplateResult } from 'lit';
import type { CardLayout } from '../shared/sizes.js';

/**
 * Placeholder of exactly the loaded card's box (the box is the host's fixed size). The element draws it
 * before its view has loaded (no label: no strings yet), the view with a localized "Loading" status.
 */
export function renderSkeleton(layout: CardLayout, label: TemplateResult | typeof nothing = nothing): TemplateResult {
  if (layout === 'compact') {
    return html`<div part="base skeleton" class="card compact skeleton" aria-busy="true">
      ${label}
      <div class="sk image sk-img-compact"></div>
      <div class="text"><div class="sk title"></div><div class="sk line w55"></div></div>
    </div>`;
  }
  return html`<div part="base skeleton" class="card full skeleton" aria-busy="true">
    ${label}
    <div class="band"><div class="sk image sk-img"></div></div>
    <div class="body">
      <div class="head"><div class="sk title"></div><div class="sk line"></div></div>
      <div class="sk line w60 center"></div>
      <div class="sk line w90"></div><div class="sk line w75"></div><div class="sk line w60"></div>
      <div class="chips-sk"><div class="sk"></div><div class="sk"></div><div class="sk"></div></div>
    </div>
  </div>`;
}
