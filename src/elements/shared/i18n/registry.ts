/**
 * Languages: English bundled, the other built-in languages loaded on first use
 * (`ensureLocale()`, awaited by the elements before rendering), plus what a host registers with
 * `registerLocale()`. Lookups go `de-CH` → `de` → English, and a partial registration falls back
 * key by key to the built-in language, then English.
 * No Lit; the DOM only to tell elements that a language was added.
 */
import { BUILT_IN } from './builtins.js';
import type { Catalogue } from './en.js';

/** A partial catalogue: any section, any key (nested maps included). */
export type DeepPartial<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
export type LocaleStrings = DeepPartial<Catalogue>;
export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left (base language subtags). */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku-arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

const registered = new Map<string, LocaleStrings>();
const registeredDir = new Map<string, Direction>();
const cache = new Map<string, unknown>();
let version = 0;

/** Event fired on `document` after `registerLocale()` and `setDefaultLocale()`, so shown elements re-render. */
export const LOCALE_CHANGE_EVENT = 'badge-locale-change';

const norm = (lang: string) => lang.trim().toLowerCase().replace(/_/g, '-');
const base = (lang: string) => norm(lang).split('-')[0]!;

/**
 * Adds a language, or overrides some keys of one: `registerLocale('fr', { card: { issuedBy: 'Délivré par' } })`.
 * Keys left out fall back to the built-in language of that tag, then to English.
 * `dir` defaults to the language's usual direction.
 */
export function registerLocale(lang: string, strings: LocaleStrings, options: { dir?: Direction } = {}): void {
  const tag = norm(lang);
  registered.set(tag, merge(registered.get(tag) ?? {}, strings) as LocaleStrings);
  if (options.dir) registeredDir.set(tag, options.dir);
  cache.clear();
  version++;
  globalThis.document?.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: { lang: tag } }));
}

/** Languages that have strings (built-in for some section, or registered). */
export function registeredLocales(): string[] {
  return [...new Set(['en', ...Object.keys(BUILT_IN), ...registered.keys()])];
}

const loaded = new Map<string, Catalogue>();
const loading = new Map<string, Promise<void>>();

/**
 * Loads the built-in language(s) a tag needs (`de-CH` → `de`). `undefined` when nothing is left
 * to load (English, an unknown or a registered-only language, or already loaded).
 * `await ensureLocale('ar')` before showing elements to avoid a first render in English.
 */
export function ensureLocale(lang: string | undefined): Promise<void> | undefined {
  if (!lang) return undefined;
  const tag = norm(lang);
  const pending: Promise<void>[] = [];
  for (const level of new Set([base(tag), tag])) {
    if (loaded.has(level) || !Object.hasOwn(BUILT_IN, level)) continue;
    let p = loading.get(level);
    if (!p) {
      p = BUILT_IN[level]!().then(
        (catalogue) => {
          loaded.set(level, catalogue);
          cache.clear();
          version++;
        },
        () => {
          loading.delete(level); // a failed chunk: English for now, retried next time
        },
      );
      loading.set(level, p);
    }
    pending.push(p);
  }
  return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
}

let pageDefault: string | undefined;

/** The page's default language (`setDefaultLocale()`), `undefined` when none is set. */
export const getDefaultLocale = (): string | undefined => pageDefault;

/**
 * Sets the language of every element with no `lang` of its own or on an ancestor below `<html>`
 * (it wins over `<html lang>`); `null` goes back to `lang` attributes only. Shown elements re-render
 * in it once its strings are loaded (the promise, `undefined` when nothing is left to load).
 * @throws {RangeError} when `lang` is not a BCP 47 language tag.
 */
export function setDefaultLocale(lang: string | null | undefined): Promise<void> | undefined {
  let tag: string | undefined;
  if (lang != null) {
    try {
      tag = Intl.getCanonicalLocales(String(lang).trim().replace(/_/g, '-'))[0];
    } catch {
      throw new RangeError(`badge-elements: locale ${JSON.stringify(lang)} is not a BCP 47 language tag (e.g. "de", "pt-BR")`);
    }
  }
  if (tag !== pageDefault) {
    pageDefault = tag;
    globalThis.document?.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: { lang: tag, default: true } }));
  }
  return ensureLocale(tag);
}

/** Bumped on every registration (elements can cache per version). */
export const localeVersion = () => version;

/** `rtl` for Arabic, Hebrew, Persian, Urdu… (or what `registerLocale` said). */
export function directionOf(lang: string | undefined): Direction {
  if (!lang) return 'ltr';
  const tag = norm(lang);
  const known = registeredDir.get(tag) ?? registeredDir.get(base(tag));
  if (known) return known;
  if (/-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/.test(tag)) return 'rtl';
  if (/-(latn|cyrl)\b/.test(tag)) return 'ltr';
  return RTL.has(base(tag)) ? 'rtl' : 'ltr';
}

let accessors = 0;

/**
 * One section of the catalogue: `section('card', en.card)` returns `(lang) => strings`
 * (English plus whatever of that language is loaded or registered). `english` may be part of the
 * section (`section('verify', verdict)`): the accessor then reads those keys, from the same built-in
 * and registered strings (the object it returns may carry the section's other keys too).
 */
export function section<S extends keyof Catalogue, T extends Partial<Catalogue[S]> = Catalogue[S]>(name: S, english: T) {
  const id = accessors++; // one cache entry per accessor: two accessors of a section return different objects
  return (lang?: string): T => {
    const tag = norm(lang || pageDefault || 'en');
    const key = `${id}\u0000${tag}`;
    const hit = cache.get(key);
    if (hit) return hit as T;
    const result = resolve(name, english, tag);
    cache.set(key, result);
    return result;
  };
}

function resolve<T>(name: keyof Catalogue, english: T, tag: string): T {
  // most specific last: English ← base language ← full tag (built-in, then registered, at each level)
  const layers: unknown[] = [english];
  const levels = tag.includes('-') ? [base(tag), tag] : [tag];
  for (const level of levels) {
    const builtIn = loaded.get(level)?.[name];
    if (builtIn) layers.push(builtIn);
    const reg = registered.get(level)?.[name];
    if (reg) layers.push(reg);
  }
  if (layers.length === 1) return english;
  return layers.reduce((acc, layer) => merge(acc as object, layer as object)) as T;
}

/** Deep merge of plain objects (functions and strings are leaves); never mutates. */
function merge(a: object, b: object): object {
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b)) {
    if (v === undefined) continue;
    const prev = out[k];
    out[k] = isPlain(v) && isPlain(prev) ? merge(prev, v) : v;
  }
  return out;
}

const isPlain = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
