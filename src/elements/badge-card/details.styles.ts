import { css } from 'lit';

/** The details panel (Markdown fields); adopted by the card when the panel is first opened (`details-panel.ts`). */
export const detailsPanelStyles = css`
  .details {
    position: absolute; inset: 0; z-index: 1; box-sizing: border-box; overflow: auto; overscroll-behavior: contain;
    display: flex; flex-direction: column; gap: 0.75em; padding: 0.75em 1.125em 1em;
    background: var(--_bg); color: var(--_fg); font-size: 0.8125em; line-height: 1.5;
    overflow-wrap: anywhere; contain: paint;
  }
  .details-bar { display: flex; align-items: center; gap: 0.5em; }
  .details-title {
    flex: 1; min-inline-size: 0; margin: 0; font-weight: 650; unicode-bidi: isolate;
    white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  }
  .details-close { font-size: 0.9em; padding: 0.25em 0.75em; }
  .details-heading {
    margin: 0 0 0.25em; font-size: 0.85em; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
  }
  .items { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.625em; }
  .item-title { margin: 0; font-weight: 600; unicode-bidi: isolate; }
  .item-text { margin: 0; color: var(--_muted); }
  .md { unicode-bidi: plaintext; max-inline-size: 100%; }
  .md-plain { white-space: pre-line; }
  .md :is(p, ul, ol, pre, blockquote) { margin: 0 0 0.5em; }
  .md :is(h1, h2, h3, h4, h5, h6) { font-size: 1em; margin: 0.5em 0 0.25em; }
  .md :is(ul, ol) { padding-inline-start: 1.25em; }
  .md pre { overflow: auto; max-inline-size: 100%; padding: 0.5em; border-radius: var(--_radius-sm); background: var(--_bg-2); }
  .md code { font-family: var(--_mono); font-size: 0.92em; }
  .md blockquote { padding-inline-start: 0.75em; border-inline-start: 3px solid var(--_border); color: var(--_muted); }
  .md img { max-inline-size: 100%; block-size: auto; max-block-size: 12em; }
`;
