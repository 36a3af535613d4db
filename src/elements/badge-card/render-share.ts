/**
 * The card's `share`, `show-qr` and print additions (helper module; the card stays thin):
 * `<badge-share>` and `<badge-qr>` are loaded with a dynamic `import()` the first time a card asks
 * for them, so cards without these attributes never load them (nor the QR encoder).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BadgeClient } from '../../core/client.js';
import { DEFAULT_VERIFY_TEMPLATE, verifyPageUrl } from '../../core/share/urls.js';
import type { Badge } from '../../core/types.js';
import { getShareStrings } from '../badge-share/strings.js';

/** `show-qr`: absent → off; `print` → only in print; any other value (`""`, `screen`, `always`) → shown. */
export type QrMode = 'off' | 'print' | 'always';

export function qrMode(value: string | null | undefined): QrMode {
  if (value === undefined || value === null) return 'off';
  return value.trim().toLowerCase() === 'print' ? 'print' : 'always';
}

export interface CardShareInputs {
  /** The `share` attribute (undefined = no menu; `""` = every target). */
  share?: string | null | undefined;
  qr: QrMode;
  /** `qr-target`: verification page template for the QR code, the share links and the printed URL. */
  qrTarget?: string | undefined;
  client: BadgeClient;
  lang: string | undefined;
  theme: import('../shared/tokens.js').BadgeTheme;
}

let shareLoad: Promise<unknown> | undefined;
let qrLoad: Promise<unknown> | undefined;

function ensureShare(): void {
  shareLoad ??= import('../badge-share/define.js').then((m) => m.defineBadgeShare());
}
function ensureQr(): void {
  qrLoad ??= import('../badge-qr/define.js').then((m) => m.defineBadgeQr());
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** The verification page URL of this card's badge (template resolved against the page). */
export function cardVerifyUrl(badge: Badge, inputs: CardShareInputs): string | undefined {
  return verifyPageUrl(badge, inputs.qrTarget || DEFAULT_VERIFY_TEMPLATE, document.baseURI);
}

function qr(badge: Badge, url: string, inputs: CardShareInputs, cls: string): TemplateResult {
  ensureQr();
  const s = getShareStrings(inputs.lang);
  return html`<badge-qr part="qr" class=${cls} url=${url} label=${s.qrLabelNamed(badge.name, hostOf(url))}></badge-qr>`;
}

/** The footer additions: the QR code (on screen) and the share menu button. */
export function renderShareControls(badge: Badge, inputs: CardShareInputs, compact: boolean): TemplateResult | typeof nothing {
  const url = cardVerifyUrl(badge, inputs);
  const showQr = inputs.qr === 'always' && url !== undefined && !compact;
  const share = inputs.share !== undefined && inputs.share !== null;
  if (!showQr && !share) return nothing;
  if (share) ensureShare();
  return html`${showQr ? qr(badge, url, inputs, 'qr screen') : nothing}${share
    ? html`<badge-share part="share" class="share" .badge=${badge} .client=${inputs.client} targets=${inputs.share ?? ''}
        verify-url=${inputs.qrTarget || DEFAULT_VERIFY_TEMPLATE} theme=${inputs.theme} ?compact=${compact}></badge-share>`
    : nothing}`;
}

/** Printed only (`@media print`): the verification URL, and the QR code with `show-qr` (either mode). */
export function renderPrintInfo(badge: Badge, inputs: CardShareInputs): TemplateResult | typeof nothing {
  const url = cardVerifyUrl(badge, inputs);
  if (!url) return nothing;
  const s = getShareStrings(inputs.lang);
  return html`<div part="print-info" class="print-info">
    ${inputs.qr !== 'off' ? qr(badge, url, inputs, 'qr print') : nothing}
    <p class="print-url"><span>${s.verifyAt}</span> <span class="url">${url}</span></p>
  </div>`;
}
