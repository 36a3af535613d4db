/**
 * Languages: built-in sections (per element, so bundles stay small) plus what a host
 * registers with `registerLocale()`. Lookups go `de-CH` → `de` → English, and a
 * partial registration falls back key by key to the built-in language, then English.
 * No Lit; the DOM only to tell elements that a language was added.
 */
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

/** Event fired on `document` after `registerLocale()`, so shown elements re-render. */
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
  return [...new Set(['en', ...builtInTags, ...registered.keys()])];
}
const builtInTags = new Set<string>();

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

/**
 * One section of the catalogue for a language: `section('card', { en, es, de, ar })`
 * returns `(lang) => strings`. Only the sections an element imports are bundled.
 */
export function section<S extends keyof Catalogue>(name: S, builtIn: Record<string, Catalogue[S]> & { en: Catalogue[S] }) {
  for (const tag of Object.keys(builtIn)) builtInTags.add(tag);
  return (lang?: string): Catalogue[S] => {
    const tag = lang ? norm(lang) : 'en';
    const key = `${name}\u0000${tag}`;
    const hit = cache.get(key);
    if (hit) return hit as Catalogue[S];
    const result = resolve(name, builtIn, tag);
    cache.set(key, result);
    return result;
  };
}

function resolve<S extends keyof Catalogue>(name: S, builtIn: Record<string, Catalogue[S]> & { en: Catalogue[S] }, tag: string): Catalogue[S] {
  // most specific last: English ← base language ← full tag (built-in, then registered, at each level)
  const layers: unknown[] = [builtIn.en];
  const levels = tag.includes('-') ? [base(tag), tag] : [tag];
  for (const level of levels) {
    if (level !== 'en' && Object.hasOwn(builtIn, level)) layers.push(builtIn[level]);
    const reg = registered.get(level)?.[name];
    if (reg) layers.push(reg);
  }
  if (layers.length === 1) return builtIn.en;
  return layers.reduce((acc, layer) => merge(acc as object, layer as object)) as Catalogue[S];
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
