import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { type BadgeClient, getDefaultClient } from '../../core/client.js';
import type { BadgeInput } from '../../core/types.js';
// (not `client-context.ts`, which brings the badge reader: the wall's body brings it, with the loading queue)
import { badgeClientContext } from '../shared/client-key.js';
import { LocaleController } from '../shared/i18n/locale.js';
import { localeVersion } from '../shared/i18n/registry.js';
import { badgeWallStyles } from './badge-wall.styles.js';
import type { WallController } from './controller.js';
import { BadgeWallLoadEvent, emitSelect } from './events.js';
import { readHash, writeHash } from './hash-state.js';
import { addStyles } from '../shared/add-styles.js';
import { emptyBrowse, verifySummary } from './browse.js';
import { loadBody, type WallBody } from './load-body.js';
import type { Browse, View, WallItem } from './model.js';
import { renderStatus } from './render-status.js';
import { childInputs, gatherSources, type Sources } from './sources.js';
import type { StackProgress } from './stacks.js';
import { wallHeadText } from './text.js';
import { loadVirtualizer, type Virtual } from './virtual.js';

export type BadgeWallLayout = 'grid' | 'list';
const dateConverter = { fromAttribute: (v: string | null) => (v ? new Date(v) : undefined), toAttribute: (v?: Date) => v?.toISOString() };

/**
 * @tagname badge-wall
 * @summary A wall of badges (the awards of an association or the portfolio of a learner) from feeds, presentations,
 * CLR records or BadgeClass lists: search, faceted filters, sort, grouping, pathways with progress, a
 * virtualized grid or list for thousands of badges, and optional verification of every badge.
 *
 * @slot - Child `<badge-card>` elements: read as sources, hidden once the wall renders (progressive enhancement).
 *
 * @csspart base - The wall.
 * @csspart header - Title and count.
 * @csspart title - The title of the wall.
 * @csspart count - The number of badges, and of those shown.
 * @csspart progress - The loading progress (312 of 1,000).
 * @csspart summary - The verification summary (998 verified, 2 revoked).
 * @csspart source-error - A source that could not be loaded.
 * @csspart controls - The browse form.
 * @csspart field - One control with its label.
 * @csspart search - The search box.
 * @csspart layout - The grid/list switch.
 * @csspart reset-button - Clear.
 * @csspart active-achievement - The achievement chosen from a pathway.
 * @csspart stacks - The pathways.
 * @csspart stack - One pathway.
 * @csspart stack-progress - The progress of a pathway (3 of 5 earned).
 * @csspart stack-step - One achievement of a pathway (also `stack-step-earned` / `stack-step-missing`).
 * @csspart list - A (virtualized) list of tiles, one per group.
 * @csspart tile - One tile (also `tile-pending`, `tile-error`).
 * @csspart tile-image - A tile's image.
 * @csspart tile-name - A tile's badge name.
 * @csspart tile-meta - A tile's date and issuer.
 * @csspart tile-state - A tile's status pill.
 * @csspart empty - The empty / no-match message.
 *
 * @cssproperty --badge-wall-title-size - Title size. Colours, radius and font use the same `--badge-*` tokens as `<badge-card>`.
 *
 * @event {BadgeWallLoadEvent} badge-wall-load - Every item has loaded or failed: `{ total, loaded, failed }`.
 * @event {BadgeWallVerifiedEvent} badge-wall-verified - `verify-all` finished: `{ verified, byState }`.
 * @event {BadgeSelectEvent} badge-select - A tile was activated: `{ badge, index }` (cancel it to skip the details dialog).
 */
export class BadgeWall extends LitElement {
  static override styles = badgeWallStyles;

