import { css } from 'lit';
import { tokens, utilities } from '../shared/tokens.js';

export const badgeQrStyles = [
  tokens,
  utilities,
  css`
    :host { display: inline-flex; flex-direction: column; align-items: center; gap: 0.375em; font-family: var(--_font); vertical-align: top; }
    :host([hidden]) { display: none; }
    svg, .box { display: block; inline-size: var(--badge-qr-size, 6rem); block-size: var(--badge-qr-size, 6rem); }
    .light { fill: var(--badge-qr-light, #fff); }
    .dark { fill: var(--badge-qr-dark, #000); }
    .placeholder { background: var(--_skeleton); border-radius: 4px; }
    .downloads { display: flex; gap: 0.375em; }
    button {
      font: inherit; font-size: 0.6875rem; font-weight: 600; cursor: pointer; padding: 0.25em 0.625em;
      border-radius: 999px; border: 1px solid var(--_border); background: var(--_bg); color: var(--_fg);
    }
    button:hover { background: var(--_bg-2); }
    /* a QR code must stay dark on light to scan: keep its colours in forced-colours mode */
    svg { forced-color-adjust: none; }
    @media print {
      .downloads { display: none !important; }
      .light { fill: #fff; }
      .dark { fill: #000; }
    }
  `,
];
