import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { BadgeClient } from '../../core/client.js';
import {
  DEFAULT_VERIFY_TEMPLATE, parseShareTargets, shareLinks, shareText, verifyPageUrl, type ShareTarget,
} from '../../core/share/index.js';
import type { Badge } from '../../core/types.js';
import { badgeClientContext, resolveClient } from '../shared/client-context.js';
import { LocaleController } from '../shared/i18n/locale.js';
import { canShareNatively, copyText, downloadBaked, shareNatively } from './actions.js';
import { badgeShareStyles } from './badge-share.styles.js';
import { emitShare } from './events.js';
import { shareIcons } from './icons.js';
import { menuKey } from './menu-keys.js';
import { placeMenu, supportsPopover } from './position.js';
import { getShareStrings } from './strings.js';

const ICON: Record<ShareTarget, keyof typeof shareIcons> = {
  'linkedin-profile': 'plus', 'linkedin-post': 'linkedin', x: 'x', facebook: 'facebook', email: 'email', copy: 'copy', native: 'native', download: 'download',
};

/**
 * @tagname badge-share
 * @summary A share menu for one badge: add to LinkedIn profile, post on LinkedIn / X / Facebook,
 * e-mail, copy link, the system share sheet (where offered), download the baked badge. Plain links
 * only: no third-party scripts, no tracking parameters.
 *
 * @csspart button - The menu button.
 * @csspart label - The button's visible word.
 * @csspart menu - The menu (a popover).
 * @csspart item - Each menu item.
 * @csspart status - The visible confirmation ("Link copied…"), also a live region.
 *
 * @cssproperty --badge-color-surface - Menu background (and the other `--badge-*` colour tokens).
 *
 * @event {BadgeShareEvent} badge-share - A menu item was used: `detail = { target, url, ok }` (for the page's own analytics).
 */
export class BadgeShare extends LitElement {
  static override styles = badgeShareStyles;

  /** The badge to share (set by `<badge-card>`, or by the page). Wins over `src`. */
  @property({ attribute: false }) badge?: Badge;
  /** Or the badge's URL: loaded through the client when no `badge` is set. */
  @property() src?: string;
  /** Which targets, space-separated (`linkedin x email copy`…); empty = all. */
  @property() targets = '';
  /** Verification page template, `{url}` = the encoded badge URL; relative to the page. */
  @property({ attribute: 'verify-url' }) verifyUrl = DEFAULT_VERIFY_TEMPLATE;
  /** The URL to share instead of the verification page. */
  @property() url?: string;
  /** Show only the icon on the button (the name stays the accessible label). */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** `auto` (follows `prefers-color-scheme`; default), `light` or `dark`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';
  /** A client for the baked download (else the nearest provider's, else the page default). */
  @property({ attribute: false }) client?: BadgeClient;

  @consume({ context: badgeClientContext, subscribe: true })
  @state()
  private contextClient?: BadgeClient;

  @state() private open = false;
  @state() private status = '';
  @state() private busy = false;

  /** Language and direction (`lang`/`dir` of the element or its ancestors); re-renders when they change. */
  private readonly locale = new LocaleController(this);

  @query('#button') private button!: HTMLButtonElement;
  @query('#menu') private menu!: HTMLElement;
  @queryAll('[role="menuitem"]') private items!: NodeListOf<HTMLElement>;

  private readonly loader = new Task(this, {
    task: async ([src, client], { signal }) => (src ? client.loadBadge(new URL(src, document.baseURI).href, { signal }) : undefined),
    args: () => [this.badge ? undefined : this.src, resolveClient(this.client, this.contextClient)] as const,
  });

  /** The badge shared: `badge`, else the one loaded from `src`. */
  get current(): Badge | undefined {
    return this.badge ?? this.loader.value;
  }

  private focusOnOpen: 'first' | 'last' = 'first';
  private statusTimer?: ReturnType<typeof setTimeout>;

  /** Whether the menu is open. */
  get isOpen(): boolean {
    return this.open;
  }

  /** The URL shared: `url`, else the verification page of the badge, else this page. */
  get shareUrl(): string {
    if (this.url) return new URL(this.url, document.baseURI).href;
    const badge = this.current;
    return (badge && verifyPageUrl(badge, this.verifyUrl, document.baseURI)) ?? location.href;
  }

  /** Opens the menu and focuses its first (or last) item. */
  show(focus: 'first' | 'last' = 'first'): void {
    this.focusOnOpen = focus;
    this.open = true;
  }

  /** Closes the menu; `returnFocus` puts focus back on the button. */
  hide(returnFocus = false): void {
    if (!this.open) return;
    this.open = false;
    if (returnFocus) void this.updateComplete.then(() => this.button?.focus());
  }

