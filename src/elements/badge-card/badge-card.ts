import { LitElement, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { BadgeClient } from '../../core/client.js';
import type { Badge } from '../../core/types.js';
import { lazy } from '../../core/lazy.js';
import { startEarly } from '../../core/fetch-start.js';
import { BadgeErrorEvent } from '../shared/events.js';
import type { BadgeTheme } from '../shared/tokens.js';
import type { CardLayout, CardSize } from '../shared/sizes.js';
import type { CardView } from './card-view.js';
import { cardShellStyles } from './shell.styles.js';
import { renderSkeleton } from './skeleton.js';

export type BadgeCardTheme = BadgeTheme;

const dateConverter = {
  fromAttribute: (v: string | null) => (v ? new Date(v) : undefined),
  toAttribute: (v: Date | undefined) => v?.toISOString(),
};

/**
 * The card's view (reader, templates, styles, strings: `card-view.ts`), imported when the element is
 * defined so it loads while the page goes on; until it is in, a card draws the skeleton of its box.
 * This keeps the entry small: Lit, the properties, the box and the skeleton (`npm run size`).
 */
const viewModule = lazy(() => import('./card-view.js'));

/**
 * Whether a provider of the badge client (a `<badge-provider>` above) answers for `el` now: the context
 * protocol's one-shot request. The key is `badgeClientContext`'s (`shared/client-key.ts`), written out so
 * the entry does not bring `@lit/context` (the view does); a test with a provider fails if they drift.
 */
function hasClientProvider(el: HTMLElement): boolean {
  let provided = false;
  const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context: Symbol.for('badge-elements:client'),
    contextTarget: el,
    callback: () => (provided = true),
    subscribe: false,
  });
  el.dispatchEvent(request);
  return provided;
}

/**
 * @tagname badge-card
 * @summary Shows one Open Badge (2.0 hosted/signed, 3.0 JSON or VC-JWT): image, name, issuer and its
 * checkable origin, dates and validity, criteria, skills and tags, in a fixed-size card.
 *
 * @slot - Fallback content shown while no `src`/`credential` is set, or if the card's code could not be loaded (e.g. a no-JS `<a><img></a>`).
 * @slot actions - Extra controls at the bottom of the card.
 *
 * @csspart base - The card box (every state).
 * @csspart skeleton - The card box while loading (also `base`).
 * @csspart error - The card box of the error state (also `base`).
 * @csspart error-message - The error's human message.
 * @csspart error-code - The error's code.
 * @csspart retry-button - The Retry button.
 * @csspart header - The image band (full layout).
 * @csspart body - The text area (full layout).
 * @csspart image - The fixed image box.
 * @csspart image-placeholder - Shown instead of a missing or broken image.
 * @csspart type - The achievement type label.
 * @csspart name - The badge name (a heading).
 * @csspart issuer - The issuer's self-declared name.
 * @csspart issuer-origin - The issuer's checkable origin (host or DID).
 * @csspart status - The Revoked / Expired / Not yet valid pills.
 * @csspart revoked-reason - The revocation reason.
 * @csspart dates - Issued and expiry dates.
 * @csspart description - The badge description.
 * @csspart criteria - Criteria text and link.
 * @csspart skills - The list of aligned skills.
 * @csspart skill - One skill chip.
 * @csspart tags - The list of tags.
 * @csspart actions - The actions area.
 * @csspart verify-button - The Verify button (`verify` attribute).
 * @csspart verify-mark - The verification status mark (icon + word; its accessible name is the verdict).
 * @csspart details-button - Opens the details panel (full criteria, evidence, endorsements as Markdown).
 * @csspart details - The details panel (inside the card's box; scrolls).
 * @csspart details-close - Closes the details panel.
 * @csspart deferred - The card box while `load="on-click"` waits for the user (also `base`).
 * @csspart show-button - The "Show badge" button of `load="on-click"`.
 *
 * @cssproperty --badge-card-width - Card width (default by size: 16rem, 20rem, 25rem).
 * @cssproperty --badge-card-height - Card height (default by size and layout).
 * @cssproperty --badge-card-image-size - Image box size.
 * @cssproperty --badge-font-family - Font family.
 * @cssproperty --badge-radius - Corner radius.
 * @cssproperty --badge-color-surface - Card background (dark theme: `--badge-dark-color-surface`, same for every colour).
 * @cssproperty --badge-color-surface-alt - Image band background.
 * @cssproperty --badge-color-text - Text colour.
 * @cssproperty --badge-color-text-muted - Secondary text colour.
 * @cssproperty --badge-color-border - Border colour.
 * @cssproperty --badge-color-accent - Link colour.
 * @cssproperty --badge-color-chip - Skill chip background.
 * @cssproperty --badge-color-chip-text - Skill chip text.
 * @cssproperty --badge-color-warning - Expired pill background.
 * @cssproperty --badge-color-danger - Revoked pill background.
 * @cssproperty --badge-color-info - Not-yet-valid pill background.
 * @cssproperty --badge-shadow - Card shadow.
 *
 * @csspart share - The share menu (`share` attribute), a `<badge-share>`.
 * @csspart qr - The QR code (`show-qr`), a `<badge-qr>`.
 * @csspart print-info - Printed only: the verification URL (and the QR code with `show-qr`).
 *
 * @event badge-load - The badge was loaded and shown. `event.detail.badge` is the normalized Badge.
 * @event badge-verified - `verify="auto"` (or the dialog) finished verifying. `event.detail.report` is the VerificationReport.
 * @event badge-verify-step - One per check of the report, in order, before `badge-verified`.
 * @event badge-error - The badge could not be loaded. `event.detail.error` is `{ code, message }`.
 */
export class BadgeCard extends LitElement {
  static override styles = cardShellStyles;

