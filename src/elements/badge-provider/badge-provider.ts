import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { type BadgeClient, type BadgeClientOptions, createBadgeClient } from '../../core/client.js';
import { isBadgeError } from '../../core/errors.js';
import { badgeClientContext } from '../shared/client-context.js';
import { BadgeErrorEvent } from '../shared/events.js';

/**
 * @tagname badge-provider
 * @summary Gives every badge element inside it one shared client (fetcher, cache, options): a proxy,
 * a custom `fetch`, a timeout, the site's trusted issuers. Elements outside any provider use the page default
 * (`configureBadgeElements()`). Renders its children as they are (`display: contents`).
 *
 * @slot - The badge elements (and anything else) that share this provider's client.
 *
 * The standard `lang` attribute on the provider sets the language of the elements inside it.
 *
 * @event {BadgeErrorEvent} badge-error - The `trusted-issuers` list cannot be used (`detail.error.code`
 * `invalid-option`); the provider's client is then made without it.
 */
export class BadgeProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** CORS proxy URL template, e.g. `https://my.site/badge-proxy?url={url}` (see `badge-elements/proxy.js`). */
  @property() proxy?: string;

  /** Per-request timeout in milliseconds (default 10 000). */
  @property({ type: Number }) timeout?: number;

  /**
   * Issuers this site knows, space-separated: DIDs (`did:web:example.edu`), issuer profile URLs or
   * origins (`https://example.edu`). Verifications inside then say whether the *verified* issuer is on
   * the list; it never changes whether a badge is verified. An unusable entry is reported (a
   * `badge-error` event with code `invalid-option`, and the console) and the list is left out.
   */
  @property({ attribute: 'trusted-issuers' }) trustedIssuers?: string;

  /** A custom fetch for every request made inside (offline maps, tests, an authenticated proxy). */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  /** More client options (e.g. `maxBytes`, `allowHttp`); `fetch`, `proxy`, `timeout` and `trusted-issuers` above win. */
  @property({ attribute: false }) options?: BadgeClientOptions;

  /** Provide this client as is (the options above are then ignored). */
  @property({ attribute: false }) client?: BadgeClient;

  /** The client given to the elements inside (read-only from outside). */
  @provide({ context: badgeClientContext })
  protected provided?: BadgeClient;

  private builtFrom: unknown[] = [];

  /** The client the elements inside this provider use. */
  get currentClient(): BadgeClient {
    this.refresh();
    return this.provided!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // before the children's first update: they start with this client, not the page default
    this.refresh();
  }

  protected override willUpdate(): void {
    this.refresh();
  }

  override render() {
    return html`<slot></slot>`;
  }

  /** Makes a new client when an input changed since the last one was made. */
  private refresh(): void {
    const inputs = [this.client, this.fetch, this.proxy, this.timeout, this.trustedIssuers, this.options];
    if (this.provided && inputs.every((v, i) => v === this.builtFrom[i])) return;
    this.builtFrom = inputs;
    const timeoutMs = typeof this.timeout === 'number' && this.timeout > 0 ? this.timeout : undefined;
    const trusted = this.trustedIssuers?.split(/\s+/).filter(Boolean);
    const options: BadgeClientOptions = {
      ...this.options,
      ...(this.fetch ? { fetch: this.fetch } : {}),
      ...(this.proxy ? { proxy: this.proxy } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(trusted?.length ? { trustedIssuers: trusted } : {}),
    };
    this.provided = this.client ?? this.build(options);
  }

  /** Makes the client; a bad `trusted-issuers` list is reported (not thrown from a lifecycle callback) and left out. */
  private build(options: BadgeClientOptions): BadgeClient {
    try {
      return createBadgeClient(options);
    } catch (e) {
      if (!isBadgeError(e) || e.code !== 'invalid-option' || options.trustedIssuers === undefined) throw e;
      console.error(e);
      this.dispatchEvent(new BadgeErrorEvent({ code: e.code, message: e.message }));
      return createBadgeClient({ ...options, trustedIssuers: undefined });
    }
  }
}

/** Registers `<badge-provider>` unless the tag is already defined (another copy of the library on the page). */
export function defineBadgeProvider(tag = 'badge-provider'): void {
  if (!customElements.get(tag)) customElements.define(tag, tag === 'badge-provider' ? BadgeProvider : class extends BadgeProvider {});
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-provider': BadgeProvider;
  }
}
