import { css } from 'lit';
import { controls } from './controls.styles.js';

/** Dark verdict colours, used by `prefers-color-scheme: dark` and by `theme="dark"` (like shared/tokens' darkValues). */
const darkVerdictValues = css`
  --_ok-bg: var(--badge-dark-color-success, #12331f);
  --_ok-fg: var(--badge-dark-color-success-text, #9be3b5);
  --_ok-strong: var(--badge-dark-color-success-strong, #4cc47a);
  --_warn-strong: var(--badge-dark-color-warning-strong, #f0a73a);
  --_danger-strong: var(--badge-dark-color-danger-strong, #ff7b7b);
  --_neutral-bg: var(--badge-dark-color-neutral, #2a2f3b);
  --_neutral-fg: var(--badge-dark-color-neutral-text, #d2d7e2);
  --_neutral-strong: var(--badge-dark-color-neutral-strong, #9aa3b5);
`;

/** High-contrast (light) verdict colours: `theme="high-contrast"` and `prefers-contrast: more`. */
const highContrastVerdictValues = css`
  --_ok-bg: #ffffff; --_ok-fg: #00461c; --_ok-strong: #00461c; --_warn-strong: #5a2e00; --_danger-strong: #8a0000;
  --_neutral-bg: #ffffff; --_neutral-fg: #000000; --_neutral-strong: #000000;
`;

/** Verdict colours: local tokens on top of the shared ones (success is not in shared/tokens). */
const verdictTokens = css`
  :host {
    --_ok-bg: var(--badge-color-success, #e3f6ea);
    --_ok-fg: var(--badge-color-success-text, #0d6b35);
    --_ok-strong: var(--badge-color-success-strong, #16863f);
    --_warn-strong: var(--badge-color-warning-strong, #b86100);
    --_danger-strong: var(--badge-color-danger-strong, #c4242b);
    --_neutral-bg: var(--badge-color-neutral, #eef0f4);
    --_neutral-fg: var(--badge-color-neutral-text, #3d4657);
    --_neutral-strong: var(--badge-color-neutral-strong, #5d6779);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkVerdictValues}
    }
  }
  :host([theme='dark']) {
    ${darkVerdictValues}
  }
  /* high contrast: white panels, dark text; the verdict keeps its icon and words (never colour alone) */
  :host([theme='high-contrast']) {
    ${highContrastVerdictValues}
  }
  @media (prefers-contrast: more) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${highContrastVerdictValues}
    }
  }
  @media (prefers-contrast: more) and (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark']):not([theme='high-contrast'])) {
      --_ok-bg: #000000; --_ok-fg: #9dffbf; --_ok-strong: #9dffbf; --_warn-strong: #ffd27a; --_danger-strong: #ffb8b8;
      --_neutral-bg: #000000; --_neutral-fg: #ffffff; --_neutral-strong: #ffffff;
    }
  }
  :host([theme='high-contrast-dark']) {
    --_ok-bg: #000000; --_ok-fg: #9dffbf; --_ok-strong: #9dffbf; --_warn-strong: #ffd27a; --_danger-strong: #ffb8b8;
    --_neutral-bg: #000000; --_neutral-fg: #ffffff; --_neutral-strong: #ffffff;
  }
`;

