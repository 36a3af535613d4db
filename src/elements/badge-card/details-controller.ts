import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Badge } from '../../core/types.js';
import { addStyles } from '../shared/add-styles.js';
import type { RenderContext } from './render-context.js';
import { hasDetails } from './render-details.js';

type DetailsPanelModule = typeof import('./details-panel.js');
type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The card's details panel (full criteria, evidence, endorsements as Markdown): its module — the Markdown
 * directive, strings and styles — loads with import() when first opened; Escape closes it; focus moves to
 * the panel's Close button and back to the Details button.
 */
export class CardDetailsController implements ReactiveController {
  open = false;
  private panel?: DetailsPanelModule;
  private loading?: Promise<void>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A load still under way, for the host's `updateComplete`. */
  pending(): Promise<void> | undefined {
    return this.loading && !this.panel ? this.loading : undefined;
  }

  close(): void {
    this.open = false;
  }

  render(badge: Badge, ctx: RenderContext): unknown {
    return hasDetails(badge) ? this.panel?.renderDetailsPanel(badge, ctx) : nothing;
  }

  readonly toggle = (): void => {
    if (!this.open && !this.panel) {
      void this.load().then(() => {
        if (this.panel && !this.open) this.toggle();
      });
      return;
    }
    this.open = !this.open;
    const open = this.open;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(open ? '.details-close' : '.details-toggle')?.focus());
  };

  readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.open) {
      e.stopPropagation();
      this.toggle();
    }
  };

  private load(): Promise<void> {
    this.loading ??= import('./details-panel.js').then(
      (m) => {
        this.panel = m;
        addStyles(this.host.renderRoot, [m.detailsPanelStyles]);
      },
      () => {
        this.loading = undefined; // a failed chunk: the button stays, pressing it retries
      },
    );
    return this.loading;
  }
}
