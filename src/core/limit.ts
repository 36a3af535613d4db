/**
 * Per-key concurrency limits (DESIGN.md "fetch: per-origin limits"): at most `max` tasks run at once for
 * one key (an origin), the rest wait in FIFO order. DOM-free; used by the wall's loading queue so a wall of
 * 10,000 badges keeps at most 6 requests in flight per origin, and the visible ones go first.
 */

export interface KeyedLimiter {
  /** Runs `task` when a slot for `key` is free (FIFO per key). The result or error of `task` is passed on. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks of `key` running now. */
  active(key: string): number;
  /** True when a task for `key` would start at once. */
  hasRoom(key: string): boolean;
  /** Tasks waiting for a slot, all keys together. */
  readonly waiting: number;
}

export const DEFAULT_PER_ORIGIN = 6;

export function createLimiter(max: number = DEFAULT_PER_ORIGIN): KeyedLimiter {
  const limit = Number.isFinite(max) && max >= 1 ? Math.floor(max) : DEFAULT_PER_ORIGIN;
  const running = new Map<string, number>();
  const queues = new Map<string, (() => void)[]>();
  let waiting = 0;

  const release = (key: string): void => {
    const next = queues.get(key)?.shift();
    if (next) {
      waiting--;
      next(); // the slot passes straight to the next task of this key
      return;
    }
    queues.delete(key);
    const n = (running.get(key) ?? 1) - 1;
    if (n <= 0) running.delete(key);
    else running.set(key, n);
  };

  const acquire = (key: string): Promise<void> | undefined => {
    const n = running.get(key) ?? 0;
    if (n < limit) {
      running.set(key, n + 1);
      return undefined;
    }
    waiting++;
    return new Promise<void>((resolve) => {
      let q = queues.get(key);
      if (!q) queues.set(key, (q = []));
      q.push(resolve);
    });
  };

  return {
    async run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const wait = acquire(key);
      if (wait) await wait;
      try {
        return await task();
      } finally {
        release(key);
      }
    },
    active: (key) => running.get(key) ?? 0,
    hasRoom: (key) => (running.get(key) ?? 0) < limit && !queues.get(key)?.length,
    get waiting() {
      return waiting;
    },
  };
}

/** The key for a URL: its origin (`https://issuer.example`); `inline` for anything that is not a URL. */
export function originKey(input: unknown): string {
  if (typeof input !== 'string') return 'inline';
  try {
    const u = new URL(input.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : 'inline';
  } catch {
    return 'inline';
  }
}
