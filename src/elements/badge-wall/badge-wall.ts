import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { BadgeClient } from '../../core/client.js';
import { describeAchievement, type AchievementRef } from '../../core/formats/lists.js';
import type { BadgeInput } from '../../core/types.js';
import { badgeClientContext, resolveClient } from '../shared/client-context.js';
import { langOf } from '../shared/format-date.js';
import { badgeWallStyles, TILE } from './badge-wall.styles.js';
import { BadgeSelectEvent, BadgeWallLoadEvent, BadgeWallVerifiedEvent } from './events.js';
import { readHash, writeHash } from './hash-state.js';
import { WallLoader } from './loader.js';
import { computeView, emptyBrowse, verifySummary, type Browse, type View, type WallItem } from './model.js';
import { KEY_MOVES, columnsOf, target, waitFor } from './navigation.js';
import { num, renderControls } from './render-controls.js';
import { renderStacks } from './render-stacks.js';
import { renderDetails, renderStatus } from './render-status.js';
import { renderTile } from './render-tile.js';
import { gatherSources, type Sources } from './sources.js';
import { countAchievements, stackProgress, type StackProgress } from './stacks.js';
import { WallVerifier } from './verifier.js';
import { loadVirtualizer, type Virtual } from './virtual.js';

export type BadgeWallLayout = 'grid' | 'list';
const dateConverter = { fromAttribute: (v: string | null) => (v ? new Date(v) : undefined), toAttribute: (v?: Date) => v?.toISOString() };
const FLUSH_MS = 120;

/**
 * @tagname badge-wall
 * @summary A wall of badges (an association's awards or a learner's portfolio) from feeds, presentations,
 * CLR records or BadgeClass lists: search, faceted filters, sort, grouping, pathways with progress, a
 * virtualized grid or list for thousands of badges, and optional verification of every badge.
 *
 * @slot - Child `<badge-card>` elements: read as sources, hidden once the wall renders (progressive enhancement).
 *
 * @csspart base - The wall. @csspart controls - The browse form. @csspart field - One control.
 * @csspart search - The search box. @csspart reset-button - Clear. @csspart layout - The layout switch.
 * @csspart stacks - The pathways. @csspart stack - One pathway. @csspart stack-progress - "3 of 5 earned".
 * @csspart stack-step - One achievement of a pathway (also `stack-step-earned` / `stack-step-missing`).
 * @csspart list - The (virtualized) list of tiles. @csspart tile - One tile (also `tile-pending`, `tile-error`).
 * @csspart tile-image - @csspart tile-name - @csspart tile-meta - @csspart tile-state - Parts of a tile.
 * @csspart progress - The loading progress. @csspart summary - The verification summary.
 *
 * @cssproperty --badge-wall-title-size - Title size. Colours, radius, font: the same `--badge-*` tokens as `<badge-card>`.
 *
 * @event badge-wall-load - Every item has loaded or failed: `{ total, loaded, failed }`.
 * @event badge-wall-verified - `verify-all` finished: `{ verified, byState }`.
 * @event badge-select - A tile was activated: `{ badge, index }` (cancel it to skip the details dialog).
 */
export class BadgeWall extends LitElement {
  static override styles = badgeWallStyles;

  /** One or more URLs (space-separated) of feeds, presentations, CLRs, BadgeClass lists or single badges. */
  @property() src?: string;
  /** Credentials already in hand (objects, JSON / JWS / JWT strings or URLs). */
  @property({ attribute: false }) credentials?: readonly BadgeInput[];
  /** A list document already in hand (BadgeFeed, VerifiablePresentation, ClrCredential, BadgeClass list). */
  @property({ attribute: false }) feed?: unknown;
  @property({ reflect: true }) layout: BadgeWallLayout = 'grid';
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';
  /** The wall's title (default: the feed's name). */
  @property() label?: string;
  /** Verify every badge: visible ones first, the rest when idle. */
  @property({ type: Boolean, attribute: 'verify-all' }) verifyAll = false;
  /** Keep search, filters, sort, grouping and layout in the URL hash (`#<id or "wall">.q=…`). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** The clock for validity (ISO date attribute); default: now. */
  @property({ converter: dateConverter }) now?: Date;
  /** Loads in flight per origin. */
  @property({ type: Number, attribute: 'per-origin' }) perOrigin = 6;
  @property({ attribute: false }) client?: BadgeClient;

