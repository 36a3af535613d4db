/**
 * What the wall does once its lazily loaded body is in (part of `body.ts`): the items (through the
 * `WallController`), the view of them (filtered, counted, sorted, grouped), the pathways, the browse form,
 * the virtualized tiles with their keyboard navigation, the details dialog, `sync-url`, and the whole wall's
 * rendering. The element (`badge-wall.ts`) keeps its properties, its sources and what it shows before this
 * is in (`render-head.ts`).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { BadgeClient } from '../../core/client.js';
import { localeVersion } from '../shared/i18n/registry.js';
import { wallText } from './body-text.js';
import { emptyBrowse } from './browse.js';
import { WallController, type WallHost } from './controller.js';
import { emitSelect } from './events.js';
import { readHash, writeHash } from './hash-state.js';
import { computeView, verifySummary, type Browse, type View, type WallItem } from './model.js';
import { KEY_MOVES, columnsOf, focusTile, target } from './navigation.js';
import { renderControls } from './render-controls.js';
import { renderDetails } from './render-details.js';
import { renderLists } from './render-lists.js';
import { renderStacks } from './render-stacks.js';
import { renderStatus } from './render-status.js';
import type { Sources } from './sources.js';
import { countAchievements, stackProgress, type StackProgress } from './stacks.js';
import type { Virtual } from './virtual.js';

/** The element, as the view sees it (its public properties; `badge-wall.ts`). */
export type ViewHost = WallHost & HTMLElement & {
  browse: Browse;
  layout: 'grid' | 'list';
  theme: string;
  label?: string;
  syncUrl: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
};

/** What the element passes to each render: its state that is not a property. */
export interface RenderState {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The element's latest sources (before the controller has them) and whether newer ones are on their way. */
  gathered?: Sources;
  gathering: boolean;
  virtual?: Virtual;
  client: BadgeClient;
}

export class WallView {
  /** Items, loading and verify-all: made when the first sources are in. */
  ctl?: WallController;
  private view: View = { items: [], facets: { issuer: [], skill: [], type: [], tag: [], state: [] } };
  private viewKey = '';
  private stacks: StackProgress[] = [];
  private posOf = new Map<number, number>();
  private active = -1;
  private selected?: WallItem;
  private virtual?: Virtual;
  /** `sync-url`: the hash has been written once (what the element showed before the body is in it now). */
  private hashWritten = false;

  constructor(private readonly host: ViewHost) {
    if (host.syncUrl) this.fromHash();
  }

  get items(): readonly WallItem[] {
    return this.ctl?.items ?? [];
  }

  /** New sources: fresh items, loader (and verifier). */
  start(s: Sources, client: BadgeClient): void {
    (this.ctl ??= new WallController(this.host)).start(s, client);
  }

  private get nowMs(): number {
    return this.host.now?.getTime() ?? Date.now();
  }

  /** `sync-url`: the browsing state from the URL hash (at connect, on `hashchange`). */
  fromHash(): void {
    const h = readHash(this.host.id || 'wall');
    if (!h) return;
    this.host.browse = h.browse;
    if (h.layout) this.host.layout = h.layout;
  }

  willUpdate(changed: PropertyValues, lang: string): void {
    const host = this.host, ctl = this.ctl;
    if (changed.has('verifyAll') && host.verifyAll) ctl?.startVerifier();
    if (!ctl) return; // (no items before it)
    // the view (10,000 items filtered, counted, sorted) only when the items, the choices or the language changed
    const key = `${ctl.version}|${this.nowMs - (this.nowMs % 60_000)}|${lang}|${localeVersion()}|${JSON.stringify(host.browse)}`;
    if (key === this.viewKey || ctl.holding) return;
    this.viewKey = key;
    const labels = new Map((ctl.sources?.groups ?? []).map((g) => [g.id, g.name]));
    this.view = computeView(ctl.items, host.browse, this.nowMs, wallText(lang).t, labels);
    this.posOf = new Map(this.view.items.map((it, i) => [it.index, i]));
    if (!this.posOf.has(this.active)) this.active = this.view.items[0]?.index ?? -1;
    this.stacks = stackProgress(ctl.sources?.stacks ?? [], countAchievements(ctl.items), ctl.described);
  }

