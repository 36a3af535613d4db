/**
 * `verify-all`: verifies the visible loaded badges first, then the others when the page is idle, a few at a
 * time, yielding to the main thread between credentials (no long tasks). Reports go on the items.
 */
import type { BadgeClient } from '../../core/client.js';
import type { WallItem } from './model.js';

const yieldToMain = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
};

const whenIdle = (): Promise<void> =>
  new Promise((r) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => r(), { timeout: 300 }) : setTimeout(r, 16)));

export class WallVerifier {
  private readonly controller = new AbortController();
  private readonly started = new Set<number>();
  private visible: number[] = [];
  private cursor = 0;
  private running = 0;

  constructor(
    private readonly items: WallItem[],
    private readonly client: BadgeClient,
    private readonly onVerified: (item: WallItem) => void,
    private readonly now?: Date,
    private readonly concurrency = 3,
  ) {}

  /** Visible item indices: verified before the rest. */
  prioritize(indices: number[]): void {
    this.visible = indices;
    this.kick();
  }

  /** New items were loaded: keep going. */
  kick(): void {
    while (this.running < this.concurrency && !this.controller.signal.aborted) {
      const next = this.pick();
      if (!next) return;
      this.running++;
      void this.verify(next.item, next.visible).finally(() => {
        this.running--;
        this.kick();
      });
    }
  }

  abort(): void {
    this.controller.abort();
  }

  private ready(it: WallItem | undefined): it is WallItem {
    return !!it && it.status === 'loaded' && it.entry.kind !== 'available' && !it.verified && !this.started.has(it.index);
  }

  private pick(): { item: WallItem; visible: boolean } | undefined {
    for (const i of this.visible) {
      const it = this.items[i];
      if (this.ready(it)) return { item: it, visible: true };
    }
    const finished = (it: WallItem) => it.status === 'error' || it.entry.kind === 'available' || !!it.verified || this.started.has(it.index);
    while (this.cursor < this.items.length && finished(this.items[this.cursor]!)) this.cursor++;
    for (let i = this.cursor; i < this.items.length; i++) {
      const it = this.items[i]!;
      if (this.ready(it)) return { item: it, visible: false };
    }
    return undefined;
  }

  private async verify(item: WallItem, visible: boolean): Promise<void> {
    this.started.add(item.index);
    await (visible ? yieldToMain() : whenIdle());
    const signal = this.controller.signal;
    if (signal.aborted) return;
    const report = await this.client.verify(item.entry.input, { signal, now: this.now, endorsementDepth: 0 });
    if (signal.aborted) return;
    item.verified = { state: report.state, authentic: report.authentic, ...(report.code ? { code: report.code } : {}) };
    this.onVerified(item);
    await yieldToMain();
  }
}