  @consume({ context: badgeClientContext, subscribe: true }) @state() private contextClient?: BadgeClient;
  /** Search, filters, sort and grouping (what the form shows). Set it to start filtered: `{ ...wall.browse, skill: 'SQL' }`. */
  @property({ attribute: false }) browse: Browse = emptyBrowse();
  @state() private version = 0;
  @state() private childInputs: BadgeInput[] = [];
  @state() private virtual?: Virtual;
  @state() private active = -1;
  @state() private described = new Map<string, AchievementRef>();
  @state() private selected?: WallItem;

  /** Every item, in source order (mutated by the loader; `version` says when to look again). */
  items: WallItem[] = [];
  private sources?: Sources;
  private loader?: WallLoader;
  private verifier?: WallVerifier;
  private view: View = computeView([], emptyBrowse(), 0);
  private stacks: StackProgress[] = [];
  private posOf = new Map<number, number>();
  private settled = 0;
  private flushTimer?: ReturnType<typeof setTimeout>;
  private observer?: MutationObserver;
  private finished = { load: false, verify: false };
  private afterFirst?: () => void;

  private readonly sourcesTask = new Task(this, {
    task: async ([src, credentials, feed, children, client], { signal }) => {
      const s = await gatherSources({ src, credentials, feed, children }, client, signal);
      if (!signal.aborted) this.start(s, client);
      return s;
    },
    args: () => [this.src, this.credentials, this.feed, this.childInputs, this.resolvedClient] as const,
  });

  private get resolvedClient(): BadgeClient {
    return resolveClient(this.client, this.contextClient);
  }

