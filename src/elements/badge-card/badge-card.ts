import { LitElement, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { BadgeClient } from '../../core/client.js';
import type { Badge } from '../../core/types.js';
import { badgeClientContext, resolveClient } from '../shared/client-context.js';
import { BadgeErrorEvent, BadgeLoadEvent } from '../shared/events.js';
import { langOf } from '../shared/format-date.js';
import { LocaleController } from '../shared/i18n/locale.js';
import type { BadgeTheme } from '../shared/tokens.js';
import type { CardLayout, CardSize } from '../shared/sizes.js';
import { getStrings } from '../shared/strings.js';
import { detailStrings } from '../shared/details-strings.js';
import { badgeCardStyles } from './badge-card.styles.js';
import type { CardVerifyController, CardVerifyInputs } from './verify-controller.js';
import { verifyMode } from './verify-mode.js';
import { addStyles } from '../shared/add-styles.js';
import { renderDeferred } from './render-details.js';
import type { RenderContext } from './render-context.js';
import { renderCompact, renderEmpty, renderError, renderFull, renderSkeleton } from './render-layouts.js';
import { printStyles } from './print.styles.js';
import { errorInfo, hostOf } from './card-utils.js';
import { absoluteUrl } from '../shared/safe-url.js';
import { CardDetailsController } from './details-controller.js';
import { qrMode, renderPrintInfo, renderShareControls, type CardShareInputs } from './render-share.js';

export type BadgeCardTheme = BadgeTheme;

const dateConverter = {
  fromAttribute: (v: string | null) => (v ? new Date(v) : undefined),
  toAttribute: (v: Date | undefined) => v?.toISOString(),
};

/**
 * @tagname badge-card
 * @summary Shows one Open Badge (2.0 hosted/signed, 3.0 JSON or VC-JWT): image, name, issuer and its
 * checkable origin, dates and validity, criteria, skills and tags, in a fixed-size card.
 *
 * @slot - Fallback content shown while no `src`/`credential` is set (e.g. a no-JS `<a><img></a>`).
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
  static override styles = [...badgeCardStyles, printStyles];

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
    // internal state (`attribute: false` also keeps it out of the custom elements manifest)
    imageFailed: { state: true, attribute: false },
    activated: { state: true, attribute: false },
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

  private imageFailed = false;
  private activated = false;

  /** The nearest `<badge-provider>`'s client, if any (re-renders when it changes). */
  private readonly providerClient = new ContextConsumer(this, { context: badgeClientContext, subscribe: true });

  private abortedByDisconnect = false;

  /** Language and direction (`lang`/`dir` of the card or its ancestors); sets `dir="rtl"` for Arabic. */
  private readonly locale = new LocaleController(this);

  private readonly loader = new Task(this, {
    task: async ([input, client], { signal }) => {
      if (input === undefined || input === null || input === '') return initialState;
      return client.loadBadge(input, { signal });
    },
    args: () => [this.deferred() ? undefined : this.credential ?? absoluteUrl(this.src), resolveClient(this.client, this.providerClient.value)] as const,
    onComplete: (badge) => this.dispatchEvent(new BadgeLoadEvent(badge)),
    onError: (e) => {
      const info = errorInfo(e);
      if (info.code !== 'aborted') this.dispatchEvent(new BadgeErrorEvent(info));
    },
  });

  /** `verify` set: the mark, button and dialog opener (with their strings and styles), loaded on first use. */
  private verifier?: CardVerifyController;
  private verifierLoading?: Promise<void>;
  /** The details panel, loaded when first opened. */
  private readonly details = new CardDetailsController(this);

  private verifyInputs(): CardVerifyInputs {
    return {
      mode: verifyMode(this.verify),
      src: this.credential === undefined ? absoluteUrl(this.src) : undefined,
      credential: this.credential,
      client: resolveClient(this.client, this.providerClient.value),
      now: this.now,
      loaded: this.badge !== undefined,
      name: this.badge?.name ?? '',
      lang: langOf(this),
      theme: this.theme,
    };
  }

  /** Loads the verify controller the first time `verify` is set (the badge loads meanwhile). */
  private loadVerifier(): void {
    if (this.verifier || this.verifierLoading || verifyMode(this.verify) === 'off') return;
    this.verifierLoading = import('./verify-controller.js').then(
      (m) => {
        this.verifier = new m.CardVerifyController(this, () => this.verifyInputs());
        addStyles(this.renderRoot, [m.verifyStyles]);
        this.requestUpdate();
      },
      () => {
        this.verifierLoading = undefined; // a failed chunk: no verify UI for now, retried on the next update
      },
    );
  }

  /** The loaded badge, once shown. */
  get badge(): Badge | undefined {
    return this.loader.status === TaskStatus.COMPLETE ? this.loader.value : undefined;
  }

  /** Loads the badge again (what the Retry button does). */
  reload(): void {
    void this.loader.run();
  }

  /** Waits for a lazily loaded language before rendering (no first render in English). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.locale.loading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Also waits for lazily loaded parts being shown: the verify controls (`verify`), the details panel. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (;;) {
      const pending = this.verifierLoading && !this.verifier ? this.verifierLoading : this.details.pending();
      if (!pending) return done;
      await pending;
      done = await super.getUpdateComplete();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      this.reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.loader.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.loader.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.loadVerifier();
    if (changed.has('src') || changed.has('credential')) {
      this.imageFailed = false;
      this.details.close();
      if (changed.get('src') !== undefined || changed.get('credential') !== undefined) this.activated = false;
    }
  }

  private readonly onImageError = (): void => {
    this.imageFailed = true;
  };

  /** `load="on-click"` and the user has not asked yet (and there is something to load). */
  private deferred(): boolean {
    return this.load === 'on-click' && !this.activated && Boolean(this.credential ?? this.src);
  }

  private readonly onActivate = (): void => {
    this.activated = true;
  };

  private readonly onRetry = (): void => {
    this.imageFailed = false;
    // a failure stays cached briefly (so a burst of cards shares it); a person's Retry always asks again
    resolveClient(this.client, this.providerClient.value).fetcher.forgetFailures();
    this.reload();
  };

  private shareInputs(): CardShareInputs {
    return { share: this.share, qr: qrMode(this.showQr), qrTarget: this.qrTarget, client: resolveClient(this.client, this.providerClient.value), lang: langOf(this), theme: this.theme };
  }

  private renderContext(): RenderContext {
    const lang = this.locale.lang;
    const ctx: RenderContext = {
      strings: getStrings(lang),
      details: detailStrings(lang),
      lang,
      now: this.now && !Number.isNaN(this.now.getTime()) ? this.now : new Date(),
      size: this.size === 'small' || this.size === 'large' ? this.size : 'medium',
      layout: this.layout === 'compact' ? 'compact' : 'full',
      headingLevel: this.headingLevel,
      imageFailed: this.imageFailed,
      onImageError: this.onImageError,
      onRetry: this.onRetry,
      images: this.images !== 'none',
      detailsOpen: this.details.open,
      onToggleDetails: this.details.toggle,
      detailsPanel: (badge) => this.details.render(badge, ctx),
      onDetailsKeydown: this.details.onKeydown,
      onActivate: this.onActivate,
      verifyControls: (compact) => this.verifier?.renderControls(compact),
      shareControls: (badge, compact) => renderShareControls(badge, this.shareInputs(), compact),
      printInfo: (badge) => renderPrintInfo(badge, this.shareInputs()),
    };
    return ctx;
  }

  override render() {
    const ctx = this.renderContext();
    if (this.deferred()) return renderDeferred(ctx, hostOf(this.credential === undefined ? absoluteUrl(this.src) : undefined));
    return html`${this.loader.render({
      initial: () => renderEmpty(ctx),
      pending: () => renderSkeleton(ctx),
      complete: (badge) => (ctx.layout === 'compact' ? renderCompact(badge, ctx) : renderFull(badge, ctx)),
      error: (e) => renderError(errorInfo(e), ctx),
    })}${this.verifier?.renderDialog()}`;
  }
}

/** Registers `<badge-card>` unless that tag is already defined (e.g. by another copy of the library). */
export function defineBadgeCard(tag = 'badge-card'): void {
  if (!customElements.get(tag)) customElements.define(tag, tag === 'badge-card' ? BadgeCard : class extends BadgeCard {});
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-card': BadgeCard;
  }
}
