import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The card's fixed box per size and layout. One table feeds both the element's
 * `:host` sizes and the preload rule a page puts before the script arrives,
 * so the box never changes size (no layout shift while loading).
 */
export const cardSizes = {
  small: { width: '16rem', full: '26rem', compact: '4.75rem', image: '4.75rem', compactImage: '3rem' },
  medium: { width: '20rem', full: '29rem', compact: '5.5rem', image: '6rem', compactImage: '3.5rem' },
  large: { width: '25rem', full: '34rem', compact: '6.5rem', image: '7.5rem', compactImage: '4.25rem' },
} as const;

export type CardSize = keyof typeof cardSizes;
export type CardLayout = 'compact' | 'full';

function rules(selector: (size: CardSize | '', layout: CardLayout | '') => string): string {
  const out: string[] = [];
  for (const size of Object.keys(cardSizes) as CardSize[]) {
    const s = cardSizes[size];
    const sizeSel = size === 'medium' ? '' : size;
    if (sizeSel) out.push(`${selector(size, '')}{inline-size:var(--badge-card-width,${s.width});block-size:var(--badge-card-height,${s.full})}`);
    out.push(`${selector(sizeSel, 'compact')}{block-size:var(--badge-card-height,${s.compact})}`);
  }
  return out.join('\n');
}

const m = cardSizes.medium;

/** The `:host` box of `<badge-card>` (medium/full by default). */
export const hostSizes: CSSResult = unsafeCSS(
  `:host{display:inline-block;vertical-align:top;box-sizing:border-box;inline-size:var(--badge-card-width,${m.width});max-inline-size:100%;block-size:var(--badge-card-height,${m.full})}\n` +
    rules((size, layout) => `:host(${size ? `[size=${size}]` : ''}${layout ? `[layout=${layout}]` : ''})`),
);

/**
 * CSS for the page, before the script loads: reserves each card's box.
 * `<style>${preloadCss}</style>` or the same text from `preload.css`.
 */
export const preloadCss: string = /* @__PURE__ */ (() =>
  `badge-card:not(:defined){display:inline-block;vertical-align:top;box-sizing:border-box;inline-size:var(--badge-card-width,${m.width});max-inline-size:100%;block-size:var(--badge-card-height,${m.full})}\n` +
  rules((size, layout) => `badge-card${size ? `[size=${size}]` : ''}${layout ? `[layout=${layout}]` : ''}:not(:defined)`) +
  '\n')(); // (pure: a page that does not import it does not compute or download it)
