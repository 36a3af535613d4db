import { css } from 'lit';

const dark = css`
  --_ok-bg: var(--badge-dark-color-success, #12331f);
  --_ok-fg: var(--badge-dark-color-success-text, #9be3b5);
  --_neutral-bg: var(--badge-dark-color-neutral, #2a2f3b);
  --_neutral-fg: var(--badge-dark-color-neutral-text, #d2d7e2);
`;

/**
 * The `verify` controls: the status mark (icon + short word, never colour alone) and the Verify button.
 * Adopted by the card only when `verify` is set (with `verify-controller.ts`, loaded lazily).
 */
export const verifyStyles = css`
  :host {
    --_ok-bg: var(--badge-color-success, #e3f6ea);
    --_ok-fg: var(--badge-color-success-text, #0d6b35);
    --_neutral-bg: var(--badge-color-neutral, #eef0f4);
    --_neutral-fg: var(--badge-color-neutral-text, #3d4657);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { ${dark} }
  }
  :host([theme='dark']) { ${dark} }

  .verify { display: flex; align-items: center; gap: 0.5em; min-inline-size: 0; }
  .verify-button { font-size: 0.75em; padding: 0.3125em 0.875em; }
  .verify-mark {
    display: inline-flex; align-items: center; gap: 0.3em; padding-block: 0.125em; padding-inline: 0.375em 0.625em;
    border-radius: 999px; font-size: 0.75em; font-weight: 650; white-space: nowrap; line-height: 1.6;
    background: var(--_tone-bg, var(--_neutral-bg)); color: var(--_tone-fg, var(--_neutral-fg));
  }
  .verify-mark svg { inline-size: 1.15em; block-size: 1.15em; flex: none; }
  .tone-verified { --_tone-bg: var(--_ok-bg); --_tone-fg: var(--_ok-fg); }
  .tone-caution { --_tone-bg: var(--_warn-bg); --_tone-fg: var(--_warn-fg); }
  .tone-revoked, .tone-invalid { --_tone-bg: var(--_danger-bg); --_tone-fg: var(--_danger-fg); }
  .tone-unknown { --_tone-bg: var(--_neutral-bg); --_tone-fg: var(--_neutral-fg); }
  .verify-mark.checking { padding: 0.125em 0.625em; }
  .dots { inline-size: 1.6em; block-size: 0.4em; background: radial-gradient(circle, currentColor 40%, transparent 45%) 0 0 / 0.55em 0.4em repeat-x; opacity: 0.6; }

  /* full layout (the actions row itself: print.styles.ts) */
  .card.full > .footer > .verify { display: contents; }
  .card.full > .footer :is(.verify-mark, .verify-button) { margin-block: 0.125em 0.75em; }
  .card.full > .footer .verify-mark { margin-inline-end: auto; }
  /* compact layout: icon-only mark (its name is the full verdict), small button */
  .verify.compact { flex: none; gap: 0.375em; }
  .verify.compact .mark-label { display: none; }
  .verify.compact .verify-mark { padding: 0.25em; }
  .verify.compact .verify-button { padding: 0.3125em 0.75em; }

  @media (forced-colors: active) {
    .verify-mark { border: 1px solid CanvasText; }
  }
`;