  /**
   * Reactive properties as a static map rather than decorators: the card is the most widely used
   * entry, and without decorators it needs neither Lit's decorator modules nor the bundler's
   * decorator helper (≈ 1 KB gzip of its initial load; `npm run size`).
   */
  static override properties: PropertyDeclarations = {
    src: {},
    credential: { converter: { fromAttribute: (v: string | null) => v ?? undefined } },
    size: { reflect: true },
    layout: { reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { converter: dateConverter },
    client: { attribute: false },
    images: { reflect: true },
    load: { reflect: true },
    verify: { reflect: true },
    share: {},
    showQr: { attribute: 'show-qr' },
    qrTarget: { attribute: 'qr-target' },
  };

  /** URL of a hosted assertion / credential, or of a baked PNG/SVG badge image. */
  src?: string;
  /** The credential itself: an object, or a JSON / compact JWS/JWT string. Wins over `src`. */
  credential?: string | object;
  /** `small`, `medium` (default) or `large`: a fixed box (see `--badge-card-width` / `--badge-card-height`). */
  size: CardSize = 'medium';
  /** `full` (image band, text, skills; default) or `compact` (one row: image, name, issuer and a status pill). */
  layout: CardLayout = 'full';
  /** `auto` (follows `prefers-color-scheme` and `prefers-contrast`), `light`, `dark`, `high-contrast` or `high-contrast-dark`. */
  theme: BadgeCardTheme = 'auto';
  /** Level of the badge name's heading (2–6), to fit the page's outline. */
  headingLevel = 3;
  /** The clock for "Expired" / "Not yet valid" (ISO date attribute); default: the current time. */
  now?: Date;
  /** A client for this card only (else the nearest provider's, else the page default). */
  client?: BadgeClient;
  /** `none`: no image is requested (a neutral placeholder; Markdown images become their alt text). */
  images: 'auto' | 'none' = 'auto';
  /** `on-click`: nothing is loaded or requested until the user presses "Show badge". */
  load: 'auto' | 'on-click' = 'auto';
  /**
   * A Verify button that opens the verification dialog (`verify`, `verify="button"`), or
   * `verify="auto"`: verify once the badge is shown, with a status mark. Other values act as `button`.
   */
  verify?: string;
  /** A share menu in the actions area: space-separated targets (`linkedin x email copy download`…); a bare `share` = all. */
  share?: string;
  /** A QR code linking to the verification page: `show-qr` (on screen and in print) or `show-qr="print"` (print only). */
  showQr?: string;
  /** Verification page template for the QR code, the share links and the printed URL; `{url}` = the encoded badge URL. Default `/verify.html?src={url}`. */
  qrTarget?: string;

  /** Everything but the box and the skeleton, once its module is in. */
  private view?: CardView;
  private viewLoading?: Promise<void>;
  /** The view's module could not be fetched: the light-DOM fallback shows; tried again on the next change or connect. */
  private viewFailed = false;

  /** The loaded badge, once shown. */
  get badge(): Badge | undefined {
    return this.view?.badge;
  }

  /** Loads the badge again (what the Retry button does). */
  reload(): void {
    if (this.view) this.view.reload();
    else this.loadView();
  }

  /** The view's module (shared by every card on the page; a failed fetch is tried again next time). */
  protected importView(): Promise<typeof import('./card-view.js')> {
    return viewModule.load();
  }

  private loadView(): void {
    if (this.view || this.viewLoading) return;
    this.viewLoading = this.importView().then(
      (m) => {
        this.view = new m.CardView(this);
        this.viewFailed = false;
        this.requestUpdate();
      },
      () => {
        this.viewLoading = undefined;
        this.viewFailed = true;
        this.requestUpdate();
        this.dispatchEvent(new BadgeErrorEvent({ code: 'fetch-failed', message: 'The code that shows this badge could not be loaded.' }));
      },
    );
  }

  /** Waits for a lazily loaded language before rendering (no first render in English). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.view?.locale.loading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Also waits for the view (when connected) and for lazily loaded parts being shown: the verify controls, the details panel. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (;;) {
      const pending = this.view ? this.view.pending() : this.isConnected ? this.viewLoading : undefined;
      if (!pending) return done;
      await pending;
      done = await super.getUpdateComplete();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.view) this.requestEarly();
    this.loadView();
  }

  /**
   * Before the view is in: the badge's request starts now, in parallel with the view's code, when the page
   * default client would make it (a `src`, no `credential`, not `load="on-click"`, no `client`, no provider);
   * the default client's fetcher takes it over (`core/fetch-start.ts`).
   */
  private requestEarly(): void {
    if (!this.src || this.credential !== undefined || this.load === 'on-click' || this.client || hasClientProvider(this)) return;
    startEarly(this.src, document.baseURI);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.view) this.view.willUpdate(changed);
    else if (this.viewFailed && (changed.has('src') || changed.has('credential'))) this.loadView();
  }

  override render() {
    if (this.view) return this.view.render();
    const layout = this.layout === 'compact' ? 'compact' : 'full';
    // nothing to show yet, or the view could not be loaded: the page's own fallback content (a no-JS link)
    if (this.viewFailed || !(this.credential ?? this.src)) return html`<div part="base" class="card ${layout}"><div class="empty"><slot></slot></div></div>`;
    return renderSkeleton(layout);
  }
}

/** Registers `<badge-card>` unless that tag is already defined (e.g. by another copy of the library). */
export function defineBadgeCard(tag = 'badge-card'): void {
  viewModule.load().catch(() => undefined); // (a card reports a failure when it connects)
  if (!customElements.get(tag)) customElements.define(tag, tag === 'badge-card' ? BadgeCard : class extends BadgeCard {});
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-card': BadgeCard;
  }
}