  /**
   * Reactive properties as a static map rather than decorators (as the card): the wall's initial load then
   * needs neither Lit's decorator modules nor the bundler's decorator helper (`npm run size`).
   */
  static override properties: PropertyDeclarations = {
    src: {},
    credentials: { attribute: false },
    feed: { attribute: false },
    layout: { reflect: true },
    theme: { reflect: true },
    label: {},
    verifyAll: { type: Boolean, attribute: 'verify-all' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    now: { converter: dateConverter },
    perOrigin: { type: Number, attribute: 'per-origin' },
    client: { attribute: false },
    browse: { attribute: false },
    // internal state (`attribute: false` also keeps it out of the custom elements manifest)
    childInputs: { state: true, attribute: false },
    virtual: { state: true, attribute: false },
    active: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    body: { state: true, attribute: false },
  };

  /** One or more URLs (space-separated) of feeds, presentations, CLRs, BadgeClass lists or single badges. */
  src?: string;
  /** Credentials already in hand (objects, JSON / JWS / JWT strings or URLs). */
  credentials?: readonly BadgeInput[];
  /** A list document already in hand (BadgeFeed, VerifiablePresentation, ClrCredential, BadgeClass list). */
  feed?: unknown;
  /** `grid` (default) or `list` (one badge per row); the visitor can switch it in the browse form. */
  layout: BadgeWallLayout = 'grid';
  /** `auto` (follows `prefers-color-scheme`; default), `light` or `dark`. */
  theme: 'light' | 'dark' | 'auto' = 'auto';
  /** The wall's title (default: the feed's name). */
  label?: string;
  /** Verify every badge: visible ones first, the rest when idle. */
  verifyAll = false;
  /** Keep search, filters, sort, grouping and layout in the URL hash (`#<id or "wall">.q=…`). */
  syncUrl = false;
  /** The clock for validity (ISO date attribute); default: now. */
  now?: Date;
  /** Loads in flight per origin. */
  perOrigin = 6;
  client?: BadgeClient;
  /** Search, filters, sort and grouping (what the form shows). Set it to start filtered: `{ ...wall.browse, skill: 'SQL' }`. */
  browse: Browse = emptyBrowse();

  private childInputs: BadgeInput[] = [];
  private virtual?: Virtual;
  private active = -1;
  private selected?: WallItem;
  /** The lazily loaded body (`body.ts`): in before the first items are (the sources wait for it). */
  private body?: WallBody;
  /** The nearest `<badge-provider>`'s client, if any (re-renders when it changes). */
  private readonly providerClient = new ContextConsumer(this, { context: badgeClientContext, subscribe: true });

  /** Items, loading and verify-all: made with the body (`body.ts`), when the first sources are in. */
  private ctl?: WallController;
  private readonly locale = new LocaleController(this);
  private view: View = { items: [], facets: { issuer: [], skill: [], type: [], tag: [], state: [] } };
  private viewKey = '';
  private stacks: StackProgress[] = [];
  private posOf = new Map<number, number>();
  private observer?: MutationObserver;

  /** Every item, in source order (`badge` once loaded, `error` when it failed, `verified` with verify-all). */
  get items(): readonly WallItem[] {
    return this.ctl?.items ?? [];
  }

  private readonly sourcesTask = new Task(this, {
    task: async ([src, credentials, feed, children, client], { signal }) => {
      // the body's chunk and the sources' requests, together
      const bodyLoad = loadBody();
      bodyLoad.catch(() => undefined);
      let s = await gatherSources({ src, credentials, feed, children }, client, signal);
      let body: WallBody | undefined;
      try {
        body = await bodyLoad;
      } catch (e) {
        s = withoutBody(s, e);
      }
      if (signal.aborted) return s;
      if (!body) {
        this.dispatchEvent(new BadgeWallLoadEvent({ total: 0, loaded: 0, failed: 0 })); // (settled: nothing more will load)
        return s;
      }
      this.useBody(body);
      (this.ctl ??= new body.WallController(this)).start(s, client);
      return s;
    },
    args: () => [this.src, this.credentials, this.feed, this.childInputs, this.resolvedClient] as const,
  });

  private get resolvedClient(): BadgeClient {
    return this.client ?? this.providerClient.value ?? getDefaultClient();
  }

  private get nowMs(): number {
    return this.now?.getTime() ?? Date.now();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadVirtualizer().then((v) => (this.virtual = v));
    void loadBody().then((b) => {
      this.useBody(b);
      b.warmTemplates(b.wallText('en')); // (the templates do not depend on the language)
    }, () => undefined); // (reported by the sources task)
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
  }

  /** The body's styles go after the element's own, before anything that uses them renders. */
  private useBody(b: WallBody): void {
    if (this.body === b) return;
    addStyles(this.renderRoot, [b.bodyStyles]);
    this.body = b;
  }

  /** The first render waits for the language's lazy chunk (no English flash on a Spanish page). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.locale.loading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('verifyAll') && this.verifyAll) this.ctl?.startVerifier();
    const b = this.body, ctl = this.ctl;
    if (!b || !ctl) return; // (no items before them)
    // the view (10,000 items filtered, counted, sorted) only when the items, the choices or the language changed
    const lang = this.locale.lang;
    const key = `${ctl.version}|${this.nowMs - (this.nowMs % 60_000)}|${lang}|${localeVersion()}|${JSON.stringify(this.browse)}`;
    if (key === this.viewKey || ctl.holding) return;
    this.viewKey = key;
    const labels = new Map((ctl.sources?.groups ?? []).map((g) => [g.id, g.name]));
    this.view = b.computeView(ctl.items, this.browse, this.nowMs, b.wallText(lang).t, labels);
    this.posOf = new Map(this.view.items.map((it, i) => [it.index, i]));
    if (!this.posOf.has(this.active)) this.active = this.view.items[0]?.index ?? -1;
    this.stacks = b.stackProgress(ctl.sources?.stacks ?? [], b.countAchievements(ctl.items), ctl.described);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.syncUrl && (changed.has('browse') || changed.has('layout'))) writeHash(this.id || 'wall', this.browse, this.layout);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open && this.isConnected) dialog.showModal(); // (not once the wall is gone: the card's code came late)
  }

  /** New sources: fresh items, loader (and verifier); names of the pathways' missing achievements. */
  private readChildren(): void {
    const inputs = childInputs(this);
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
    this.ctl?.prioritize(items.slice(first, last + 1).map((i) => i.index));
  };

  private readonly onKeyDown = async (e: KeyboardEvent): Promise<void> => {
    const tile = (e.target as Element).closest?.('.tile');
    const b = this.body;
    if (!tile || !b) return;
    const index = Number(tile.getAttribute('data-index'));
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      void this.activate(index);
      return;
    }
    const move = b.KEY_MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const pos = this.posOf.get(index) ?? 0;
    const rtl = getComputedStyle(this).direction === 'rtl';
    await this.focusPos(b.target(pos, move, this.view.items.length, b.columnsOf(tile.parentElement, this.layout), rtl));
  };

