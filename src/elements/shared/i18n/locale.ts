/**
 * Which language and direction an element uses, and a controller that keeps an element
 * in step when a `lang`/`dir` attribute changes or a language is registered.
 *
 * Language: the element's `lang`, else the closest ancestor's (crossing shadow roots),
 * else `<html lang>`, else English. Direction: the nearest `dir` or `lang` wins — an
 * explicit `dir` attribute, else the direction of that `lang` (Arabic → rtl).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_CHANGE_EVENT, directionOf, ensureLocale, type Direction } from './registry.js';

/** `dir` values this library set on hosts (so they are not mistaken for an author's). */
const autoDir = new WeakMap<Element, Direction>();

const parentOf = (node: Node): Node | null => node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/** The element's language (BCP 47 tag as written), `en` when none is set anywhere. */
export function langOf(el: Element): string {
  for (let node: Node | null = el; node; node = parentOf(node)) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
  }
  return globalThis.document?.documentElement?.lang || 'en';
}

function explicitDir(el: Element): Direction | undefined {
  const d = el.getAttribute('dir')?.toLowerCase();
  if (d !== 'ltr' && d !== 'rtl') return undefined;
  return autoDir.get(el) === d ? undefined : d;
}

/** The direction the element should use. */
export function dirOf(el: Element): Direction {
  for (let node: Node | null = el; node; node = parentOf(node)) {
    if (node instanceof Element) {
      const d = explicitDir(node);
      if (d) return d;
      const lang = node.getAttribute('lang');
      if (lang) return directionOf(lang);
    }
  }
  return directionOf(globalThis.document?.documentElement?.lang);
}

/** The direction the element would inherit from `dir` attributes alone (what CSS does). */
function inheritedDir(el: Element): Direction {
  for (let node = parentOf(el); node; node = parentOf(node)) {
    if (node instanceof Element) {
      const d = node.getAttribute('dir')?.toLowerCase();
      if (d === 'ltr' || d === 'rtl') return d;
    }
  }
  return 'ltr';
}

const live = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(): void {
  if (observer || typeof MutationObserver === 'undefined' || !globalThis.document) return;
  observer = new MutationObserver((records) => {
    const relevant = records.some((r) => !(r.attributeName === 'dir' && autoDir.has(r.target as Element)));
    if (relevant) for (const c of live) c.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  document.addEventListener(LOCALE_CHANGE_EVENT, () => {
    for (const c of live) c.host.requestUpdate();
  });
}

/**
 * Add to an element: `private _locale = new LocaleController(this)`; read `this._locale.lang`
 * in render. Sets `dir` on the host when its language's direction differs from the
 * inherited one (an Arabic card on an English page gets `dir="rtl"`), never overriding
 * an author's `dir`.
 */
export class LocaleController implements ReactiveController {
  lang = 'en';
  dir: Direction = 'ltr';

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    live.add(this);
    watch();
    this.refresh(false);
  }

  hostDisconnected(): void {
    live.delete(this);
  }

  hostUpdate(): void {
    this.refresh(false);
  }

  /** Recomputes language and direction; re-renders the host when they changed. */
  refresh(update = true): void {
    const el = this.host;
    const lang = langOf(el);
    const dir = dirOf(el);
    const changed = lang !== this.lang || dir !== this.dir;
    this.lang = lang;
    this.dir = dir;
    this.applyDir();
    if (changed && update) el.requestUpdate();
    // a built-in language not loaded yet: render again once it is
    void ensureLocale(lang)?.then(() => el.requestUpdate());
  }

  /**
   * The language chunk the host still needs, if any. Elements await it in `scheduleUpdate()`
   * so their first render is already in their language:
   * `override scheduleUpdate() { const l = this.locale.loading(); return l ? l.then(() => super.scheduleUpdate()) : super.scheduleUpdate(); }`
   */
  loading(): Promise<void> | undefined {
    return ensureLocale(this.lang);
  }

  private applyDir(): void {
    const el = this.host;
    const mine = autoDir.get(el);
    const current = el.getAttribute('dir');
    if (current !== null && current !== mine) return; // the author's
    if (this.dir !== inheritedDir(el)) {
      if (current !== this.dir) {
        autoDir.set(el, this.dir);
        el.setAttribute('dir', this.dir);
      }
    } else if (mine !== undefined) {
      autoDir.delete(el);
      el.removeAttribute('dir');
    }
  }
}

/** Numbers through `Intl` in the element's language. */
export function formatNumber(n: number, lang: string | undefined, options?: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(lang || 'en', options).format(n);
  } catch {
    return new Intl.NumberFormat('en', options).format(n);
  }
}
