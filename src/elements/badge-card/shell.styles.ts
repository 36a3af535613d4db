import { css, unsafeCSS } from 'lit';
import { boxTokens } from '../shared/token-sheet.js';
import { hostSizes, cardSizes } from '../shared/sizes.js';

const imageSizes = unsafeCSS(
  (Object.keys(cardSizes) as (keyof typeof cardSizes)[])
    .map((s) => {
      const sel = s === 'medium' ? ':host' : `:host([size=${s}])`;
      return `${sel}{--_img:var(--badge-card-image-size,${cardSizes[s].image});--_img-compact:var(--badge-card-image-size,${cardSizes[s].compactImage})}`;
    })
    .join('\n'),
);

/**
 * What `<badge-card>` needs before its view has loaded: the themes' tokens, the fixed box per size and
 * layout, and the skeleton. The rest of its styles come with the view (`badge-card.styles.ts`).
 */
export const cardShellStyles = [
  boxTokens, // (every token comes with the view)
  hostSizes,
  imageSizes,
  css`
    :host([hidden]) { display: none; }
    :host { contain: layout paint; font-family: var(--_font); color: var(--_fg); line-height: 1.4; }
    :host([size='small']) { font-size: 0.9375rem; }
    :host([size='large']) { font-size: 1.0625rem; }

    .card {
      position: relative; box-sizing: border-box; inline-size: 100%; block-size: 100%;
      display: flex; flex-direction: column; overflow: hidden;
      background: var(--_bg); color: var(--_fg);
      border: 1px solid var(--_border); border-radius: var(--_radius); box-shadow: var(--_shadow);
      text-align: start;
    }
    .card.compact { flex-direction: row; align-items: center; gap: 0.75em; padding: 0.625em 0.875em; }

    .band {
      position: relative; flex: none; display: grid; place-items: center;
      padding: 0.875em 1em 0.75em; background: var(--_bg-2);
      border-block-end: 1px solid var(--_border);
    }
    .body {
      flex: 1; min-block-size: 0; display: flex; flex-direction: column; gap: 0.5em;
      padding: 0.75em 1.125em 1em; overflow: hidden;
      /* fades only what overflows into the bottom padding */
      mask-image: linear-gradient(to bottom, #000 calc(100% - 1em), transparent);
    }
    .body > * { flex-shrink: 0; }
    .head { text-align: center; display: flex; flex-direction: column; align-items: center; gap: 0.25em; }
    .compact .text { flex: 1; min-inline-size: 0; display: flex; flex-direction: column; gap: 0.125em; }
    /* ---------- skeleton */
    .sk { background: var(--_skeleton); border-radius: 0.375em; position: relative; overflow: hidden; }
    .sk::after {
      content: ''; position: absolute; inset: 0;
      background: linear-gradient(90deg, transparent, var(--_skeleton-hi), transparent);
      transform: translateX(-100%); animation: shimmer 1.4s ease-in-out infinite;
    }
    @keyframes shimmer { to { transform: translateX(100%); } }
    @media (prefers-reduced-motion: reduce) { .sk::after { animation: none; display: none; } }
    .sk.image { border-radius: 50%; }
    .sk.line { block-size: 0.75em; }
    .sk.title { block-size: 1.1em; inline-size: 70%; }
    .skeleton .head .sk.line { inline-size: 45%; }
    .skeleton .body .w90 { inline-size: 90%; }
    .skeleton .body .w75 { inline-size: 75%; }
    .skeleton .body .w60 { inline-size: 60%; }
    .skeleton .chips-sk { display: flex; gap: 0.375em; }
    .skeleton .chips-sk .sk { block-size: 1.4em; inline-size: 4.5em; border-radius: 999px; }

    /* skeleton sizes as classes: no inline style attributes (CSP style-src without 'unsafe-inline') */
    .sk.sk-img { inline-size: var(--_img); block-size: var(--_img); }
    .sk.sk-img-compact { inline-size: var(--_img-compact); block-size: var(--_img-compact); }
    .skeleton .sk.line.w55 { inline-size: 55%; }
    .skeleton .sk.line.center { margin-inline: auto; }
    .empty { flex: 1; display: flex; align-items: center; justify-content: center; padding: 1.25em; text-align: center; }

    @media (forced-colors: active) {
      .card { border-color: CanvasText; }
    }
  `,
];
