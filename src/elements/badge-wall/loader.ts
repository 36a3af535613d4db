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

export class WallLoader {
  private readonly limiter: KeyedLimiter;
  private readonly controller = new AbortController();
  private readonly started = new Set<number>();
  /** Origins that answered once: until then one load at a time, so the first card's BadgeClass and issuer
   *  requests do not queue behind five other assertions (and are cached for everyone after it). */
  private readonly warm = new Set<string>();
  private readonly maxInFlight: number;
  private priority: number[] = [];
  private cursor = 0;
  private inFlight = 0;
  private settled = 0;

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
    this.priority = indices.filter((i) => this.items[i]?.status === 'pending' && !this.started.has(i));
    this.pump();
  }

  abort(): void {
    this.controller.abort();
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

  private hasRoom(it: WallItem): boolean {
    const origin = itemOrigin(it);
    return this.limiter.hasRoom(origin) && (this.warm.has(origin) || this.limiter.active(origin) === 0);
  }

  private pump(): void {
    if (this.controller.signal.aborted) return;
    while (this.inFlight < this.maxInFlight) {
      const it = this.pick();
      if (!it) return;
      this.started.add(it.index);
      this.inFlight++;
      void this.limiter.run(itemOrigin(it), () => this.load(it)).finally(() => {
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
    this.warm.add(itemOrigin(item));
    this.settled++;
    this.onSettled(item);
  }
}
