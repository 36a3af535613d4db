/**
 * The wall's own styles (`static styles`): the host, the header, the loading progress and the source errors,
 * all a wall shows before its sources arrive. What the body shows (browse form, pathways, tiles, list layout,
 * details dialog) is in `body.styles.ts`, adopted when the lazily loaded body arrives (`addStyles`).
 */
import { css } from 'lit';
import { tokens, utilities } from '../shared/tokens.js';

export const badgeWallStyles = [
  tokens,
  utilities,
  css`
    :host {
      --_ok-bg: var(--badge-color-success-bg, #e3f6e9);
      --_ok-fg: var(--badge-color-success, #1f6b3a);
      display: block;
      font-family: var(--_font);
      color: var(--_fg);
      container-type: inline-size;
    }
    :host([hidden]) { display: none; }
    :host([theme='dark']) { --_ok-bg: var(--badge-dark-color-success-bg, #12351f); --_ok-fg: var(--badge-dark-color-success, #8fe0a9); }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) { --_ok-bg: var(--badge-dark-color-success-bg, #12351f); --_ok-fg: var(--badge-dark-color-success, #8fe0a9); }
    }
    .wall { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
    header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 1rem; }
    h2 { margin: 0; font-size: var(--badge-wall-title-size, 1.375rem); line-height: 1.25; }
    .count { margin: 0; color: var(--_muted); }
    .desc { margin: 0; color: var(--_muted); flex-basis: 100%; }
    .status-row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; min-block-size: 1.5rem; }
    .progress { display: flex; align-items: center; gap: 0.5rem; color: var(--_muted); font-size: 0.875rem; }
    .progress .track, .bar {
      inline-size: 10rem; block-size: 0.375rem; border-radius: 999px; background: var(--_skeleton); overflow: hidden;
    }
    .progress .track span, .bar span { display: block; block-size: 100%; background: var(--_accent); border-radius: inherit; transition: inline-size 0.2s; }
    .progress .track span { inline-size: 0; } /* (the body sets its width; before it, loading: nothing done) */
    .summary { margin: 0; font-size: 0.875rem; color: var(--_muted); }
    .summary.done { color: var(--_fg); font-weight: 600; }
    .summary.done::before { content: '✓ '; color: var(--_ok-fg); }
    .notice {
      margin: 0; padding: 0.625rem 0.875rem; border-radius: var(--_radius-sm); background: var(--_danger-bg); color: var(--_danger-fg); font-size: 0.875rem;
    }
    .empty { margin: 0; padding: 2.5rem 1rem; text-align: center; color: var(--_muted); border: 1px dashed var(--_border); border-radius: var(--_radius); }
    @media (prefers-reduced-motion: reduce) {
      .progress .track span { transition: none; }
    }
  `,
];
