/**
 * The wall's loading and verification life (a Lit reactive controller): items from the sources, the loading
 * queue, `verify-all`, throttled re-renders, the wall's events, and the names of pathway achievements. Part of
 * the lazily loaded body (`body.ts`): the wall makes it when its first sources are in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BadgeClient } from '../../core/client.js';
import type { AchievementRef } from '../../core/formats/lists.js';
import { BadgeWallLoadEvent, BadgeWallVerifiedEvent } from './events.js';
import type { WallItem } from './model.js';
import type { Sources } from './sources.js';
import { WallLoader } from './loader.js';
import { WallVerifier } from './verifier.js';

const FLUSH_MS = 120;
/** How long new sources wait for their first card before the wall renders its tiles as placeholders anyway. */
const HOLD_MS = 80;

export interface WallHost extends ReactiveControllerHost, EventTarget {
  verifyAll: boolean;
  now?: Date;
  perOrigin: number;
}

export class WallController implements ReactiveController {
  items: WallItem[] = [];
  sources?: Sources;
  /** Items loaded or failed. */
  settled = 0;
  /** Loaded badges that can be verified (not available BadgeClasses), and how many are verified. */
  verifiable = 0;
  verified = 0;
  loadDone = false;
  /** Bumped whenever the items changed (the host recomputes its view then). */
  version = 0;
  described = new Map<string, AchievementRef>();
  /**
   * New sources, no item settled yet (for at most HOLD_MS): the host keeps showing "loading" instead of rendering
   * the whole wall of placeholders, so that render does not hold up the first card's chain of requests
   * (assertion → BadgeClass → issuer profile: each response is read on the main thread).
   */
  holding = false;
  private holdTimer?: ReturnType<typeof setTimeout>;
  private loader?: WallLoader;
  private verifier?: WallVerifier;
  private client?: BadgeClient;
  private flushTimer?: ReturnType<typeof setTimeout>;
  private afterFirst?: () => void;
  private verifyDone = false;

  constructor(private readonly host: WallHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.holdTimer);
    this.holding = false;
    this.loader?.abort();
    this.verifier?.abort();
  }

  /** New sources: fresh items and loader (and verifier). */
  start(s: Sources, client: BadgeClient): void {
    this.hostDisconnected();
    this.verifier = undefined;
    this.client = client;
    this.sources = s;
    this.items = s.entries.map((entry, index) => ({ index, entry, status: 'pending' }));
    this.settled = this.verifiable = this.verified = 0;
    this.loadDone = this.verifyDone = false;
    this.described = new Map();
    this.loader = new WallLoader(this.items, client, (it) => this.onSettled(it), { perOrigin: this.host.perOrigin });
    this.loader.start();
    if (this.host.verifyAll) this.startVerifier();
    this.holding = s.entries.length > 0;
    if (this.holding) this.holdTimer = setTimeout(() => this.release(), HOLD_MS);
    this.bump();
    // names and images of the pathways' missing achievements: after the first card (it goes first on the wire)
    // (stacks only come from lists, so the list readers' chunk is already in)
    this.afterFirst = () => {
      const refs = s.stacks.flatMap((st) => st.badges).filter((ref) => !ref.name);
      if (refs.length === 0) return;
      void import('../../core/formats/lists.js').then(({ describeAchievement }) => {
        for (const ref of refs) {
          if (this.sources !== s) return;
          void describeAchievement(ref, { fetcher: client.fetcher }).then((r) => {
            if (this.sources !== s || !r.name) return;
            this.described = new Map(this.described).set(ref.id, r);
            this.bump();
          });
        }
      }, () => undefined); // the names stay unknown, as when an achievement cannot be read
    };
    setTimeout(() => this.runAfterFirst(), 500);
    if (s.entries.length === 0) this.finishLoad();
  }

  /** `verify-all` turned on after the items arrived. */
  startVerifier(): void {
    if (this.verifier || !this.client || this.items.length === 0) return;
    this.verifier = new WallVerifier(this.items, this.client, () => this.onVerified(), this.host.now);
    this.verifier.kick();
  }

  /** The visible items (loaded first, verified first). */
  prioritize(indices: number[]): void {
    this.loader?.prioritize(indices.filter((i) => this.items[i]?.status === 'pending'));
    this.verifier?.prioritize(indices);
  }

  private release(): void {
    if (!this.holding) return;
    clearTimeout(this.holdTimer);
    this.holding = false;
    this.bump();
  }

  private runAfterFirst(): void {
    const f = this.afterFirst;
    this.afterFirst = undefined;
    f?.();
  }

  private onSettled(item: WallItem): void {
    this.settled++;
    if (item.status === 'loaded' && item.entry.kind !== 'available') this.verifiable++;
    if (this.settled === 1) this.runAfterFirst();
    this.verifier?.kick();
    if (this.settled >= this.items.length) this.finishLoad();
    if (this.holding) this.release(); // the first card: rendered at once
    else this.scheduleFlush();
  }

  private onVerified(): void {
    this.verified++;
    this.checkVerifyDone();
    this.scheduleFlush();
  }

  private checkVerifyDone(): void {
    if (this.verifyDone || !this.verifier || !this.loadDone || this.verified < this.verifiable) return;
    this.verifyDone = true;
    const byState: Record<string, number> = {};
    for (const it of this.items) if (it.verified) byState[it.verified.state] = (byState[it.verified.state] ?? 0) + 1;
    this.host.dispatchEvent(new BadgeWallVerifiedEvent({ verified: this.verified, byState }));
  }

  private finishLoad(): void {
    if (this.loadDone) return;
    this.loadDone = true;
    const failed = this.items.filter((i) => i.status === 'error').length;
    this.bump();
    this.host.dispatchEvent(new BadgeWallLoadEvent({ total: this.items.length, loaded: this.items.length - failed, failed }));
    this.checkVerifyDone();
  }

  private bump(): void {
    this.version++;
    this.host.requestUpdate();
  }

  /** Results arrive one by one: render at most every FLUSH_MS (the first at once: first card fast). */
  private scheduleFlush(): void {
    if (this.flushTimer !== undefined) return;
    const first = this.settled <= 1;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.bump();
    }, first ? 0 : this.items.length > 5000 ? FLUSH_MS * 2 : FLUSH_MS);
  }
}
