import { LitElement, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { safeLinkUrl } from '../../core/url-policy.js';
import { LocaleController } from '../shared/i18n/locale.js';
import { saveBlob } from '../badge-share/download.js';
import { getShareStrings } from '../badge-share/strings.js';
import { badgeQrStyles } from './badge-qr.styles.js';
import { QUIET, encode, matrixPath, pngBlob, svgFile, type QrMatrix } from './qr-matrix.js';

/**
 * @tagname badge-qr
 * @summary A crisp, accessible QR code (SVG, `role="img"`) for a URL — normally the verification
 * page of a badge. The encoder (`qrcode`) loads on first use. Optional PNG / SVG downloads.
 *
 * @csspart svg - The QR code (an `<svg role="img">`).
 * @csspart downloads - The download buttons' row.
 * @csspart download-button - Each download button.
 *
 * @cssproperty --badge-qr-size - Side of the code (default 6rem).
 * @cssproperty --badge-qr-dark - Colour of the dark modules (default black; keep it dark).
 * @cssproperty --badge-qr-light - Background (default white; keep it light).
 */
export class BadgeQr extends LitElement {
  static override styles = badgeQrStyles;

  /** The URL to encode (http(s), or relative to the page). */
  @property() url?: string;
  /** The accessible name; default "QR code linking to <url>". */
  @property() label?: string;
  /** Show PNG and SVG download buttons. */
  @property({ type: Boolean, reflect: true }) downloads = false;
  /** Base name of downloaded files. */
  @property() filename = 'badge-qr';

  /** Language and direction (`lang`/`dir` of the element or its ancestors); re-renders when they change. */
  private readonly locale = new LocaleController(this);

  private readonly encoder = new Task(this, {
    task: async ([url]) => (url ? encode(url) : undefined),
    args: () => [this.target] as const,
  });

  /** The absolute URL encoded, or undefined when refused (only http(s)). */
  get target(): string | undefined {
    if (!this.url) return undefined;
    try {
      return safeLinkUrl(new URL(this.url.trim(), document.baseURI).href);
    } catch {
      return undefined;
    }
  }

  private get accessibleName(): string {
    return this.label || getShareStrings(this.locale.lang).qrLabel(this.target ?? '');
  }

  /** Waits for a lazily loaded language before rendering (no first render in English). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.locale.loading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves when the code is drawn (or there is nothing to draw). */
  async ready(): Promise<void> {
    await this.updateComplete;
    await this.encoder.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  /** The QR code as a standalone SVG file's text. */
  async toSvg(): Promise<string | undefined> {
    await this.ready();
    const m = this.encoder.value;
    return m && svgFile(m, this.accessibleName);
  }

  /** The QR code as a PNG (10 px per module by default). */
  async toPng(scale = 10): Promise<Blob | undefined> {
    await this.ready();
    const m = this.encoder.value;
    return m && pngBlob(m, scale);
  }

  /** Downloads the code as `png` or `svg`. */
  async download(kind: 'png' | 'svg'): Promise<void> {
    if (kind === 'svg') {
      const text = await this.toSvg();
      if (text) saveBlob(new Blob([text], { type: 'image/svg+xml' }), `${this.filename}.svg`, this.shadowRoot!);
    } else {
      const png = await this.toPng();
      if (png) saveBlob(png, `${this.filename}.png`, this.shadowRoot!);
    }
  }

  private renderCode(m: QrMatrix) {
    const n = m.size + QUIET * 2;
    return html`<svg part="svg" role="img" aria-label=${this.accessibleName} viewBox="${-QUIET} ${-QUIET} ${n} ${n}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      ${svg`<rect class="light" x=${-QUIET} y=${-QUIET} width=${n} height=${n}></rect><path class="dark" d=${matrixPath(m)}></path>`}
    </svg>`;
  }

  override render() {
    const s = getShareStrings(this.locale.lang);
    if (!this.target) return nothing;
    return html`${this.encoder.render({
        pending: () => html`<div class="box placeholder" role="img" aria-label=${s.qrLoading}></div>`,
        complete: (m) => (m ? this.renderCode(m) : nothing),
        error: () => html`<div class="box placeholder failed" role="img" aria-label=${s.qrFailed}></div>`,
      })}
      ${this.downloads
        ? html`<div part="downloads" class="downloads">
            <button type="button" part="download-button" aria-label=${s.downloadQrLabel('PNG')} @click=${() => void this.download('png')}>${s.downloadPng}</button>
            <button type="button" part="download-button" aria-label=${s.downloadQrLabel('SVG')} @click=${() => void this.download('svg')}>${s.downloadSvg}</button>
          </div>`
        : nothing}`;
  }
}
