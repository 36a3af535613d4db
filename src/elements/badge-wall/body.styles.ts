/**
 * Styles of the wall's lazily loaded body (see `body.ts`): the browse form, the pathways, the virtualized lists
 * and their tiles (grid and list layouts), the details dialog. Adopted after the element's own styles
 * (`badge-wall.styles.ts`) when the body loads, before anything that uses them renders.
 */
import { css } from 'lit';

/** Tile geometry (px: the virtualizer's grid needs pixels). */
export const TILE = { width: 296, height: 104, gap: 12, row: 64 };

export const bodyStyles = css`
    /* controls */
    .controls {
      display: flex; flex-wrap: wrap; align-items: end; gap: 0.625rem 0.75rem; padding: 0.875rem;
      background: var(--_bg-2); border: 1px solid var(--_border); border-radius: var(--_radius);
    }
    .field { display: grid; gap: 0.25rem; min-inline-size: 0; }
    .field.search { flex: 1 1 14rem; }
    .field > label, legend { font-size: 0.75rem; font-weight: 600; color: var(--_muted); letter-spacing: 0.01em; }
    input[type='search'], select, button {
      font: inherit; font-size: 0.875rem; color: var(--_fg); background: var(--_bg); border: 1px solid var(--_border);
      border-radius: var(--_radius-sm); block-size: 2.25rem; padding: 0 0.625rem; box-sizing: border-box;
    }
    select { max-inline-size: 13rem; padding-inline-end: 1.5rem; }
    input[type='search'] { inline-size: 100%; }
    fieldset.layout { border: 0; margin: 0; padding: 0; display: flex; gap: 0; align-items: center; flex-wrap: wrap; }
    fieldset.layout legend { float: inline-start; inline-size: 100%; margin-block-end: 0.25rem; padding: 0; }
    fieldset.layout label {
      display: inline-flex; align-items: center; gap: 0.25rem; block-size: 2.25rem; padding: 0 0.625rem; font-size: 0.875rem;
      border: 1px solid var(--_border); background: var(--_bg); cursor: pointer;
    }
    fieldset.layout label:first-of-type { border-start-start-radius: var(--_radius-sm); border-end-start-radius: var(--_radius-sm); }
    fieldset.layout label:last-of-type { border-start-end-radius: var(--_radius-sm); border-end-end-radius: var(--_radius-sm); border-inline-start: 0; }
    fieldset.layout label.on { background: var(--_chip-bg); color: var(--_chip-fg); border-color: var(--_chip-fg); }
    fieldset.layout input { margin: 0; accent-color: var(--_accent); }
    button { cursor: pointer; }
    button:hover, select:hover { border-color: var(--_muted); }
    .reset { margin-inline-start: auto; }
    .chip { margin: 0; align-self: center; font-size: 0.875rem; padding: 0.25rem 0.625rem; border-radius: 999px; background: var(--_chip-bg); color: var(--_chip-fg); }

    /* stacks */
    .stacks { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr)); gap: var(--_space); }
    .stack {
      border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); box-shadow: var(--_shadow);
      padding: 1rem 1.125rem; display: grid; gap: 0.625rem; align-content: start;
    }
    .stack header { display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; }
    .stack h3 { margin: 0; font-size: 1.0625rem; }
    .progress-text { margin: 0; font-size: 0.875rem; font-weight: 600; color: var(--_accent); white-space: nowrap; }
    .stack.complete .progress-text { color: var(--_ok-fg); }
    .stack-desc { margin: 0; font-size: 0.875rem; color: var(--_muted); }
    .bar { inline-size: 100%; }
    .steps { list-style: none; margin: 0.25rem 0 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(5.75rem, 1fr)); gap: 0.5rem 0.25rem; }
    .step { position: relative; }
    .step:not(:first-child)::before {
      content: ''; position: absolute; inset-block-start: calc(0.375rem + 23px); inset-inline-end: 50%; inline-size: 100%; block-size: 2px; background: var(--_border);
    }
    .step.earned:not(:first-child)::before { background: var(--_accent); opacity: 0.5; }
    .step-body {
      position: relative; display: grid; justify-items: center; gap: 0.125rem; inline-size: 100%; block-size: auto; padding: 0.375rem 0.25rem;
      text-align: center; border: 0; background: none; color: inherit; font: inherit; border-radius: var(--_radius-sm);
    }
    button.step-body:hover { background: var(--_bg-2); }
    .step img, .step .noimg { inline-size: 48px; block-size: 48px; object-fit: contain; border-radius: 50%; background: var(--_bg); }
    .step .noimg { background: var(--_skeleton); }
    .step.missing img { filter: grayscale(1); opacity: 0.4; }
    .step-name { font-weight: 600; font-size: 0.8125rem; line-height: 1.25; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; margin-block-start: 0.25rem; }
    .step.missing .step-name { color: var(--_muted); }
    .step-state { font-size: 0.75rem; color: var(--_muted); }
    .step.earned .step-state { color: var(--_accent); }
    .step.capstone .step-state { color: var(--_warn-fg); font-weight: 600; }

    /* the list */
    .group-title { margin: 0.5rem 0 0; font-size: 1rem; display: flex; gap: 0.5rem; align-items: baseline; }
    .group-title span { color: var(--_muted); font-weight: 400; font-size: 0.875rem; }
    .list { display: block; position: relative; min-block-size: 1px; }
    /* the virtualizer places tiles with a physical translate(x, y) from the list's left edge, also right to left
       (where an absolutely positioned box would otherwise start at the right edge); the rtl grid mirrors x */
    .list > .tile { left: 0; }
    .list:focus { outline: none; }
    .tile {
      box-sizing: border-box; inline-size: 100%; block-size: ${TILE.height}px; overflow: hidden; cursor: pointer; display: block;
      padding-block: 0.75rem; padding-inline: calc(0.875rem + 64px + 0.875rem) 0.875rem; background: var(--_bg); color: var(--_fg);
      border: 1px solid var(--_border); border-radius: var(--_radius); box-shadow: var(--_shadow);
      transition: border-color 0.12s, box-shadow 0.12s;
    }
    .tile:hover { border-color: var(--_accent); }
    .tile:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
    .tile img, .tile.noimg::before {
      position: absolute; inset-inline-start: 0.875rem; inset-block-start: calc(50% - 32px); inline-size: 64px; block-size: 64px; object-fit: contain;
    }
    .tile.noimg::before { content: ''; border-radius: 50%; background: var(--_skeleton); }
    .name {
      font-weight: 650; font-size: 0.9375rem; line-height: 1.3; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical;
    }
    .meta { display: block; font-size: 0.8125rem; color: var(--_muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; margin-block-start: 0.125rem; }
    .pill {
      display: inline-block; margin-block-start: 0.375rem; font-size: 0.75rem; font-weight: 600; padding: 0.0625rem 0.5rem; border-radius: 999px;
      background: var(--_info-bg); color: var(--_info-fg);
    }
    .pill[data-state='valid'] { background: var(--_ok-bg); color: var(--_ok-fg); }
    .pill[data-state='valid']::before { content: '✓ '; }
    .pill[data-state='expired'], .pill[data-state='status-unknown'], .pill[data-state='suspended'] { background: var(--_warn-bg); color: var(--_warn-fg); }
    .pill[data-state='revoked'], .pill[data-state='invalid'], .pill[data-state='unverifiable'] { background: var(--_danger-bg); color: var(--_danger-fg); }
    .pill[data-state='available'] { background: var(--_chip-bg); color: var(--_chip-fg); }
    .tile[data-state='revoked'] .name, .tile[data-state='invalid'] .name { text-decoration: line-through; text-decoration-thickness: 1px; }
    .tile.pending .name { color: var(--_muted); font-weight: 400; }
    .tile.error { border-style: dashed; background: var(--_bg-2); padding-inline-start: 0.875rem; }
    .tile.error::before { display: none; }
    .tile.error .name { font-size: 0.875rem; color: var(--_danger-fg); }
    .tile.error .meta { white-space: normal; -webkit-line-clamp: 2; display: -webkit-box; -webkit-box-orient: vertical; }

    /* list layout: one row per badge */
    :host([layout='list']) .tile {
      block-size: ${TILE.row}px; border-radius: 0; box-shadow: none; border-width: 0 0 1px; padding-block: 0;
      padding-inline: calc(0.75rem + 40px + 0.875rem) 0.75rem;
      display: grid; grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr) 8.5rem; gap: 1rem; align-items: center;
    }
    :host([layout='list']) .tile img, :host([layout='list']) .tile.noimg::before {
      inset-inline-start: 0.75rem; inset-block-start: calc(50% - 20px); inline-size: 40px; block-size: 40px;
    }
    :host([layout='list']) .name { -webkit-line-clamp: 1; }
    :host([layout='list']) .meta, :host([layout='list']) .pill { margin: 0; }
    :host([layout='list']) .pill { justify-self: start; }
    :host([layout='list']) .tile.error { padding-inline-start: 0.75rem; grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); }
    :host([layout='list']) .list { border: 1px solid var(--_border); border-radius: var(--_radius); overflow: clip; background: var(--_bg); }
    @container (max-width: 40rem) {
      :host([layout='list']) .tile { grid-template-columns: minmax(0, 1fr) auto; }
      :host([layout='list']) .meta { display: none; }
    }

    dialog {
      border: 0; padding: 0; border-radius: var(--_radius); background: transparent; max-inline-size: calc(100vw - 2rem);
    }
    dialog::backdrop { background: rgb(10 14 24 / 0.55); }
    dialog .close {
      position: absolute; inset-block-start: 0.5rem; inset-inline-end: 0.5rem; z-index: 1; block-size: 2rem; border-radius: 999px; background: var(--_bg);
    }
    dialog .dlg { position: relative; }

    @container (max-width: 40rem) {
      .step:not(:first-child)::before { display: none; }
      select { max-inline-size: none; }
      .field { flex: 1 1 9rem; }
      .reset { margin-inline-start: 0; }
    }
    @media (prefers-reduced-motion: reduce) {
      .tile, .bar span { transition: none; }
    }
`;
