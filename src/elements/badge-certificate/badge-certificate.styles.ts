import { css } from 'lit';
import { tokens, utilities } from '../shared/tokens.js';

export const certificateStyles = [
  tokens,
  utilities,
  css`
    :host { display: block; font-family: var(--_font); color: #1d2330; --_acc: var(--badge-certificate-accent, #2f4a9e); }
    .page {
      box-sizing: border-box; inline-size: 100%; max-inline-size: 297mm; aspect-ratio: 297 / 210; margin: 0 auto;
      padding: 9mm; background: #fffdf8; box-shadow: 0 4px 24px rgb(16 24 40 / 0.12); color: #1d2330;
    }
    .loading, .error { display: grid; place-items: center; color: #566073; }
    .frame {
      box-sizing: border-box; block-size: 100%; display: flex; flex-direction: column; align-items: center;
      padding: 8mm 14mm 6mm; text-align: center;
      border: 2px solid var(--_acc); outline: 1px solid color-mix(in srgb, var(--_acc) 45%, transparent); outline-offset: -7px;
    }
    header { display: flex; flex-direction: column; align-items: center; gap: 2mm; }
    .kicker { margin: 0; font-size: 11pt; letter-spacing: 0.3em; text-transform: uppercase; color: var(--_acc); font-weight: 700; }
    .art { inline-size: 30mm; block-size: 30mm; object-fit: contain; margin-block: 2mm; }
    .certifies { margin: 0; font-size: 10pt; color: #566073; font-style: italic; }
    h1 { margin: 0; font-family: Georgia, 'Times New Roman', serif; font-weight: 600; font-size: 26pt; line-height: 1.15; color: #141a26; }
    .recipient { margin: 0; font-family: Georgia, serif; font-size: 16pt; }
    .description { margin: 1mm 0 0; max-inline-size: 200mm; font-size: 10.5pt; line-height: 1.45; color: #374151; }
    .facts { display: flex; gap: 14mm; margin-block: 5mm 3mm; }
    .facts div { display: flex; flex-direction: column; align-items: center; gap: 0.5mm; }
    .label { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.12em; color: #566073; font-weight: 700; }
    .value { font-size: 11pt; font-weight: 600; }
    .origin { font-family: var(--_mono); font-size: 8pt; color: #566073; }
    .more { max-inline-size: 220mm; font-size: 9pt; line-height: 1.45; color: #374151; }
    .more p { margin: 0 0 1.5mm; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
    footer { margin-block-start: auto; display: flex; align-items: center; gap: 4mm; text-align: start; align-self: stretch; justify-content: center; }
    footer badge-qr { --badge-qr-size: 24mm; }
    footer p { margin: 0; display: flex; flex-direction: column; gap: 0.5mm; max-inline-size: 150mm; }
    footer a { font-family: var(--_mono); font-size: 8pt; color: #1d2330; word-break: break-all; text-decoration: none; }
    @media print {
      :host { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      .page { box-shadow: none; inline-size: 297mm; block-size: 210mm; max-inline-size: none; aspect-ratio: auto; break-inside: avoid; }
    }
  `,
];
