/**
 * Everything `<badge-card>` does once its view has loaded: reading the badge (the reader comes with this
 * module), the states it renders (empty, skeleton, badge, error, `load="on-click"`), its styles and
 * strings, and the lazily loaded parts (verify controls, details panel, share menu, QR code).
 *
 * The element itself (`badge-card.ts`) is a small shell: its properties, the box and the skeleton. It
 * imports this module when it is defined, so the view loads while the page goes on; a card shown before
 * it arrives draws the skeleton of its exact box.
 */
import { html, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { BadgeClient } from '../../core/client.js';
import type { Badge } from '../../core/types.js';
import { takeEarlyRequests } from '../../core/fetch.js';
import { takeEarly } from '../../core/fetch-start.js';
import { badgeClientContext, resolveClient } from '../shared/client-context.js';
import { BadgeErrorEvent, BadgeLoadEvent } from '../shared/events.js';
import { langOf } from '../shared/format-date.js';
import { LocaleController } from '../shared/i18n/locale.js';
import { getStrings } from '../shared/strings.js';
import { detailStrings } from '../shared/details-strings.js';
import { addStyles } from '../shared/add-styles.js';
import { absoluteUrl } from '../shared/safe-url.js';
import type { BadgeCard } from './badge-card.js';
import { badgeCardStyles } from './badge-card.styles.js';
import { printStyles } from './print.styles.js';
import type { CardVerifyController, CardVerifyInputs } from './verify-controller.js';
import { verifyMode } from './verify-mode.js';
import { renderDeferred } from './render-details.js';
import type { RenderContext } from './render-context.js';
import { renderCompact, renderEmpty, renderError, renderFull, renderLoading } from './render-layouts.js';
import { errorInfo, hostOf } from './card-utils.js';
import { CardDetailsController } from './details-controller.js';
import { qrMode, renderPrintInfo, renderShareControls, type CardShareInputs } from './render-share.js';

// the page default client's fetcher takes over the requests cards started before this view was in
takeEarlyRequests(takeEarly);

export class CardView implements ReactiveController {
  /** Language and direction (`lang`/`dir` of the card or its ancestors); sets `dir="rtl"` for Arabic. */
  readonly locale: LocaleController;

  private imageFailed = false;
  /** `load="on-click"`: the user pressed "Show badge". */
  private activated = false;
  private abortedByDisconnect = false;

  private readonly loader: Task<readonly [string | object | undefined, BadgeClient], Badge>;
  /** `verify` set: the mark, button and dialog opener (with their strings and styles), loaded on first use. */
  private verifier?: CardVerifyController;
  private verifierLoading?: Promise<void>;
  /** The details panel, loaded when first opened. */
  private readonly details: CardDetailsController;

  /** The nearest `<badge-provider>`'s client, if any (re-renders when it changes); asked for when the view arrives. */
  private readonly provider: ContextConsumer<typeof badgeClientContext, BadgeCard>;

  constructor(private readonly host: BadgeCard) {
    addStyles(host.renderRoot, [...badgeCardStyles, printStyles]);
    host.addController(this);
    this.provider = new ContextConsumer(host, { context: badgeClientContext, subscribe: true });
    this.locale = new LocaleController(host);
    this.details = new CardDetailsController(host);
    this.loader = new Task(host, {
      task: async ([input, client], { signal }) => {
        if (input === undefined || input === null || input === '') return initialState;
        return client.loadBadge(input, { signal });
      },
      args: () => [this.deferred() ? undefined : host.credential ?? absoluteUrl(host.src), this.client()] as const,
      onComplete: (badge) => host.dispatchEvent(new BadgeLoadEvent(badge)),
      onError: (e) => {
        const info = errorInfo(e);
        if (info.code !== 'aborted') host.dispatchEvent(new BadgeErrorEvent(info));
      },
    });
  }

  private client(): BadgeClient {
    return resolveClient(this.host.client, this.provider.value);
  }

  /** The loaded badge, once shown. */
  get badge(): Badge | undefined {
    return this.loader.status === TaskStatus.COMPLETE ? this.loader.value : undefined;
  }

  reload(): void {
    void this.loader.run();
  }

  /** Lazily loaded parts still on their way (verify controls, details panel), for the element's `updateComplete`. */
  pending(): Promise<void> | undefined {
    return this.verifierLoading && !this.verifier ? this.verifierLoading : this.details.pending();
  }

  hostConnected(): void {
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      this.reload();
    }
  }

  hostDisconnected(): void {
    if (this.loader.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.loader.abort();
    }
  }

  /** The element's `willUpdate`. */
  willUpdate(changed: PropertyValues<BadgeCard>): void {
    this.loadVerifier();
    if (changed.has('src') || changed.has('credential')) {
      this.imageFailed = false;
      this.details.close();
      if (changed.get('src') !== undefined || changed.get('credential') !== undefined) this.activated = false;
    }
  }

  private verifyInputs(): CardVerifyInputs {
    const h = this.host;
    return {
      mode: verifyMode(h.verify),
      src: h.credential === undefined ? absoluteUrl(h.src) : undefined,
      credential: h.credential,
      client: this.client(),
      now: h.now,
      loaded: this.badge !== undefined,
      name: this.badge?.name ?? '',
      lang: langOf(h),
      theme: h.theme,
    };
  }

  /** Loads the verify controller the first time `verify` is set (the badge loads meanwhile). */
  private loadVerifier(): void {
    if (this.verifier || this.verifierLoading || verifyMode(this.host.verify) === 'off') return;
    this.verifierLoading = import('./verify-controller.js').then(
      (m) => {
        this.verifier = new m.CardVerifyController(this.host, () => this.verifyInputs());
        addStyles(this.host.renderRoot, [m.verifyStyles]);
        this.host.requestUpdate();
      },
      () => {
        this.verifierLoading = undefined; // a failed chunk: no verify UI for now, retried on the next update
      },
    );
  }

  /** `load="on-click"` and the user has not asked yet (and there is something to load). */
  private deferred(): boolean {
    const h = this.host;
    return h.load === 'on-click' && !this.activated && Boolean(h.credential ?? h.src);
  }

  private readonly onImageError = (): void => {
    this.imageFailed = true;
    this.host.requestUpdate();
  };

  private readonly onActivate = (): void => {
    this.activated = true;
    this.host.requestUpdate();
  };

  private readonly onRetry = (): void => {
    this.imageFailed = false;
    // a failure stays cached briefly (so a burst of cards shares it); a person's Retry always asks again
    this.client().fetcher.forgetFailures();
    this.reload();
  };

  private shareInputs(): CardShareInputs {
    const h = this.host;
    return { share: h.share, qr: qrMode(h.showQr), qrTarget: h.qrTarget, client: this.client(), lang: langOf(h), theme: h.theme };
  }

  private renderContext(): RenderContext {
    const h = this.host;
    const lang = this.locale.lang;
    const ctx: RenderContext = {
      strings: getStrings(lang),
      details: detailStrings(lang),
      lang,
      now: h.now && !Number.isNaN(h.now.getTime()) ? h.now : new Date(),
      size: h.size === 'small' || h.size === 'large' ? h.size : 'medium',
      layout: h.layout === 'compact' ? 'compact' : 'full',
      headingLevel: h.headingLevel,
      imageFailed: this.imageFailed,
      onImageError: this.onImageError,
      onRetry: this.onRetry,
      images: h.images !== 'none',
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

  render(): TemplateResult {
    const h = this.host;
    const ctx = this.renderContext();
    if (this.deferred()) return renderDeferred(ctx, hostOf(h.credential === undefined ? absoluteUrl(h.src) : undefined));
    return html`${this.loader.render({
      initial: () => renderEmpty(ctx),
      pending: () => renderLoading(ctx),
      complete: (badge) => (ctx.layout === 'compact' ? renderCompact(badge, ctx) : renderFull(badge, ctx)),
      error: (e) => renderError(errorInfo(e), ctx),
    })}${this.verifier?.renderDialog()}`;
  }
}
