import { css } from 'lit';
import { tokens, utilities } from '../shared/tokens.js';

export const badgeShareStyles = [
  tokens,
  utilities,
  css`
    :host { display: inline-flex; align-items: center; gap: 0.5em; position: relative; font-family: var(--_font); color: var(--_fg); }
    :host([hidden]) { display: none; }

    #button {
      display: inline-flex; align-items: center; gap: 0.4em; cursor: pointer;
      font: inherit; font-size: 0.8125em; font-weight: 600; line-height: 1.2;
      padding: 0.4375em 0.875em; border-radius: 999px; border: 1px solid var(--_border);
      background: var(--_bg); color: var(--_fg);
    }
    #button:hover { background: var(--_bg-2); }
    #button[aria-expanded='true'] { background: var(--_bg-2); border-color: var(--_muted); }
    #button:disabled { opacity: 0.5; cursor: default; }
    :host([compact]) #button { padding: 0.4375em; }
    :host([compact]) .label { display: none; }

    #menu {
      box-sizing: border-box; min-inline-size: 13.5rem; max-inline-size: calc(100vw - 16px);
      margin: 0; inset: auto; padding: 0.3125rem; overflow: visible;
      background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border); border-radius: var(--_radius-sm);
      box-shadow: 0 10px 30px rgb(16 24 40 / 0.18), 0 2px 6px rgb(16 24 40 / 0.08);
      font-family: var(--_font); font-size: 0.875rem; line-height: 1.3;
    }
    #menu:not([popover]) { position: absolute; inset-block-start: calc(100% + 4px); inset-inline-end: 0; z-index: 10; }
    #menu:not([popover]):not(.open) { display: none; }
    #menu[popover] { position: fixed; }

    [role='menuitem'] {
      display: flex; align-items: center; gap: 0.625rem; inline-size: 100%; box-sizing: border-box;
      padding: 0.5rem 0.625rem; border: 0; border-radius: calc(var(--_radius-sm) - 2px);
      background: none; color: inherit; font: inherit; text-align: start; text-decoration: none; cursor: pointer;
      white-space: nowrap;
    }
    [role='menuitem'] svg { flex: none; color: var(--_muted); }
    [role='menuitem'][data-target^='linkedin'] svg { color: #0a66c2; }
    [role='menuitem'][data-target='facebook'] svg { color: #1877f2; }
    [role='menuitem']:hover, [role='menuitem']:focus { background: var(--_bg-2); outline: none; }
    [role='menuitem']:focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px; }
    [role='menuitem'][data-target='copy'] { border-block-start: 1px solid var(--_border); border-start-start-radius: 0; border-start-end-radius: 0; margin-block-start: 0.25rem; }
    [role='menuitem'][aria-disabled='true'] { opacity: 0.6; cursor: progress; }

    .status { display: inline-flex; align-items: center; gap: 0.3em; font-size: 0.75em; color: var(--_muted); max-inline-size: 16em; }
    .status:empty { display: none; }
    .status svg { color: #1e7a44; flex: none; }

    @media (forced-colors: active) {
      #menu { border-color: CanvasText; }
      [role='menuitem']:focus { outline: 2px solid Highlight; }
    }
    @media print { :host { display: none !important; } }
  `,
];
