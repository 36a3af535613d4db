import { fixtureCleanup } from '@open-wc/testing';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import type { BadgeErrorEvent, BadgeLoadEvent } from '../../src/elements/shared/events.js';

export interface CatalogEntry {
  key: string;
  format: string;
  path: string;
  url: string;
  expect: { authentic: boolean; state: string; code?: string };
  tags?: string[];
}

let catalog: Promise<CatalogEntry[]> | undefined;

/** The sample issuer's catalog, served by the test server. */
export function getCatalog(): Promise<CatalogEntry[]> {
  catalog ??= fetch('/issuer/catalog.json').then((r) => r.json() as Promise<CatalogEntry[]>);
  return catalog;
}

export async function entry(key: string): Promise<CatalogEntry> {
  const e = (await getCatalog()).find((x) => x.key === key);
  if (!e) throw new Error(`no catalog entry ${key}`);
  return e;
}

/** Absolute URL on the test server's origin. */
export const abs = (path: string): string => new URL(path, location.origin).href;

export type Outcome = { type: 'load'; event: BadgeLoadEvent } | { type: 'error'; event: BadgeErrorEvent };

/**
 * Creates a card, listens for its outcome BEFORE it connects (a cached load can finish at once),
 * then attaches it. Removed by `fixtureCleanup()` (called in afterEach).
 */
export function mount(
  setup: (el: BadgeCard) => void,
  parent: HTMLElement = container(),
): { el: BadgeCard; outcome: Promise<Outcome> } {
  const el = document.createElement('badge-card');
  const outcome = new Promise<Outcome>((resolve) => {
    el.addEventListener('badge-load', (event) => resolve({ type: 'load', event }), { once: true });
    el.addEventListener('badge-error', (event) => resolve({ type: 'error', event }), { once: true });
  });
  setup(el);
  parent.append(el);
  return { el, outcome };
}

let host: HTMLElement | undefined;
function container(): HTMLElement {
  if (!host || !host.isConnected) {
    host = document.createElement('div');
    host.setAttribute('data-test-host', '');
    document.body.append(host);
  }
  return host;
}

export function cleanup(): void {
  fixtureCleanup();
  host?.remove();
  host = undefined;
}

/** Query inside the card's shadow root. */
export function $(el: BadgeCard, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function text(el: BadgeCard, selector: string): string {
  return ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Loads src into a new card and waits until it is rendered. */
export async function loadCard(src: string, setup: (el: BadgeCard) => void = () => {}): Promise<{ el: BadgeCard; outcome: Outcome }> {
  const { el, outcome } = mount((c) => {
    setup(c);
    c.src = src;
  });
  const o = await outcome;
  await el.updateComplete;
  return { el, outcome: o };
}
