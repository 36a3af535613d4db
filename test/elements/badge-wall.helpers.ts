import { createBadgeClient, type BadgeClient } from '../../src/core/client.js';
import { defineBadgeWall, type BadgeWall } from '../../src/badge-wall.js';
import type { BadgeWallLoadEvent } from '../../src/elements/badge-wall/events.js';

defineBadgeWall();

// The virtualizer's list layout measures rows with a ResizeObserver; Chromium reports "ResizeObserver loop
// completed with undelivered notifications" through window.onerror when a measurement changes layout in the
// same frame. It is a notification, not an error (nothing is lost): keep it from failing unrelated tests.
addEventListener('error', (e) => {
  if (/ResizeObserver loop/.test(e.message)) {
    e.stopImmediatePropagation();
    e.preventDefault();
  }
}, true);

export const abs = (path: string): string => new URL(path, location.origin).href;

/** A fresh client per wall (own fetcher cache), so request counts start from zero. */
export const freshClient = (): BadgeClient => createBadgeClient();

let host: HTMLElement | undefined;

/** Mounts a wall; resolves once every item has loaded or failed (`badge-wall-load`) and the last render is done. */
export async function mountWall(setup: (w: BadgeWall) => void, children = ''): Promise<{ wall: BadgeWall; detail: BadgeWallLoadEvent['detail'] }> {
  host ??= document.body.appendChild(document.createElement('div'));
  const wall = document.createElement('badge-wall');
  wall.innerHTML = children;
  const loaded = new Promise<BadgeWallLoadEvent['detail']>((r) => wall.addEventListener('badge-wall-load', (e) => r(e.detail), { once: true }));
  wall.client = freshClient();
  setup(wall);
  host.append(wall);
  const detail = await loaded;
  await settle(wall);
  return { wall, detail };
}

/** Waits for pending renders (the wall flushes results at most every 120 ms) and the virtualizer's layout. */
export async function settle(wall: BadgeWall): Promise<void> {
  for (let i = 0; i < 3; i++) {
    // the list is virtualized around the viewport: bring it into view so its tiles render
    if (i === 1 && !wall.shadowRoot!.querySelector('.tile')) wall.shadowRoot!.querySelector('.list')?.scrollIntoView({ block: 'start' });
    await new Promise((r) => setTimeout(r, 150));
    await wall.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
}

export function cleanupWalls(): void {
  host?.remove();
  host = undefined;
}

export const q = <T extends Element = HTMLElement>(w: BadgeWall, sel: string): T | null => w.shadowRoot!.querySelector<T>(sel);
export const qa = <T extends Element = HTMLElement>(w: BadgeWall, sel: string): T[] => [...w.shadowRoot!.querySelectorAll<T>(sel)];
export const txt = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Tile names currently rendered (the list is virtualized: only the ones near the viewport). */
export const tileNames = (w: BadgeWall): string[] => qa(w, '.tile .name').map(txt);

/** Sets a form control of the wall like a user would (value + input/change events). */
export async function setControl(w: BadgeWall, name: string, value: string): Promise<void> {
  const el = q<HTMLInputElement | HTMLSelectElement>(w, `[name="${name}"]${name === 'layout' ? `[value="${value}"]` : ''}`)!;
  if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = true;
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(w);
}

/** Option texts of a filter select, e.g. ["All skills", "SQL (3)", …]. */
export const optionTexts = (w: BadgeWall, name: string): string[] => qa<HTMLOptionElement>(w, `select[name="${name}"] option`).map(txt);

export async function requests(): Promise<{ method: string; url: string }[]> {
  return (await fetch('/__requests')).json() as Promise<{ method: string; url: string }[]>;
}
export async function resetRequests(): Promise<void> {
  await fetch('/__requests/reset', { method: 'POST' });
}
