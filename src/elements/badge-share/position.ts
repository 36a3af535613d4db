/**
 * Places the menu (a popover in the top layer, so the card's overflow and containment never clip it)
 * under the button, aligned to its end edge, or above it when there is no room below.
 * Coordinates are set through the CSSOM (allowed under a strict `style-src`).
 */
export function placeMenu(menu: HTMLElement, anchor: HTMLElement, rtl: boolean): void {
  const gap = 4;
  const margin = 8;
  const a = anchor.getBoundingClientRect();
  const m = menu.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  let left = rtl ? a.left : a.right - m.width;
  left = Math.max(margin, Math.min(left, vw - m.width - margin));
  let top = a.bottom + gap;
  if (top + m.height > vh - margin && a.top - gap - m.height >= margin) top = a.top - gap - m.height;
  menu.style.setProperty('left', `${Math.round(left)}px`);
  menu.style.setProperty('top', `${Math.round(top)}px`);
}

/** Whether the Popover API is there (else the menu is positioned absolutely inside the host). */
export const supportsPopover = typeof HTMLElement !== 'undefined' && Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover');
