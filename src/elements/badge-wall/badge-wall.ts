import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { type BadgeClient, getDefaultClient } from '../../core/client.js';
import type { BadgeInput } from '../../core/types.js';
// (not `client-context.ts`, which brings the badge reader: the wall's body brings it, with the loading queue)
import { badgeClientContext } from '../shared/client-key.js';
import { LocaleController } from '../shared/i18n/locale.js';
import { badgeWallStyles } from './badge-wall.styles.js';
import { BadgeWallLoadEvent } from './events.js';
import { emptyBrowse } from './browse.js';
import { loadBody, type WallBody } from './load-body.js';
import type { Browse, WallItem } from './model.js';
import { renderHead } from './render-head.js';
import { childInputs, gatherSources, type Sources } from './sources.js';
import { wallHeadText } from './text.js';
import type { WallView } from './view.js';
import { importVirtualizer } from './virtual-load.js';
import type { Virtual } from './virtual.js';

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
    view: { state: true, attribute: false },
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
  /**
   * Everything once the lazily loaded body (`body.ts`) is in: items, loading, verify-all, browsing, tiles and
   * how the wall renders then (`view.ts`). In before the first items are (the sources wait for it).
   */
  private view?: WallView;
  private body?: WallBody;
  /** The nearest `<badge-provider>`'s client, if any (re-renders when it changes). */
  private readonly providerClient = new ContextConsumer(this, { context: badgeClientContext, subscribe: true });
  private readonly locale = new LocaleController(this);
  private observer?: MutationObserver;
  /**
   * The sources, gathered again whenever `src`, `credentials`, `feed`, the children or the client change (before
   * each render; a newer gathering aborts the one in flight, whose result is dropped): the latest result, whether
   * one is in flight, and the arguments it was started with.
   */
  private gathered?: Sources;
  private gathering = false;
  private gatherArgs?: readonly unknown[];
  private gatherAbort?: AbortController;

  /** Every item, in source order (`badge` once loaded, `error` when it failed, `verified` with verify-all). */
  get items(): readonly WallItem[] {
    return this.view?.items ?? [];
  }

  private get resolvedClient(): BadgeClient {
    return this.client ?? this.providerClient.value ?? getDefaultClient();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // the body's chunk and the virtualizer's, with the first source (its requests start in the first update)
    const body = this.importBody();
    void body.then((b) => this.useBody(b), () => undefined); // (reported with the sources)
    void Promise.all([body, importVirtualizer()]).then(([b, m]) => (this.virtual = b.makeVirtual(m)), () => undefined);
    this.readChildren();
    this.observer = new MutationObserver(() => this.readChildren());
    this.observer.observe(this, { childList: true, subtree: false, attributes: true, attributeFilter: ['src', 'credential'] });
    if (this.syncUrl) this.view?.fromHash(); // (else when the body is in)
    addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    removeEventListener('hashchange', this.onHashChange);
  }

  /** The body's module (shared by every wall on the page; a failed fetch is tried again by the next wall that asks). */
  protected importBody(): Promise<WallBody> {
    return loadBody();
  }

  private useBody(b: WallBody): void {
    if (this.body === b) return;
    this.body = b;
    this.view = b.createView(this);
  }

  /** The first render waits for the language's lazy chunk (no English flash on a Spanish page). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.locale.loading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.view?.willUpdate(changed, this.locale.lang);
    this.gather();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.view?.updated(changed);
  }

  /** The sources, again if what they come from changed: their requests and the body's chunk, together. */
  private gather(): void {
    const args = [this.src, this.credentials, this.feed, this.childInputs, this.resolvedClient] as const;
    if (this.gatherArgs?.every((a, i) => Object.is(a, args[i]))) return;
    this.gatherArgs = args;
    this.gatherAbort?.abort();
    const run = (this.gatherAbort = new AbortController());
    this.gathering = true;
    // (an unexpected failure settles as an error of the wall, never as a wall left loading)
    const empty: Sources = { entries: [], groups: [], stacks: [], errors: [] };
    void this.sources(args, run.signal).catch((e: unknown) => withoutBody(empty, e)).then((s) => {
      if (this.gatherAbort !== run) return; // (a newer one runs)
      this.gathered = s;
      this.gathering = false;
      this.requestUpdate();
    });
  }

  private async sources([src, credentials, feed, children, client]: readonly [string | undefined, readonly BadgeInput[] | undefined, unknown, BadgeInput[], BadgeClient], signal: AbortSignal): Promise<Sources> {
    const bodyLoad = this.importBody();
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
    this.view!.start(s, client);
    return s;
  }

  /** New sources: fresh items, loader (and verifier); names of the pathways' missing achievements. */
  private readChildren(): void {
    const inputs = childInputs(this);
    if (JSON.stringify(inputs) !== JSON.stringify(this.childInputs)) this.childInputs = inputs;
  }

  private readonly onHashChange = (): void => {
    if (this.syncUrl) this.view?.fromHash();
  };

  /** Moves the roving tabindex to a position in the view, scrolling it into the virtualized list first. */
  async focusPos(pos: number): Promise<void> {
    await this.view?.focusPos(pos);
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const r = { lang, dir, gathered: this.gathered, gathering: this.gathering, virtual: this.virtual, client: this.resolvedClient };
    return html`<div class="wall" part="base">${this.view ? this.view.render(r) : this.renderHead(r)}</div>`;
  }

  /** Before the body is in: "loading", or the sources' errors if it could not be loaded. */
  private renderHead({ lang, dir, gathered: s, gathering }: { lang: string; dir: 'ltr' | 'rtl'; gathered?: Sources; gathering: boolean }): TemplateResult {
    const text = wallHeadText(lang, dir);
    return renderHead({
      title: this.label ?? s?.name ?? text.t.title, description: s?.description, loadingSources: gathering && !s,
      total: 0, shown: 0, settled: 0, errors: s?.errors ?? [], text,
    }, this.verifyAll);
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
