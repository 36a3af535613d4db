/**
 * The wall's loading queue: visible items first, then the rest in order, at most `perOrigin` loads in
 * flight per origin (the core's keyed limiter) and `maxInFlight` overall. One shared client, so the
 * BadgeClasses and the issuer profile behind 1,000 assertions are fetched once.
 */
import type { BadgeClient } from '../../core/client.js';
import { toBadgeError } from '../../core/errors.js';
import { createLimiter, originKey, type KeyedLimiter } from '../../core/limit.js';
import { derive, type WallItem } from './model.js';

export interface LoaderOptions {
  perOrigin?: number;
  maxInFlight?: number;
}

/** Which origin an item's load talks to first (its URL, or the BadgeClass IRI of an inline OB 2.0 assertion). */
export function itemOrigin(item: WallItem): string {
  const input = item.entry.input;
  if (typeof input === 'string') return originKey(input);
  const badge = (input as { badge?: unknown }).badge;
  return typeof badge === 'string' ? originKey(badge) : 'inline';
}

/**
 * While the visible range moves (the user scrolls), at most this many loads start per animation frame. Every
 * result is read on the main thread (fetch, body, JSON, normalizing: ≈ 1–2 ms each), so a full queue of 24
 * in flight left no room for frames (a wheel scroll over a loading wall of 10,000 dropped 40 % of them).
 */
const SCROLL_STARTS_PER_FRAME = 4;
/** How long after the last visible-range change the loader keeps to that pace. */
const SCROLL_CALM_MS = 250;

export class WallLoader {
  private readonly limiter: KeyedLimiter;
  private readonly controller = new AbortController();
  private readonly started = new Set<number>();
  /** Origins that answered once: until then one load at a time, so the first card's BadgeClass and issuer
   *  requests do not queue behind five other assertions (and are cached for everyone after it). */
  private readonly warm = new Set<string>();
  private readonly maxInFlight: number;
  /** Each item's origin, parsed once (pick() looks at up to 64 items per slot: a URL parse each was ~1/6 of the main thread while loading). */
  private readonly origins: (string | undefined)[] = [];
  private priority: number[] = [];
  private cursor = 0;
  private inFlight = 0;
  private settled = 0;
  private scrollingUntil = 0;
  private startsThisFrame = 0;
  private frame?: number;

  constructor(
    private readonly items: WallItem[],
    private readonly client: BadgeClient,
    private readonly onSettled: (item: WallItem) => void,
    options: LoaderOptions = {},
  ) {
    this.limiter = createLimiter(options.perOrigin ?? 6);
    this.maxInFlight = options.maxInFlight ?? 24;
    this.settled = items.filter((i) => i.status !== 'pending').length;
  }

  get done(): boolean {
    return this.settled >= this.items.length;
  }

  start(): void {
    this.pump();
  }

  /** Loads these item indices next (the visible ones). */
  prioritize(indices: number[]): void {
    this.scrollingUntil = performance.now() + SCROLL_CALM_MS;
    this.priority = indices.filter((i) => this.items[i]?.status === 'pending' && !this.started.has(i));
    this.pump();
  }

  abort(): void {
    this.controller.abort();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
  }

  /** Paced while scrolling: false when this frame's starts are used up (the next frame pumps again). */
  private mayStart(): boolean {
    if (performance.now() > this.scrollingUntil) {
      this.startsThisFrame = 0;
      return true;
    }
    if (this.frame === undefined) {
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.startsThisFrame = 0;
        this.pump();
      });
    }
    return this.startsThisFrame < SCROLL_STARTS_PER_FRAME;
  }

  private pick(): WallItem | undefined {
    for (let p = 0; p < this.priority.length; p++) {
      const it = this.items[this.priority[p]!]!;
      if (it.status !== 'pending' || this.started.has(it.index)) {
        this.priority.splice(p--, 1);
        continue;
      }
      if (this.hasRoom(it)) {
        this.priority.splice(p, 1);
        return it;
      }
    }
    while (this.cursor < this.items.length && (this.started.has(this.cursor) || this.items[this.cursor]!.status !== 'pending')) this.cursor++;
    // look a little ahead for an origin with room (another origin's items need not wait behind a busy one)
    for (let i = this.cursor, seen = 0; i < this.items.length && seen < 64; i++) {
      const it = this.items[i]!;
      if (it.status !== 'pending' || this.started.has(i)) continue;
      seen++;
      if (this.hasRoom(it)) return it;
    }
    return undefined;
  }

  private origin(it: WallItem): string {
    return (this.origins[it.index] ??= itemOrigin(it));
  }

  private hasRoom(it: WallItem): boolean {
    const origin = this.origin(it);
    return this.limiter.hasRoom(origin) && (this.warm.has(origin) || this.limiter.active(origin) === 0);
  }

  private pump(): void {
    if (this.controller.signal.aborted) return;
    while (this.inFlight < this.maxInFlight) {
      if (!this.mayStart()) return;
      const it = this.pick();
      if (!it) return;
      this.startsThisFrame++;
      this.started.add(it.index);
      this.inFlight++;
      void this.limiter.run(this.origin(it), () => this.load(it)).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async load(item: WallItem): Promise<void> {
    const signal = this.controller.signal;
    try {
      const badge = await this.client.loadBadge(item.entry.input, { signal });
      if (signal.aborted) return;
      item.badge = badge;
      item.status = 'loaded';
      derive(item);
    } catch (e) {
      if (signal.aborted) return;
      const err = toBadgeError(e);
      item.status = 'error';
      item.error = { code: err.code, message: err.message };
    }
    this.warm.add(this.origin(item));
    this.settled++;
    this.onSettled(item);
  }
}