const layout = css`
  :host {
    display: block;
    max-inline-size: var(--badge-verify-max-width, 44rem);
    font-family: var(--_font);
    color: var(--_fg);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  .panel {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  .body {
    padding: var(--_space) calc(var(--_space) * 1.25) calc(var(--_space) * 1.25);
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .section-heading {
    font-size: 0.78rem;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
    margin-block-end: 0.5rem;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.85rem;
    font-weight: normal;
  }
  code {
    font-family: var(--_mono);
    font-size: 0.84em;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  /* text from the credential: its own direction, never reordering the words around it */
  bdi,
  .credential-text {
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
  }
  /* long credential text: a few lines at most (the full text stays in the DOM and the report) */
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_clamp-lines, 3);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }

  /* verdict */
  .verdict {
    display: flex;
    gap: 0.9rem;
    align-items: flex-start;
    padding: calc(var(--_space) * 1.1) calc(var(--_space) * 1.25);
    border-block-end: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_tone-strong);
    background: var(--_tone-bg);
    color: var(--_tone-fg);
  }
  .tone-verified { --_tone-bg: var(--_ok-bg); --_tone-fg: var(--_ok-fg); --_tone-strong: var(--_ok-strong); }
  .tone-caution { --_tone-bg: var(--_warn-bg); --_tone-fg: var(--_warn-fg); --_tone-strong: var(--_warn-strong); }
  .tone-revoked,
  .tone-invalid { --_tone-bg: var(--_danger-bg); --_tone-fg: var(--_danger-fg); --_tone-strong: var(--_danger-strong); }
  .tone-unknown { --_tone-bg: var(--_neutral-bg); --_tone-fg: var(--_neutral-fg); --_tone-strong: var(--_neutral-strong); }
  .verdict-icon {
    display: grid;
    place-items: center;
    inline-size: 2.6rem;
    block-size: 2.6rem;
    border-radius: 50%;
    background: var(--_tone-strong);
    color: var(--_bg);
    font-size: 1.5rem;
    flex: none;
  }
  .tone-unknown .verdict-icon {
    background: transparent;
    color: var(--_tone-strong);
    border: 2.5px dashed var(--_tone-strong);
  }
  .verdict-text {
    flex: 1;
    min-inline-size: 0;
  }
  .headline {
    overflow-wrap: anywhere;
    font-size: 1.3rem;
    line-height: 1.25;
    font-weight: 700;
    outline: none;
  }
  .explanation {
    margin-block-start: 0.3rem;
    font-size: 0.95rem;
  }
  .reason {
    margin-block-start: 0.3rem;
    font-size: 0.92rem;
    font-weight: 600;
  }
  .meta {
    margin-block-start: 0.5rem;
    font-size: 0.9rem;
    color: var(--_fg);
  }
  .badge-name {
    font-weight: 700;
    display: -webkit-inline-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    max-inline-size: 100%;
    vertical-align: bottom;
    overflow-wrap: anywhere;
  }
  .dates {
    color: var(--_muted);
  }
  .section-heading .count {
    text-transform: none;
    letter-spacing: normal;
    font-weight: 500;
  }

  /* checks */
  .check-list {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
  }
  .check {
    display: flex;
    gap: 0.7rem;
    padding: 0.5rem 0.8rem;
  }
  .check + .check {
    border-block-start: 1px solid var(--_border);
  }
  .check-icon {
    font-size: 1.1rem;
    margin-block-start: 0.1rem;
  }
  .outcome-pass .check-icon { color: var(--_ok-strong); }
  .outcome-fail .check-icon { color: var(--_danger-strong); }
  .outcome-warn .check-icon { color: var(--_warn-strong); }
  .outcome-skip .check-icon,
  .outcome-unknown .check-icon { color: var(--_neutral-strong); }
  .check-body {
    flex: 1;
    min-inline-size: 0;
  }
  .check-line {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    flex-wrap: wrap;
  }
  .check-name {
    font-weight: 600;
  }
  .check-outcome {
    font-size: 0.75rem;
    font-weight: 600;
    padding: 0 0.45rem;
    border-radius: 999px;
    background: var(--_bg-2);
    color: var(--_muted);
  }
  .outcome-fail .check-outcome { background: var(--_danger-bg); color: var(--_danger-fg); }
  .outcome-warn .check-outcome { background: var(--_warn-bg); color: var(--_warn-fg); }
  .outcome-pass .check-outcome { background: var(--_ok-bg); color: var(--_ok-fg); }
  .check-message {
    font-size: 0.92rem;
    color: var(--_muted);
    /* the engine's messages may be in another language than the UI: their own direction */
    unicode-bidi: plaintext;
  }
  .check-details summary {
    cursor: pointer;
    font-size: 0.82rem;
    color: var(--_accent);
    margin-block-start: 0.2rem;
    inline-size: fit-content;
  }
  .check-details dl,
  .issuer-list {
    margin: 0.4rem 0 0;
    display: grid;
    gap: 0.3rem;
  }
  .check-details .row {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0.6rem;
    font-size: 0.84rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }

  /* issuer */
  .issuer-list {
    gap: 0.6rem;
    margin: 0;
  }
  .issuer-list dt {
    font-size: 0.85rem;
  }
  .issuer-claimed {
    font-weight: 600;
    font-size: 1.05rem;
  }
  .issuer-verified {
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  .mini-icon {
    display: inline-flex;
    font-size: 1.1rem;
  }
  .mini-icon.ok { color: var(--_ok-strong); }
  .mini-icon.bad { color: var(--_danger-strong); }
  .mini-icon.no { color: var(--_neutral-strong); }
  .mini-icon.warn { color: var(--_warn-strong); }
  .issuer-trust {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    margin: 0.4rem 0 0;
  }

  @media (forced-colors: active) {
    .verdict { border: 2px solid CanvasText; }
    .verdict-icon { border: 2px solid CanvasText; }
  }
`;

export const verifyStyles = [verdictTokens, layout, controls];
