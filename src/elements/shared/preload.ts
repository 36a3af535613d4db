/** The page-level CSS that reserves `<badge-card>` boxes before the script arrives (same text as `preload.css`). */
export { preloadCss } from './sizes.js';