  updated(changed: PropertyValues): void {
    const host = this.host;
    if (host.syncUrl && (!this.hashWritten || changed.has('browse') || changed.has('layout'))) {
      writeHash(host.id || 'wall', host.browse, host.layout);
      this.hashWritten = true;
    }
    const dialog = host.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open && host.isConnected) dialog.showModal(); // (not once the wall is gone: the card's code came late)
  }

  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  private readonly onChange = (e: Event): void => {
    const t = e.target as HTMLInputElement | HTMLSelectElement;
    if (!t.name) return;
    if (t.name === 'layout') {
      if (e.type === 'change') this.host.layout = t.value === 'list' ? 'list' : 'grid';
      return;
    }
    if (e.type === 'change' && t.name === 'q') return; // handled on input
    this.host.browse = { ...this.host.browse, [t.name]: t.value };
  };

  private readonly onReset = (): void => {
    this.host.browse = emptyBrowse();
  };

  private readonly onVisible = (items: WallItem[], e: Event): void => {
    const { first, last } = e as Event & { first: number; last: number };
    if (first < 0 || last < first) return;
    this.ctl?.prioritize(items.slice(first, last + 1).map((i) => i.index));
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
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    await this.focusPos(target(pos, move, this.view.items.length, columnsOf(tile.parentElement, this.host.layout), rtl));
  };

  private readonly onClick = (e: Event): void => {
    const tile = (e.target as Element).closest?.('.tile');
    if (tile) void this.activate(Number(tile.getAttribute('data-index')));
  };

  /** Moves the roving tabindex to a position in the view, scrolling it into the virtualized list first. */
  async focusPos(pos: number): Promise<void> {
    const item = this.view.items[pos];
    if (!item || !this.virtual) return;
    this.set(() => (this.active = item.index));
    await focusTile(this.host.renderRoot, this.view, pos, this.virtual.virtualizerRef as symbol, () => this.host.updateComplete);
  }

  private async activate(index: number): Promise<void> {
    const item = this.items[index];
    this.set(() => (this.active = index));
    if (!item?.badge) return;
    if (!emitSelect(this.host, item.badge, index)) return;
    const m = await import('../badge-card/badge-card.js');
    m.defineBadgeCard();
    this.set(() => (this.selected = item));
  }

  private readonly closeDetails = (): void => {
    const focusIndex = this.selected?.index;
    this.set(() => (this.selected = undefined));
    if (focusIndex !== undefined) void this.focusPos(this.posOf.get(focusIndex) ?? 0);
  };

  /** The whole wall (inside its `base` part). */
  render(r: RenderState): TemplateResult {
    const host = this.host, ctl = this.ctl;
    this.virtual = r.virtual;
    // (the element's sources before the controller has them)
    const s = ctl?.sources ?? r.gathered;
    const holding = ctl?.holding ?? false;
    const total = holding || !ctl ? 0 : ctl.items.length;
    const loading = (r.gathering && !s) || holding;
    const text = wallText(r.lang, r.dir);
    const { t } = text;
    const achievement = host.browse.achievement ? this.stacks.flatMap((p) => p.steps).find((st) => st.id === host.browse.achievement)?.name ?? t.oneAchievement : undefined;
    return html`${renderStatus({
        title: host.label ?? s?.name ?? t.title, description: s?.description, loadingSources: loading, total,
        shown: this.view.items.length, settled: ctl?.settled ?? 0, errors: s?.errors ?? [],
        verify: host.verifyAll ? verifySummary(this.items) : undefined, loadDone: ctl?.loadDone ?? !!s, text,
      })}
      ${renderStacks(this.stacks, (id) => (host.browse = { ...emptyBrowse(), sort: host.browse.sort, achievement: id }), text)}
      ${total ? renderControls({
        id: 'w', browse: host.browse, view: this.view, layout: host.layout, hasGroups: (s?.groups.length ?? 0) > 0,
        achievementName: achievement, onChange: this.onChange, onReset: this.onReset, text,
      }) : nothing}
      ${!loading && total === 0 && !(s?.errors.length) ? html`<p class="empty" part="empty">${t.empty}</p>` : nothing}
      ${r.virtual ? renderLists({
        virtual: r.virtual, view: this.view, total, layout: host.layout, active: this.active,
        now: this.nowMs, text, onVisible: this.onVisible, onKeyDown: this.onKeyDown, onClick: this.onClick, onReset: this.onReset,
      }) : nothing}
      ${renderDetails(this.selected, r.client, host.theme, this.closeDetails, text)}`;
  }
}
