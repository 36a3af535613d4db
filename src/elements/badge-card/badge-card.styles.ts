import { css } from 'lit';
import { tokens, utilities } from '../shared/tokens.js';

/**
 * The card's styles for everything but its box and skeleton (those are in `shell.styles.ts`, with the
 * element): adopted after them when the card's view loads (`card-view.ts`).
 */
export const badgeCardStyles = [
  tokens,
  utilities,
  css`
    /* ---------- image band */
    .image {
      inline-size: var(--_img); block-size: var(--_img); flex: none;
      display: grid; place-items: center; overflow: hidden;
    }
    .compact .image { inline-size: var(--_img-compact); block-size: var(--_img-compact); }
    .image img { inline-size: 100%; block-size: 100%; object-fit: contain; display: block; }
    .placeholder {
      inline-size: 100%; block-size: 100%; display: grid; place-items: center; box-sizing: border-box;
      border-radius: 50%; background: var(--_bg); color: var(--_muted); border: 1px dashed var(--_border);
    }
    .placeholder svg { inline-size: 58%; block-size: 58%; }
    .type {
      position: absolute; inset-block-start: 0.625em; inset-inline-start: 0.75em; max-inline-size: 45%;
      font-size: 0.6875em; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
      color: var(--_muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
    }
    .band .pills { position: absolute; inset-block-start: 0.5em; inset-inline-end: 0.625em; }

    /* ---------- status pills */
    .pills { display: flex; flex-wrap: wrap; gap: 0.25em; justify-content: flex-end; }
    .pill {
      display: inline-flex; align-items: center; gap: 0.25em; padding: 0.125em 0.5em; border-radius: 999px;
      font-size: 0.6875em; font-weight: 650; letter-spacing: 0.02em; white-space: nowrap;
    }
    .pill::before { content: ''; inline-size: 0.45em; block-size: 0.45em; border-radius: 50%; background: currentColor; }
    .pill.expired { background: var(--_warn-bg); color: var(--_warn-fg); }
    .pill.not-yet-valid { background: var(--_info-bg); color: var(--_info-fg); }
    .pill.revoked { background: var(--_danger-bg); color: var(--_danger-fg); }

    /* ---------- body */
    .name {
      margin: 0; font-size: 1.0625em; font-weight: 650; line-height: 1.3; letter-spacing: -0.01em;
      overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden;
    }
    .issuer { margin: 0; font-size: 0.8125em; color: var(--_muted); max-inline-size: 100%; }
    .issuer, .origin, .chip, .tag { unicode-bidi: isolate; }
    .clamp1 { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .issuer bdi { color: var(--_fg); font-weight: 550; }
    .origin {
      display: inline-flex; align-items: center; gap: 0.3em; max-inline-size: 100%; box-sizing: border-box;
      padding: 0.125em 0.5em; border-radius: 999px; background: var(--_tag-bg); color: var(--_tag-fg);
      font-family: var(--_mono); font-size: 0.6875em; line-height: 1.6;
    }
    .origin span { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; direction: ltr; }
    .origin svg { flex: none; }

    .dates { display: flex; justify-content: center; gap: 1.5em; margin: 0; font-size: 0.75em; line-height: 1.3; }
    .dates div { display: flex; flex-direction: column; align-items: center; }
    .dates dt { color: var(--_muted); font-size: 0.875em; text-transform: uppercase; letter-spacing: 0.05em; font-weight: 600; }
    .dates dd { margin: 0; font-weight: 550; font-variant-numeric: tabular-nums; }
    .dates .past { color: var(--_warn-fg); }

    .revoked-reason {
      margin: 0; padding: 0.375em 0.625em; border-radius: var(--_radius-sm);
      background: var(--_danger-bg); color: var(--_danger-fg); font-size: 0.75em;
      display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden;
    }
    .description, .narrative {
      margin: 0; font-size: 0.8125em; line-height: 1.5; color: var(--_fg); overflow-wrap: anywhere; unicode-bidi: plaintext;
      display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden;
    }
    .description { -webkit-line-clamp: 2; }
    :host([size='large']) .description { -webkit-line-clamp: 3; }
    .narrative { -webkit-line-clamp: 2; color: var(--_muted); font-size: 0.75em; }
    .section-title {
      margin: 0; font-size: 0.875em; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: var(--_fg);
    }
    p.section-title { font-size: 0.6875em; }
    :host([size='small']) .tags { display: none; }
    .criteria { font-size: 1em; }

    a { color: var(--_accent); text-underline-offset: 0.15em; text-decoration-thickness: 1px; border-radius: 2px; }
    a:hover { text-decoration-thickness: 2px; }
    .more { display: inline-flex; align-items: center; gap: 0.25em; font-size: 0.8125em; font-weight: 550; margin-block-start: 0.125em; }

    .chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3125em; max-block-size: 1.45em; overflow: hidden; }
    :host([size='large']) .skills { max-block-size: 3.15em; }
    .chip, .tag {
      display: inline-block; max-inline-size: 14em; box-sizing: border-box; padding: 0 0.625em; border-radius: 999px;
      font-size: 0.75em; line-height: 1.875em; block-size: 1.875em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: top;
    }
    .chip { background: var(--_chip-bg); color: var(--_chip-fg); font-weight: 550; }
    a.chip { text-decoration: none; }
    a.chip:hover { text-decoration: underline; }
    .tag { background: transparent; color: var(--_muted); border: 1px solid var(--_border); line-height: calc(1.875em - 2px); }

    .footer { margin-block-start: auto; display: flex; align-items: center; justify-content: flex-end; gap: 0.5em; }

    /* ---------- compact layout */
    .compact .name { font-size: 0.9375em; -webkit-line-clamp: 1; }
    .compact .issuer { font-size: 0.75em; }
    .compact .line { display: flex; align-items: center; gap: 0.5em; min-inline-size: 0; font-size: 0.75em; color: var(--_muted); }
    .compact .line .pill { font-size: 0.9em; }
    .compact .origin { font-size: 0.875em; flex: 0 1 auto; min-inline-size: 0; }
    .compact .when { white-space: nowrap; font-variant-numeric: tabular-nums; }

    /* ---------- error / empty */
    .error, .empty {
      flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 0.5em;
      padding: 1.25em; text-align: center; min-block-size: 0; overflow: hidden;
    }
    .compact .error, .compact.error { flex-direction: row; text-align: start; padding: 0; justify-content: flex-start; }
    .error-icon { color: var(--_danger-fg); flex: none; display: grid; place-items: center; }
    .error-title { margin: 0; font-size: 0.9375em; font-weight: 650; }
    .error-message {
      margin: 0; font-size: 0.8125em; color: var(--_muted); overflow-wrap: anywhere; unicode-bidi: plaintext;
      display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden;
    }
    .compact .error-message { -webkit-line-clamp: 1; }
    .error-code { font-family: var(--_mono); font-size: 0.6875em; color: var(--_muted); }
    .compact .error-text { flex: 1; min-inline-size: 0; }
    .compact .error-title { font-size: 0.8125em; }
    .compact .error-title, .compact .error-code { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .compact .error-message { font-size: 0.75em; }
    .compact .error { gap: 0.625em; }
    .empty { color: var(--_muted); font-size: 0.8125em; }

    /* ---------- details button, load="on-click" placeholder (the panel's own styles load with it) */
    .details-toggle { font-size: 0.75em; padding: 0.25em 0.75em; align-self: flex-start; }
    .deferred .empty { gap: 0.75em; }
    .deferred-note { margin: 0; font-size: 0.9em; max-inline-size: 100%; overflow-wrap: anywhere; }
    .show-button { font-size: 0.9375em; }

    button {
      font: inherit; font-size: 0.8125em; font-weight: 600; cursor: pointer; flex: none;
      padding: 0.4375em 1em; border-radius: 999px; border: 1px solid var(--_border);
      background: var(--_bg); color: var(--_fg);
    }
    button:hover { background: var(--_bg-2); }

    @media (forced-colors: active) {
      .pill, .chip, .tag, .origin { border: 1px solid CanvasText; }
    }
  `,
];
