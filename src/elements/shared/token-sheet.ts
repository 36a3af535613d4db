/**
 * Design tokens as data, and the style sheet made from them. This module holds the tokens a card's box
 * and skeleton use (`<badge-card>` draws them before anything else has loaded); `tokens.ts` adds the
 * others and is where they are documented.
 *
 * One row per themed token: private name, public name (after `--badge-`), then its value in the light,
 * dark, high-contrast and high-contrast-dark themes. A value starting with `!` is fixed in that theme;
 * any other can be tuned with `--badge-<public>` (light), `--badge-dark-<public>`, `--badge-hc-<public>`
 * or `--badge-hc-dark-<public>`.
 */
import { unsafeCSS, type CSSResult } from 'lit';

export type Row = readonly [name: string, pub: string, light: string, dark: string, hc: string, hcDark: string];
/** A token every theme shares: private name, public name, default. */
export type Shared = readonly [name: string, pub: string, value: string];

export const BOX_THEMED: readonly Row[] = [
  ['shadow', 'shadow', '0 1px 2px rgb(16 24 40 / 0.06), 0 4px 12px rgb(16 24 40 / 0.06)', '0 1px 2px rgb(0 0 0 / 0.4), 0 6px 16px rgb(0 0 0 / 0.3)', '!none', '!none'],
  ['bg', 'color-surface', '#ffffff', '#1a1e27', '#ffffff', '#000000'],
  ['bg-2', 'color-surface-alt', '#f3f5f9', '#232836', '#ffffff', '#000000'],
  ['fg', 'color-text', '#171b26', '#eceff5', '#000000', '#ffffff'],
  ['border', 'color-border', '#e0e4ec', '#313748', '#000000', '#ffffff'],
  ['skeleton', 'color-skeleton', '#e9edf3', '#262b38', '!#d6d6d6', '!#2e2e2e'],
  ['skeleton-hi', 'color-skeleton-highlight', '#f5f7fa', '#303646', '!#ececec', '!#444444'],
];
export const BOX_SHARED: readonly Shared[] = [
  ['font', 'font-family', "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"],
  ['radius', 'radius', '0.875rem'],
];

/** The style sheet of these tokens, in every theme. */
export function tokenSheet(themed: readonly Row[], shared: readonly Shared[]): CSSResult {
  const theme = (col: 2 | 3 | 4 | 5, prefix: string, scheme: string) =>
    themed
      .map((r) => `--_${r[0]}:${r[col].startsWith('!') ? r[col].slice(1) : `var(--badge-${prefix}${r[1]},${r[col]})`};`)
      .join('') + `color-scheme:${scheme}`;
  const dark = theme(3, 'dark-', 'dark');
  const hc = theme(4, 'hc-', 'light');
  const hcDark = theme(5, 'hc-dark-', 'dark');
  const not = (...t: string[]) => t.map((x) => `:not([theme='${x}'])`).join('');
  return unsafeCSS(
    `:host{${shared.map((r) => `--_${r[0]}:var(--badge-${r[1]},${r[2]});`).join('')}${theme(2, '', 'light')}}` +
      `@media (prefers-color-scheme: dark){:host(${not('light')}){${dark}}}:host([theme='dark']){${dark}}` +
      `:host([theme='high-contrast']){${hc}}@media (prefers-contrast: more){:host(${not('light', 'dark')}){${hc}}}` +
      `@media (prefers-contrast: more) and (prefers-color-scheme: dark){:host(${not('light', 'dark', 'high-contrast')}){${hcDark}}}` +
      `:host([theme='high-contrast-dark']){${hcDark}}`,
  );
}

/** The tokens of the card's box and skeleton only. */
export const boxTokens: CSSResult = tokenSheet(BOX_THEMED, BOX_SHARED);