  private readonly onClick = (e: Event): void => {
    const tile = (e.target as Element).closest?.('.tile');
    if (tile) void this.activate(Number(tile.getAttribute('data-index')));
  };

  /** Moves the roving tabindex to a position in the view, scrolling it into the virtualized list first. */
  async focusPos(pos: number): Promise<void> {
    const item = this.view.items[pos];
    if (!item || !this.virtual || !this.body) return;
    this.active = item.index;
    await this.body.focusTile(this.renderRoot, this.view, pos, this.virtual.virtualizerRef as symbol, () => this.updateComplete);
  }

  private async activate(index: number): Promise<void> {
    const item = this.items[index];
    this.active = index;
    if (!item?.badge) return;
    if (!emitSelect(this, item.badge, index)) return;
    const m = await import('../badge-card/badge-card.js');
    m.defineBadgeCard();
    this.selected = item;
  }

  private readonly closeDetails = (): void => {
    const focusIndex = this.selected?.index;
    this.selected = undefined;
    if (focusIndex !== undefined) void this.focusPos(this.posOf.get(focusIndex) ?? 0);
  };

  protected override render(): TemplateResult {
    const ctl = this.ctl;
    // (the task's sources when the body could not be loaded: their errors)
    const s = ctl?.sources ?? this.sourcesTask.value;
    const b = this.body;
    const holding = ctl?.holding ?? false;
    const total = holding || !ctl ? 0 : ctl.items.length;
    const loading = (this.sourcesTask.status === 1 && !s) || holding;
    const { lang, dir } = this.locale;
    const head = wallHeadText(lang, dir);
    const { t } = head;
    // the body's parts with all of the wall's strings, which came with the body
    const text = b?.wallText(lang, dir);
    const achievement = this.browse.achievement ? this.stacks.flatMap((p) => p.steps).find((st) => st.id === this.browse.achievement)?.name ?? t.oneAchievement : undefined;
    return html`<div class="wall" part="base">
      ${renderStatus({
        title: this.label ?? s?.name ?? t.title, description: s?.description, loadingSources: loading, total,
        shown: this.view.items.length, settled: ctl?.settled ?? 0, errors: s?.errors ?? [],
        verify: this.verifyAll ? verifySummary(this.items) : undefined, loadDone: ctl?.loadDone ?? !!s, text: head,
      })}
      ${b && text ? b.renderStacks(this.stacks, (id) => (this.browse = { ...emptyBrowse(), sort: this.browse.sort, achievement: id }), text) : nothing}
      ${total && b && text ? b.renderControls({
        id: 'w', browse: this.browse, view: this.view, layout: this.layout, hasGroups: (s?.groups.length ?? 0) > 0,
        achievementName: achievement, onChange: this.onChange, onReset: this.onReset, text,
      }) : nothing}
      ${!loading && total === 0 && !(s?.errors.length) ? html`<p class="empty" part="empty">${t.empty}</p>` : nothing}
      ${this.virtual && b && text ? b.renderLists({
        virtual: this.virtual, view: this.view, total, layout: this.layout, active: this.active,
        now: this.nowMs, text, onVisible: this.onVisible, onKeyDown: this.onKeyDown, onClick: this.onClick, onReset: this.onReset,
      }) : nothing}
      ${b && text ? b.renderDetails(this.selected, this.resolvedClient, this.theme, this.closeDetails, text) : nothing}
    </div>`;
  }
}

/** The body could not be loaded: no items (nothing could show them), a notice instead of an endless "loading". */
function withoutBody(s: Sources, e: unknown): Sources {
  const message = `The wall could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
  return { ...s, entries: [], groups: [], stacks: [], errors: [...s.errors, { source: 'badge-wall', code: 'fetch-failed', message }] };
}

export function defineBadgeWall(tag = 'badge-wall'): void {
  if (!customElements.get(tag)) customElements.define(tag, tag === 'badge-wall' ? BadgeWall : class extends BadgeWall {});
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-wall': BadgeWall;
  }
}
