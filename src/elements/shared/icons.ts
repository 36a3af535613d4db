import { svg } from 'lit';

/** Decorative inline icons (static markup, `aria-hidden`). */
export const icons = {
  globe: svg`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4"><circle cx="8" cy="8" r="6.3"/><path d="M1.8 8h12.4M8 1.7c1.8 1.9 2.6 4 2.6 6.3S9.8 12.4 8 14.3C6.2 12.4 5.4 10.3 5.4 8S6.2 3.6 8 1.7Z"/></svg>`,
  key: svg`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4"><circle cx="5.2" cy="10.8" r="3"/><path d="m7.4 8.6 6.1-6.1M11.2 4.8l1.8 1.8M9.6 6.4l1.4 1.4"/></svg>`,
  alert: svg`<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"><path d="M10.3 3.9 2.4 17.6A2 2 0 0 0 4.1 20.6h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z"/><path d="M12 9v4.5M12 17h.01"/></svg>`,
  external: svg`<svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"><path d="M9.5 2.5h4v4M13.3 2.7 7.5 8.5M12 9.5V13a.5.5 0 0 1-.5.5h-8A.5.5 0 0 1 3 13V5a.5.5 0 0 1 .5-.5H7"/></svg>`,
  medal: svg`<svg viewBox="0 0 64 64" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"><path d="M22 6h20l-6 16h-8z" opacity=".55"/><circle cx="32" cy="38" r="17"/><path d="m32 28 3 6.2 6.8.9-5 4.7 1.3 6.7L32 43.3l-6.1 3.2 1.3-6.7-5-4.7 6.8-.9z"/></svg>`,
};