  private get nowMs(): number {
    return this.now?.getTime() ?? Date.now();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVirtualizer().then((v) => (this.virtual = v));
    this.readChildren();
    this.observer = new MutationObserver(() => this.readChildren());
    this.observer.observe(this, { childList: true, subtree: false, attributes: true, attributeFilter: ['src', 'credential'] });
    if (this.syncUrl) this.fromHash();
    addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    removeEventListener('hashchange', this.onHashChange);
    this.loader?.abort();
    this.verifier?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('verifyAll') && this.verifyAll && !this.verifier && this.items.length) this.startVerifier();
    const labels = new Map((this.sources?.groups ?? []).map((g) => [g.id, g.name]));
    this.view = computeView(this.items, this.browse, this.nowMs, labels);
    this.posOf = new Map(this.view.items.map((it, i) => [it.index, i]));
    if (!this.posOf.has(this.active)) this.active = this.view.items[0]?.index ?? -1;
    this.stacks = stackProgress(this.sources?.stacks ?? [], countAchievements(this.items), this.described);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.syncUrl && (changed.has('browse') || changed.has('layout'))) writeHash(this.id || 'wall', this.browse, this.layout);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** New sources: fresh items, loader (and verifier); names of the pathways' missing achievements. */
  private start(s: Sources, client: BadgeClient): void {
    this.loader?.abort();
    this.verifier?.abort();
    this.verifier = undefined;
    this.sources = s;
    this.items = s.entries.map((entry, index) => ({ index, entry, status: 'pending' }));
    this.settled = 0;
    this.finished = { load: false, verify: false };
    this.loader = new WallLoader(this.items, client, (it) => this.onSettled(it), { perOrigin: this.perOrigin });
    this.loader.start();
    if (this.verifyAll) this.startVerifier();
    this.version++;
    // names and images of the pathways' achievements: after the first card (it goes first on the wire)
    const describe = () => {
      for (const ref of s.stacks.flatMap((st) => st.badges)) {
        if (ref.name || this.sources !== s) continue;
        void describeAchievement(ref, { fetcher: client.fetcher }).then((r) => {
          if (this.sources === s && r.name) this.described = new Map(this.described).set(ref.id, r);
        });
      }
    };
    this.afterFirst = describe;
    setTimeout(() => this.runAfterFirst(), 500);
    if (s.entries.length === 0) this.finishLoad();
  }

  private startVerifier(): void {
    this.verifier = new WallVerifier(this.items, this.resolvedClient, () => this.onVerified(), this.now);
    this.verifier.kick();
  }

  private runAfterFirst(): void {
    const f = this.afterFirst;
    this.afterFirst = undefined;
    f?.();
  }

  private onSettled(_item: WallItem): void {
    this.settled++;
    if (this.settled === 1) this.runAfterFirst();
    this.verifier?.kick();
    if (this.settled >= this.items.length) this.finishLoad();
    this.scheduleFlush();
  }

  private onVerified(): void {
    const s = verifySummary(this.items);
    if (s.todo === 0 && this.settled >= this.items.length && !this.finished.verify) {
      this.finished.verify = true;
      this.dispatchEvent(new BadgeWallVerifiedEvent({ verified: s.done, byState: s.byState }));
    }
    this.scheduleFlush();
  }

  private finishLoad(): void {
    if (this.finished.load) return;
    this.finished.load = true;
    const failed = this.items.filter((i) => i.status === 'error').length;
    this.version++;
    this.dispatchEvent(new BadgeWallLoadEvent({ total: this.items.length, loaded: this.items.length - failed, failed }));
  }

  /** Results arrive one by one: render at most every FLUSH_MS (the first at once: first card fast). */
  private scheduleFlush(): void {
    if (this.flushTimer !== undefined) return;
    const first = this.settled <= 1;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.version++;
    }, first ? 0 : this.items.length > 5000 ? FLUSH_MS * 2 : FLUSH_MS);
  }

  private readChildren(): void {
    const inputs: BadgeInput[] = [];
    for (const el of Array.from(this.children)) {
      if (el.localName !== 'badge-card') continue;
      const c = (el as Element & { credential?: unknown }).credential ?? el.getAttribute('credential');
      const src = el.getAttribute('src');
      if (c && (typeof c === 'object' || typeof c === 'string')) inputs.push(c as BadgeInput);
      else if (src) inputs.push(new URL(src, document.baseURI).href);
    }
    if (JSON.stringify(inputs) !== JSON.stringify(this.childInputs)) this.childInputs = inputs;
  }

  private fromHash(): void {
    const h = readHash(this.id || 'wall');
    if (!h) return;
    this.browse = h.browse;
    if (h.layout) this.layout = h.layout;
  }

  private readonly onHashChange = (): void => {
    if (this.syncUrl) this.fromHash();
  };

  private readonly onChange = (e: Event): void => {
    const t = e.target as HTMLInputElement | HTMLSelectElement;
    if (!t.name) return;
    if (t.name === 'layout') {
      if (e.type === 'change') this.layout = t.value === 'list' ? 'list' : 'grid';
      return;
    }
    if (e.type === 'change' && t.name === 'q') return; // handled on input
    this.browse = { ...this.browse, [t.name]: t.value };
  };

  private readonly onReset = (): void => {
    this.browse = emptyBrowse();
  };

  private readonly onVisible = (items: WallItem[], e: Event): void => {
    const { first, last } = e as Event & { first: number; last: number };
    if (first < 0 || last < first) return;
    const idx = items.slice(first, last + 1).map((i) => i.index);
    this.loader?.prioritize(idx.filter((i) => this.items[i]?.status === 'pending'));
    this.verifier?.prioritize(idx);
  };

  private readonly onKeyDown = async (e: KeyboardEvent): Promise<void> => {
    const tile = (e.target as Element).closest?.('.tile');
    if (!tile) return;
    const index = Number(tile.getAttribute('data-index'));
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      void this.activate(index);
      return;
    }
    const move = KEY_MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const pos = this.posOf.get(index) ?? 0;
    const rtl = getComputedStyle(this).direction === 'rtl';
    await this.focusPos(target(pos, move, this.view.items.length, columnsOf(tile.parentElement, this.layout), rtl));
  };

  private readonly onClick = (e: Event): void => {
    const tile = (e.target as Element).closest?.('.tile');
    if (tile) void this.activate(Number(tile.getAttribute('data-index')));
  };

  /** Moves the roving tabindex to a position in the view, scrolling it into the virtualized list first. */
  async focusPos(pos: number): Promise<void> {
    const item = this.view.items[pos];
    if (!item || !this.virtual) return;
    this.active = item.index;
    let g = 0, local = pos;
    for (const grp of this.view.groups ?? []) {
      if (local < grp.items.length) break;
      local -= grp.items.length;
      g++;
    }
    const list = this.renderRoot.querySelector<HTMLElement>(`.list[data-group="${g}"]`) as (HTMLElement & Record<symbol, { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined }>) | null;
    list?.[this.virtual.virtualizerRef as symbol]?.element(local)?.scrollIntoView({ block: 'nearest' });
    await this.updateComplete;
    const el = await waitFor(() => list?.querySelector<HTMLElement>(`.tile[data-index="${item.index}"]`));
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'nearest' });
  }

  private async activate(index: number): Promise<void> {
    const item = this.items[index];
    this.active = index;
    if (!item?.badge) return;
    if (!this.dispatchEvent(new BadgeSelectEvent(item.badge, index))) return;
    const m = await import('../badge-card/badge-card.js');
    m.defineBadgeCard();
    this.selected = item;
  }

  private readonly closeDetails = (): void => {
    const focusIndex = this.selected?.index;
    this.selected = undefined;
    if (focusIndex !== undefined) void this.focusPos(this.posOf.get(focusIndex) ?? 0);
  };

  private renderList(items: WallItem[], group: number, offset: number, label: string): TemplateResult {
    const v = this.virtual!;
    const ctx = { now: this.nowMs, lang: langOf(this), active: this.active, size: this.view.items.length };
    return html`<div class="list" part="list" role="list" aria-label=${label} data-group=${group}
      @visibilityChanged=${(e: Event) => this.onVisible(items, e)} @keydown=${this.onKeyDown} @click=${this.onClick}>${v.virtualize({
        items,
        // (the virtualizer may ask for a position past the end for one frame after the list shrank)
        keyFunction: (it: WallItem | undefined) => it?.index ?? -1,
        renderItem: (it: WallItem | undefined, i: number) => (it ? renderTile(it, { ...ctx, pos: offset + i + 1 }) : html``),
        layout: this.layout === 'list' ? v.list() : v.grid(TILE.width, TILE.height, TILE.gap),
      })}</div>`;
  }

  private renderLists(): TemplateResult | typeof nothing {
    if (!this.virtual || this.items.length === 0) return nothing;
    const shown = this.view.items.length;
    if (shown === 0) return html`<p class="empty" part="empty">No badges match. <button type="button" @click=${this.onReset}>Clear filters</button></p>`;
    if (!this.view.groups) return this.renderList(this.view.items, 0, 0, `Badges, ${num(shown)} shown`);
    let offset = 0;
    return html`${this.view.groups.map((g, i) => {
      const out = html`<h3 class="group-title" id="group-${i}">${g.label} <span>${num(g.items.length)}</span></h3>
        ${this.renderList(g.items, i, offset, `${g.label}, ${num(g.items.length)} badges`)}`;
      offset += g.items.length;
      return out;
    })}`;
  }

  protected override render(): TemplateResult {
    const s = this.sources;
    const loading = this.sourcesTask.status === 1 && !s;
    const achievement = this.browse.achievement ? this.stacks.flatMap((p) => p.steps).find((st) => st.id === this.browse.achievement)?.name ?? 'one achievement' : undefined;
    return html`<div class="wall" part="base">
      ${renderStatus({
        title: this.label ?? s?.name ?? 'Badges', description: s?.description, loadingSources: loading, total: this.items.length,
        shown: this.view.items.length, settled: this.settled, errors: s?.errors ?? [],
        verify: this.verifyAll ? verifySummary(this.items) : undefined, loadDone: this.finished.load,
      })}
      ${renderStacks(this.stacks, (id) => (this.browse = { ...emptyBrowse(), sort: this.browse.sort, achievement: id }))}
      ${this.items.length ? renderControls({
        id: 'w', browse: this.browse, view: this.view, layout: this.layout, hasGroups: (s?.groups.length ?? 0) > 0,
        achievementName: achievement, onChange: this.onChange, onReset: this.onReset,
      }) : nothing}
      ${!loading && this.items.length === 0 && !(s?.errors.length) ? html`<p class="empty" part="empty">No badges to show yet.</p>` : nothing}
      ${this.renderLists()}
      ${renderDetails(this.selected, this.resolvedClient, this.theme, this.closeDetails)}
    </div>`;
  }
}

export function defineBadgeWall(tag = 'badge-wall'): void {
  if (!customElements.get(tag)) customElements.define(tag, tag === 'badge-wall' ? BadgeWall : class extends BadgeWall {});
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-wall': BadgeWall;
  }
}
