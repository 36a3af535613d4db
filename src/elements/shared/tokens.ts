import { css, type CSSResult } from 'lit';
import { BOX_SHARED, BOX_THEMED, tokenSheet, type Row, type Shared } from './token-sheet.js';

/**
 * Design tokens shared by every element.
 *
 * Public tokens are `--badge-*` custom properties a page may set (they inherit
 * into the shadow tree). Each element reads private `--_*` variables that take
 * the public token when set, else the theme's default:
 * light by default, dark under `prefers-color-scheme: dark` (when `theme` is
 * `auto` or absent) or with `theme="dark"`. Dark values can be tuned with
 * `--badge-dark-*` tokens. High contrast (`theme="high-contrast"`, or `auto` under
 * `prefers-contrast: more`): black on white (white on black when the page also prefers
 * dark), solid borders on every chip and pill, underlined links; tuned with `--badge-hc-*`.
 * Under `forced-colors: active` the system colours win and the elements draw borders
 * and outlines in `CanvasText` / `Highlight` (see each element's styles).
 */

const THEMED: readonly Row[] = [
  ...BOX_THEMED,
  ['focus', 'color-focus', '#3b5bdb', '#8ea6ff', '#0000b8', '#ffff00'],
  ['muted', 'color-text-muted', '#566073', '#a6aec0', '#1f1f1f', '#e8e8e8'],
  ['accent', 'color-accent', '#3450c8', '#9bb1ff', '#0000b8', '#a8d1ff'],
  ['chip-bg', 'color-chip', '#eef1fd', '#263056', '!#ffffff', '!#000000'],
  ['chip-fg', 'color-chip-text', '#2b3f9e', '#cdd7ff', '!#000000', '!#ffffff'],
  ['tag-bg', 'color-tag', '#f1f3f6', '#2a3040', '!#ffffff', '!#000000'],
  ['tag-fg', 'color-tag-text', '#454e60', '#c5cbd8', '!#000000', '!#ffffff'],
  ['warn-bg', 'color-warning', '#fff3dc', '#3b2a0c', '!#ffffff', '!#000000'],
  ['warn-fg', 'color-warning-text', '#7a4300', '#ffd08a', '#5a2e00', '#ffd27a'],
  ['danger-bg', 'color-danger', '#fde7e7', '#431a1d', '!#ffffff', '!#000000'],
  ['danger-fg', 'color-danger-text', '#a0151b', '#ffb4b4', '#8a0000', '#ffb8b8'],
  ['info-bg', 'color-info', '#e6efff', '#182a4d', '!#ffffff', '!#000000'],
  ['info-fg', 'color-info-text', '#1b4bb8', '#b0c8ff', '#00267a', '#bcd6ff'],
];
const SHARED: readonly Shared[] = [
  ...BOX_SHARED,
  ['mono', 'font-family-mono', "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace"],
  ['radius-sm', 'radius-small', '0.5rem'],
  ['space', 'spacing', '1rem'],
];

/** Every token, in every theme. */
export const tokens: CSSResult = tokenSheet(THEMED, SHARED);

/** Small helpers every element uses. */
export const utilities = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  /* high contrast: chips, pills, tags and verdicts keep a visible edge; links underlined; thicker focus */
  :host([theme^='high-contrast']) :is(.pill, .chip, .tag) {
    border: 1px solid currentColor;
  }
  :host([theme^='high-contrast']) a {
    text-decoration-line: underline;
    text-decoration-thickness: 2px;
  }
  :host([theme^='high-contrast']) :focus-visible {
    outline-width: 3px;
  }
  @media (prefers-contrast: more) {
    :host(:not([theme='light']):not([theme='dark'])) :is(.pill, .chip, .tag) {
      border: 1px solid currentColor;
    }
    :host(:not([theme='light']):not([theme='dark'])) a {
      text-decoration-line: underline;
    }
  }
`;

/**
 * The `theme` attribute of every element: `auto` (default) follows `prefers-color-scheme` and
 * `prefers-contrast`; `light`, `dark`, `high-contrast` (black on white) and `high-contrast-dark`
 * (white on black) force one.
 */
export type BadgeTheme = 'auto' | 'light' | 'dark' | 'high-contrast' | 'high-contrast-dark';
