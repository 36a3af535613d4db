/**
 * Which language and direction an element uses, and a controller that keeps an element
 * in step when a `lang`/`dir` attribute changes, a language is registered or the page default changes.
 *
 * Language: the element's `lang`, else the closest ancestor's below `<html>` (crossing shadow
 * roots), else the page default (`setDefaultLocale()` / `configureBadgeElements({ locale })`),
 * else `<html lang>`, else English. Direction: the nearest `dir` or `lang` wins — an explicit
 * `dir` attribute, else the direction of that `lang` (Arabic → rtl); the page default counts
 * as a `lang` on `<html>` that wins over `<html dir>`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_CHANGE_EVENT, directionOf, ensureLocale, getDefaultLocale, type Direction } from './registry.js';

type Attr = 'dir' | 'lang';
/** `dir` / `lang` values this library set on hosts (so they are not mistaken for an author's). */
const auto: Record<Attr, WeakMap<Element, string>> = { dir: new WeakMap(), lang: new WeakMap() };

const parentOf = (node: Node): Node | null => node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
const isRoot = (el: Element) => el === el.ownerDocument.documentElement;
const isDir = (v: string | undefined): v is Direction => v === 'ltr' || v === 'rtl';

/** An author's `lang`, or `dir` (`ltr`/`rtl`), on this element (not one a controller set). */
function own(el: Element, a: Attr): string | undefined {
  const v = el.getAttribute(a);
  if (!v || auto[a].get(el) === v) return undefined;
  return a === 'lang' ? v : isDir(v.toLowerCase()) ? v.toLowerCase() : undefined;
}

/** What the element inherits from its ancestors' attributes (what the browser and CSS do). */
function inherited(el: Element, a: Attr): string {
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const v = node instanceof Element ? node.getAttribute(a)?.toLowerCase() : undefined;
    if (v && (a === 'lang' || isDir(v))) return v;
  }
  return a === 'dir' ? 'ltr' : '';
}

/** The closest author `lang` on the element or an ancestor below `<html>`. */
function langBelowRoot(el: Element): string | undefined {
  for (let node: Node | null = el; node; node = parentOf(node)) {
    if (node instanceof Element) {
      if (isRoot(node)) return undefined;
      const lang = own(node, 'lang');
      if (lang) return lang;
    }
  }
  return undefined;
}

/** The element's language (BCP 47 tag as written), `en` when none is set anywhere. */
export function langOf(el: Element): string {
  return langBelowRoot(el) ?? (getDefaultLocale() || globalThis.document?.documentElement?.lang || 'en');
}

/** The direction the element should use. */
export function dirOf(el: Element): Direction {
  const configured = getDefaultLocale();
  for (let node: Node | null = el; node; node = parentOf(node)) {
    if (node instanceof Element) {
      if (configured && isRoot(node)) break;
      const d = own(node, 'dir');
      if (d) return d as Direction;
      const lang = own(node, 'lang');
      if (lang) return directionOf(lang);
    }
  }
  return directionOf(configured || globalThis.document?.documentElement?.lang);
}

/** Sets (`want`) or removes a `dir`/`lang` this library owns on `el`; never touches an author's. */
function setAuto(el: Element, a: Attr, want: string | undefined): void {
  const mine = auto[a].get(el);
  const current = el.getAttribute(a);
  if (current !== null && current !== mine) return; // the author's
  if (want) {
    if (current !== want) {
      auto[a].set(el, want);
      el.setAttribute(a, want);
    }
  } else if (mine !== undefined) {
    auto[a].delete(el);
    el.removeAttribute(a);
  }
}

const live = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(): void {
  if (observer || typeof MutationObserver === 'undefined' || !globalThis.document) return;
  observer = new MutationObserver((records) => {
    // skip the attributes controllers set (an author's change to one of them still counts)
    const ours = ({ target, attributeName: a }: MutationRecord) => auto[a as Attr].get(target as Element) === (target as Element).getAttribute(a!);
    const relevant = records.some((r) => !ours(r));
    if (relevant) for (const c of live) c.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  // a registered language or a new page default: the language first, so `loading()` waits for the right chunk
  document.addEventListener(LOCALE_CHANGE_EVENT, () => {
    for (const c of live) {
      c.refresh(false);
      c.host.requestUpdate();
    }
  });
}

/**
 * Add to an element: `private _locale = new LocaleController(this)`; read `this._locale.lang`
 * in render. Sets `dir` on the host when its language's direction differs from the
 * inherited one (an Arabic card on an English page gets `dir="rtl"`), never overriding
 * an author's `dir`. Likewise sets `lang` on the host when its language is the page default and
 * differs from the inherited `lang` (so assistive technology reads it in that language).
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
    this.applyLang();
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
    setAuto(this.host, 'dir', this.dir !== inherited(this.host, 'dir') ? this.dir : undefined);
  }

  private applyLang(): void {
    const el = this.host;
    const want = langBelowRoot(el) === undefined ? getDefaultLocale() : undefined;
    setAuto(el, 'lang', want && want.toLowerCase() !== inherited(el, 'lang') ? want : undefined);
  }
}

/** Numbers through `Intl` in the element's language (no `lang`: the page default, else English). */
export function formatNumber(n: number, lang: string | undefined, options?: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(lang || getDefaultLocale() || 'en', options).format(n);
  } catch {
    return new Intl.NumberFormat('en', options).format(n);
  }
}
