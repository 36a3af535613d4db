import { css } from 'lit';

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
const darkValues = css`
  --_shadow: var(--badge-dark-shadow, 0 1px 2px rgb(0 0 0 / 0.4), 0 6px 16px rgb(0 0 0 / 0.3));
  --_focus: var(--badge-dark-color-focus, #8ea6ff);
  --_bg: var(--badge-dark-color-surface, #1a1e27);
  --_bg-2: var(--badge-dark-color-surface-alt, #232836);
  --_fg: var(--badge-dark-color-text, #eceff5);
  --_muted: var(--badge-dark-color-text-muted, #a6aec0);
  --_border: var(--badge-dark-color-border, #313748);
  --_accent: var(--badge-dark-color-accent, #9bb1ff);
  --_chip-bg: var(--badge-dark-color-chip, #263056);
  --_chip-fg: var(--badge-dark-color-chip-text, #cdd7ff);
  --_tag-bg: var(--badge-dark-color-tag, #2a3040);
  --_tag-fg: var(--badge-dark-color-tag-text, #c5cbd8);
  --_warn-bg: var(--badge-dark-color-warning, #3b2a0c);
  --_warn-fg: var(--badge-dark-color-warning-text, #ffd08a);
  --_danger-bg: var(--badge-dark-color-danger, #431a1d);
  --_danger-fg: var(--badge-dark-color-danger-text, #ffb4b4);
  --_info-bg: var(--badge-dark-color-info, #182a4d);
  --_info-fg: var(--badge-dark-color-info-text, #b0c8ff);
  --_skeleton: var(--badge-dark-color-skeleton, #262b38);
  --_skeleton-hi: var(--badge-dark-color-skeleton-highlight, #303646);
  color-scheme: dark;
`;

const highContrastLight = css`
  --_shadow: none;
  --_focus: var(--badge-hc-color-focus, #0000b8);
  --_bg: var(--badge-hc-color-surface, #ffffff);
  --_bg-2: var(--badge-hc-color-surface-alt, #ffffff);
  --_fg: var(--badge-hc-color-text, #000000);
  --_muted: var(--badge-hc-color-text-muted, #1f1f1f);
  --_border: var(--badge-hc-color-border, #000000);
  --_accent: var(--badge-hc-color-accent, #0000b8);
  --_chip-bg: #ffffff;
  --_chip-fg: #000000;
  --_tag-bg: #ffffff;
  --_tag-fg: #000000;
  --_warn-bg: #ffffff;
  --_warn-fg: var(--badge-hc-color-warning-text, #5a2e00);
  --_danger-bg: #ffffff;
  --_danger-fg: var(--badge-hc-color-danger-text, #8a0000);
  --_info-bg: #ffffff;
  --_info-fg: var(--badge-hc-color-info-text, #00267a);
  --_skeleton: #d6d6d6;
  --_skeleton-hi: #ececec;
  color-scheme: light;
`;

const highContrastDark = css`
  --_shadow: none;
  --_focus: var(--badge-hc-dark-color-focus, #ffff00);
  --_bg: var(--badge-hc-dark-color-surface, #000000);
  --_bg-2: var(--badge-hc-dark-color-surface-alt, #000000);
  --_fg: var(--badge-hc-dark-color-text, #ffffff);
  --_muted: var(--badge-hc-dark-color-text-muted, #e8e8e8);
  --_border: var(--badge-hc-dark-color-border, #ffffff);
  --_accent: var(--badge-hc-dark-color-accent, #a8d1ff);
  --_chip-bg: #000000;
  --_chip-fg: #ffffff;
  --_tag-bg: #000000;
  --_tag-fg: #ffffff;
  --_warn-bg: #000000;
  --_warn-fg: var(--badge-hc-dark-color-warning-text, #ffd27a);
  --_danger-bg: #000000;
  --_danger-fg: var(--badge-hc-dark-color-danger-text, #ffb8b8);
  --_info-bg: #000000;
  --_info-fg: var(--badge-hc-dark-color-info-text, #bcd6ff);
  --_skeleton: #2e2e2e;
  --_skeleton-hi: #444444;
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    --_font: var(--badge-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_mono: var(--badge-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    --_radius: var(--badge-radius, 0.875rem);
    --_radius-sm: var(--badge-radius-small, 0.5rem);
    --_space: var(--badge-spacing, 1rem);
    --_shadow: var(--badge-shadow, 0 1px 2px rgb(16 24 40 / 0.06), 0 4px 12px rgb(16 24 40 / 0.06));
    --_focus: var(--badge-color-focus, #3b5bdb);

    --_bg: var(--badge-color-surface, #ffffff);
    --_bg-2: var(--badge-color-surface-alt, #f3f5f9);
    --_fg: var(--badge-color-text, #171b26);
    --_muted: var(--badge-color-text-muted, #566073);
    --_border: var(--badge-color-border, #e0e4ec);
    --_accent: var(--badge-color-accent, #3450c8);
    --_chip-bg: var(--badge-color-chip, #eef1fd);
    --_chip-fg: var(--badge-color-chip-text, #2b3f9e);
    --_tag-bg: var(--badge-color-tag, #f1f3f6);
    --_tag-fg: var(--badge-color-tag-text, #454e60);
    --_warn-bg: var(--badge-color-warning, #fff3dc);
    --_warn-fg: var(--badge-color-warning-text, #7a4300);
    --_danger-bg: var(--badge-color-danger, #fde7e7);
    --_danger-fg: var(--badge-color-danger-text, #a0151b);
    --_info-bg: var(--badge-color-info, #e6efff);
    --_info-fg: var(--badge-color-info-text, #1b4bb8);
    --_skeleton: var(--badge-color-skeleton, #e9edf3);
    --_skeleton-hi: var(--badge-color-skeleton-highlight, #f5f7fa);
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkValues}
    }
  }
  :host([theme='dark']) {
    ${darkValues}
  }

  :host([theme='high-contrast']) {
    ${highContrastLight}
  }
  @media (prefers-contrast: more) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${highContrastLight}
    }
  }
  @media (prefers-contrast: more) and (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark']):not([theme='high-contrast'])) {
      ${highContrastDark}
    }
  }
  :host([theme='high-contrast-dark']) {
    ${highContrastDark}
  }
`;

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
