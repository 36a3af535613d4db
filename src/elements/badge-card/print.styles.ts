import { css } from 'lit';

/**
 * Cards in printed résumés: no menus or buttons, the verification URL (and the QR code) printed,
 * no page break inside a card, ink-friendly colours. Also the screen layout of the QR / share
 * additions in the actions row.
 */
export const printStyles = css`
  .print-info { display: none; }
  /* full layout: the actions row sits under the body, always visible in the fixed box */
  .card.full > .footer { flex: none; padding: 0 1.125em; }
  .card.full > .footer > .details-toggle, .card.full > .footer > slot::slotted(*) { margin-block: 0.125em 0.75em; }
  .footer > badge-qr.screen { --badge-qr-size: 4.25rem; margin-block-end: 0.625em; margin-inline-end: auto; }
  .card.full > .footer > badge-share { margin-block-end: 0.75em; }
  .card.full > .footer:has(> badge-qr) { align-items: flex-end; }
  .card.compact > badge-share { flex: none; }
  /* the share button matches the card's other small action buttons */
  badge-share::part(button) { font-size: 0.75rem; padding: 0.3125rem 0.75rem; }
  .compact > badge-share::part(button) { padding: 0.375rem; }
  /* small cards: icon-only share button; the word stays its accessible name (visually hidden) */
  :host([size='small']) badge-share::part(button) { padding: 0.375rem; }
  :host([size='small']) badge-share::part(label) {
    position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }

  @media print {
    :host {
      break-inside: avoid; page-break-inside: avoid;
      block-size: auto !important; min-block-size: 0 !important;
      print-color-adjust: exact; -webkit-print-color-adjust: exact;
    }
    .card { box-shadow: none; break-inside: avoid; block-size: auto; border-color: #b8bfcc; }
    .body { mask-image: none; overflow: visible; }
    button, badge-share, [part~='actions'] button, .details-toggle, .details, .verify-button { display: none !important; }
    .footer > badge-qr.screen { display: none; }
    .print-info {
      display: flex; align-items: center; gap: 0.75em; padding: 0.5em 1.125em 0.75em;
      border-block-start: 1px dashed #c8ceda; font-size: 0.75em; color: #374151;
    }
    .compact .print-info { padding: 0; border: 0; }
    .print-info badge-qr { --badge-qr-size: 5.5rem; flex: none; }
    .print-url { margin: 0; min-inline-size: 0; }
    .print-url span:first-child { display: block; font-weight: 650; text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.85em; }
    .print-url .url { font-family: var(--_mono); word-break: break-all; }
    a { color: inherit; }
  }
`;