  /** Waits for a lazily loaded language before rendering (no first render in English). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.locale.loading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside, true);
    clearTimeout(this.statusTimer);
  }

  protected override updated(changed: PropertyValues): void {
    const menu = this.menu;
    if (!changed.has('open') || !menu) return; // no menu without a badge
    if (this.open) {
      if (supportsPopover && !menu.matches(':popover-open')) menu.showPopover();
      placeMenu(menu, this.button, getComputedStyle(this).direction === 'rtl');
      const items = [...this.items];
      items[this.focusOnOpen === 'last' ? items.length - 1 : 0]?.focus();
      document.addEventListener('pointerdown', this.onOutside, true);
    } else {
      if (supportsPopover && menu.matches(':popover-open')) menu.hidePopover();
      document.removeEventListener('pointerdown', this.onOutside, true);
    }
  }

  private readonly onOutside = (e: Event): void => {
    if (!e.composedPath().includes(this)) this.hide();
  };

  private readonly onButtonClick = (): void => {
    if (this.open) this.hide();
    else this.show('first');
  };

  private readonly onButtonKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.show(e.key === 'ArrowUp' ? 'last' : 'first');
    } else if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      this.hide(true);
    }
  };

  private readonly onMenuKeydown = (e: KeyboardEvent): void => {
    const items = [...this.items];
    const current = items.indexOf(this.shadowRoot!.activeElement as HTMLElement);
    const move = menuKey(e.key, current, items.map((i) => i.textContent ?? ''));
    if (!move) return;
    if ('focus' in move) {
      e.preventDefault();
      items[move.focus]?.focus();
    } else if (move.close === 'button') {
      e.preventDefault();
      e.stopPropagation();
      this.hide(true);
    } else this.hide(); // Tab: focus moves on by itself
  };

  private readonly onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (this.open && (!to || !(this.shadowRoot!.contains(to) || this.contains(to)))) this.hide();
  };

  private announce(message: string): void {
    this.status = message;
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => (this.status = ''), 6000);
  }

  private emit(target: ShareTarget, url: string, ok: boolean): void {
    emitShare(this, { target, url, ok });
  }

  private readonly onLinkClick = (e: Event): void => {
    const target = (e.currentTarget as HTMLElement).dataset.target as ShareTarget;
    this.emit(target, this.shareUrl, true);
    this.hide(true);
  };

  private async onAction(target: ShareTarget): Promise<void> {
    const s = getShareStrings(this.locale.lang);
    const url = this.shareUrl;
    this.hide(true);
    if (target === 'copy') {
      const ok = await copyText(url);
      this.announce(ok ? s.copied : s.copyFailed(url));
      this.emit(target, url, ok);
    } else if (target === 'native' && this.current) {
      const ok = await shareNatively({ title: this.current.name, text: shareText(this.current), url });
      this.emit(target, url, ok);
    } else if (target === 'download' && this.current && !this.busy) {
      this.busy = true;
      this.announce(s.downloading);
      const r = await downloadBaked(this.current, resolveClient(this.client, this.contextClient), this.shadowRoot!);
      this.busy = false;
      this.announce(r.ok ? s.downloaded(r.filename) : s.downloadFailed(r.message));
      this.emit(target, r.ok ? r.filename : url, r.ok);
    }
  }

  private visibleTargets(): ShareTarget[] {
    return parseShareTargets(this.targets).filter((t) => (t === 'native' ? canShareNatively(this.shareUrl) : t === 'download' ? this.current?.image !== undefined : true));
  }

  override render() {
    const s = getShareStrings(this.locale.lang);
    const badge = this.current;
    if (!badge) return nothing;
    const url = this.shareUrl;
    const targets = this.visibleTargets();
    const links = new Map(shareLinks(badge, url, targets, this.locale.lang).map((l) => [l.target, l.href]));
    return html`<button id="button" part="button" type="button" aria-haspopup="menu" aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu" aria-label=${this.compact ? s.shareLabel(badge.name) : nothing} ?disabled=${targets.length === 0}
        @click=${this.onButtonClick} @keydown=${this.onButtonKeydown} @focusout=${this.onFocusOut}>
        ${shareIcons.share}<span class="label" part="label">${s.share}</span>
      </button>
      <div id="menu" part="menu" role="menu" aria-label=${s.menuLabel} popover=${supportsPopover ? 'manual' : nothing}
        class=${this.open ? 'open' : ''} @keydown=${this.onMenuKeydown} @focusout=${this.onFocusOut}>
        ${targets.map((t) => {
          const href = links.get(t);
          const content = html`${shareIcons[ICON[t]]}<span>${s.targets[t]}</span>`;
          if (href) {
            const mail = href.startsWith('mailto:');
            return html`<a role="menuitem" part="item" tabindex="-1" data-target=${t} href=${href} rel="noopener noreferrer"
              target=${mail ? nothing : '_blank'} @click=${this.onLinkClick}>${content}${mail ? nothing : html`<span class="visually-hidden">${s.opensInNewTab}</span>`}</a>`;
          }
          return html`<button role="menuitem" part="item" tabindex="-1" type="button" data-target=${t} ?aria-disabled=${t === 'download' && this.busy}
            @click=${() => void this.onAction(t)}>${content}</button>`;
        })}
      </div>
      <span part="status" class="status" role="status">${this.status ? html`${shareIcons.check}<span>${this.status}</span>` : nothing}</span>`;
  }
}
