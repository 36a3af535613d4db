/** The details dialog: the activated tile's badge as a `<badge-card>` (part of the lazily loaded body). */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BadgeClient } from '../../core/client.js';
import type { WallItem } from './model.js';
import { tileLabel } from './render-tile.js';
import type { WallText } from './text.js';

export function renderDetails(item: WallItem | undefined, client: BadgeClient, theme: string, close: () => void, { t }: WallText): TemplateResult | typeof nothing {
  if (!item) return nothing;
  const input = item.entry.input;
  const url = typeof input === 'string' && /^https?:/i.test(input) ? input : undefined;
  return html`<dialog aria-label=${tileLabel(item, t)} @close=${close} @cancel=${close}>
    <div class="dlg">
      <button type="button" class="close" @click=${close}>${t.close}</button>
      <badge-card src=${ifDefined(url)} .credential=${url ? undefined : input} .client=${client} theme=${theme} heading-level="2"></badge-card>
    </div>
  </dialog>`;
}
