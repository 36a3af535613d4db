import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { BadgeClient } from '../../core/client.js';
import { toBadgeError } from '../../core/errors.js';
import { DEFAULT_VERIFY_TEMPLATE, verifyPageUrl } from '../../core/share/urls.js';
import type { Badge } from '../../core/types.js';
import { defineBadgeQr } from '../badge-qr/define.js';
import { getShareStrings } from '../badge-share/strings.js';
import { badgeClientContext, resolveClient } from '../shared/client-context.js';
import { formatDate } from '../shared/format-date.js';
import { LocaleController } from '../shared/i18n/locale.js';
import { markdownToPlainText } from '../shared/plain-text.js';
import { safeImageUrl, safeLinkUrl } from '../shared/safe-url.js';
import { getStrings } from '../shared/strings.js';
import { certificateStyles } from './badge-certificate.styles.js';

defineBadgeQr();

/**
 * @tagname badge-certificate
 * @summary A printable certificate for one badge (landscape page): image, name, description, issuer
 * and its checkable origin, dates, criteria, skills, and a QR code + URL of the verification page.
 *
 * @csspart page - The certificate sheet.
 * @csspart name - The badge name.
 * @csspart qr - The QR code (a `<badge-qr>`).
 * @csspart verify-url - The printed verification URL.
 *
 * @cssproperty --badge-certificate-accent - Frame and title colour.
 *
 * Set the page box in the page's own CSS (`@page { size: A4 landscape; margin: 0 }`): `@page` does
 * not apply from a shadow root.
 */
export class BadgeCertificate extends LitElement {
  static override styles = certificateStyles;

  /** URL of the badge (hosted assertion / credential / baked image). */
  @property() src?: string;
  /** The credential itself (wins over `src`). */
  @property({ attribute: false }) credential?: string | object;
  /** Verification page template (`{url}` = the encoded badge URL), relative to the page. */
  @property({ attribute: 'qr-target' }) qrTarget = DEFAULT_VERIFY_TEMPLATE;
  /** Recipient name printed on the certificate (the credential rarely carries one in clear). */
  @property() recipient?: string;
  @property({ attribute: false }) client?: BadgeClient;

  @consume({ context: badgeClientContext, subscribe: true })
  @state()
  private contextClient?: BadgeClient;

  /** Language and direction (`lang`/`dir` of the element or its ancestors); re-renders when they change. */
  private readonly locale = new LocaleController(this);

  private readonly loader = new Task(this, {
    task: async ([input, client], { signal }) => (input ? client.loadBadge(input, { signal }) : undefined),
    args: () => [this.credential ?? (this.src ? new URL(this.src, document.baseURI).href : undefined), resolveClient(this.client, this.contextClient)] as const,
  });

  /** Waits for a lazily loaded language before rendering (no first render in English). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.locale.loading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  private renderBadge(b: Badge) {
    const lang = this.locale.lang;
    const s = getShareStrings(lang);
    const cs = getStrings(lang);
    const verify = verifyPageUrl(b, this.qrTarget, document.baseURI);
    const img = safeImageUrl(b.image?.url);
    const criteria = b.criteria?.narrative ? markdownToPlainText(b.criteria.narrative) : '';
    const type = b.achievementType ? (cs.achievementTypes[b.achievementType] ?? b.achievementType) : s.certificateTitle;
    return html`<article part="page" class="page" aria-labelledby="name">
      <div class="frame">
        <header>
          <p class="kicker">${type}</p>
          ${img ? html`<img class="art" src=${img} alt=${b.image?.alt ?? ''} referrerpolicy="no-referrer" />` : nothing}
          <p class="certifies">${s.certifies}</p>
          <h1 id="name" part="name"><bdi>${b.name}</bdi></h1>
          ${this.recipient ? html`<p class="recipient"><bdi>${this.recipient}</bdi></p>` : nothing}
          ${b.description ? html`<p class="description">${markdownToPlainText(b.description)}</p>` : nothing}
        </header>
        <section class="facts">
          <div><span class="label">${s.awardedBy}</span><span class="value"><bdi>${b.issuer.name}</bdi></span>
            ${b.issuer.origin ? html`<span class="origin">${b.issuer.origin}</span>` : nothing}</div>
          ${b.issued ? html`<div><span class="label">${cs.issued}</span><span class="value">${formatDate(b.issued, lang)}</span></div>` : nothing}
          ${b.expires ? html`<div><span class="label">${cs.expires}</span><span class="value">${formatDate(b.expires, lang)}</span></div>` : nothing}
        </section>
        ${criteria || b.alignments.length
          ? html`<section class="more">
              ${criteria ? html`<p class="criteria"><strong>${cs.criteria}.</strong> ${criteria}</p>` : nothing}
              ${b.alignments.length ? html`<p class="skills"><strong>${cs.skills}:</strong> ${b.alignments.map((a) => a.name).join(' · ')}</p>` : nothing}
            </section>`
          : nothing}
        ${verify
          ? html`<footer>
              <badge-qr part="qr" url=${verify} label=${s.qrLabelNamed(b.name, new URL(verify).host)}></badge-qr>
              <p><span class="label">${s.verifyAt}</span>
                <a part="verify-url" href=${safeLinkUrl(verify) ?? nothing} rel="noopener noreferrer">${verify}</a></p>
            </footer>`
          : nothing}
      </div>
    </article>`;
  }

  override render() {
    return this.loader.render({
      initial: () => html`<slot></slot>`,
      pending: () => html`<div class="page loading" role="status">${getStrings(this.locale.lang).loadingBadge}</div>`,
      complete: (b) => (b ? this.renderBadge(b) : html`<slot></slot>`),
      error: (e) => html`<div class="page error" role="alert">${toBadgeError(e, 'fetch-failed').message}</div>`,
    });
  }
}

/** Defines `<badge-certificate>` (or a custom tag, as a subclass). */
export function defineBadgeCertificate(tag = 'badge-certificate'): void {
  if (!customElements.get(tag)) customElements.define(tag, tag === 'badge-certificate' ? BadgeCertificate : class extends BadgeCertificate {});
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-certificate': BadgeCertificate;
  }
}
