import { svg } from 'lit';


/** Decorative menu icons (static markup, hidden from assistive technology). */
export const shareIcons = {
  share: svg`<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="3.5" r="1.8"/><circle cx="4" cy="8" r="1.8"/><circle cx="12" cy="12.5" r="1.8"/><path d="m5.6 7.1 4.8-2.7M5.6 8.9l4.8 2.7"/></svg>`,
  linkedin: svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><rect width="16" height="16" rx="3" fill="currentColor"/><path fill="var(--_bg, #fff)" d="M3.6 6.2h2v6.2h-2zM4.6 3.2a1.1 1.1 0 1 1 0 2.3 1.1 1.1 0 0 1 0-2.3ZM7 6.2h1.9v.9c.3-.5 1-1 2-1 2 0 2.4 1.3 2.4 3v3.3h-2V9.5c0-.7 0-1.6-1-1.6s-1.2.8-1.2 1.6v2.9H7z"/></svg>`,
  plus: svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"><rect x="1.5" y="1.5" width="13" height="13" rx="3"/><path d="M8 5v6M5 8h6"/></svg>`,
  x: svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="currentColor"><path d="M12.2 1.5h2.2L9.6 7l5.6 7.5h-4.4L7.4 10l-4 4.5H1.2l5.1-5.9L1 1.5h4.5l3.1 4.1zm-.8 11.7h1.2L4.7 2.7H3.4z"/></svg>`,
  facebook: svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7.5" fill="currentColor"/><path fill="var(--_bg, #fff)" d="M8.9 15.5V10h1.8l.3-2.1H8.9V6.6c0-.6.2-1 1-1h1.1V3.7a14 14 0 0 0-1.6-.1C7.8 3.6 6.8 4.6 6.8 6.4v1.5H5V10h1.8v5.5z"/></svg>`,
  email: svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round"><rect x="1.5" y="3" width="13" height="10" rx="1.5"/><path d="m2 4 6 5 6-5"/></svg>`,
  copy: svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"><path d="M6.8 9.2a3 3 0 0 0 4.3 0l2.3-2.3a3 3 0 0 0-4.3-4.3l-.9.9"/><path d="M9.2 6.8a3 3 0 0 0-4.3 0L2.6 9.1a3 3 0 0 0 4.3 4.3l.9-.9"/></svg>`,
  native: svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><path d="M8 10V1.8M5.2 4.5 8 1.7l2.8 2.8"/><path d="M5 6.5H3.5v7.8h9V6.5H11"/></svg>`,
  download: svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"><path d="M8 1.8V10M5.2 7.3 8 10.1l2.8-2.8M2.5 12v2.2h11V12"/></svg>`,
  check: svg`<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"><path d="m3 8.5 3.2 3L13 4.5"/></svg>`,
};
