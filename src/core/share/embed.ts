/** The copy-ready `<script type="module">` + element snippet (embed builder, CLI). DOM-free. */
import { safeLinkUrl } from '../url-policy.js';
import { escapeHtml } from './escape.js';

/** Where the self-contained CDN module is published (override with `scriptUrl`). */
export const DEFAULT_SCRIPT_URL = 'https://cdn.jsdelivr.net/npm/badge-elements/dist-cdn/badge-elements.js';

export interface EmbedOptions {
  /** `badge-card` (default), `badge-verify` or `badge-wall`. */
  element?: 'badge-card' | 'badge-verify' | 'badge-wall';
  /** The badge (or list, for the wall) URL; http(s) only. */
  src?: string;
  /** An inline credential (JSON or compact JWS/JWT) when there is no URL. */
  credential?: string;
  /** Further attributes: `true` = a bare attribute, `false`/undefined = left out. */
  attributes?: Record<string, string | boolean | undefined>;
  /** The module URL (http(s)); default the CDN file. */
  scriptUrl?: string;
  /** Light-DOM fallback HTML put inside the element (e.g. `renderStaticHtml()`); trusted: made by this module. */
  fallbackHtml?: string;
}

const ATTR_NAME = /^[a-z][a-z0-9-]*$/;

/** `<script type="module" src="…"></script>` + `<badge-card src="…" …></badge-card>`. */
export function renderEmbedSnippet(opts: EmbedOptions): string {
  const tag = opts.element === 'badge-verify' || opts.element === 'badge-wall' ? opts.element : 'badge-card';
  const script = safeLinkUrl(opts.scriptUrl) ?? DEFAULT_SCRIPT_URL;
  const attrs: string[] = [];
  const src = safeLinkUrl(opts.src);
  if (src) attrs.push(`src="${escapeHtml(src)}"`);
  else if (opts.credential) attrs.push(`credential="${escapeHtml(opts.credential.trim())}"`);
  for (const [name, value] of Object.entries(opts.attributes ?? {})) {
    if (!ATTR_NAME.test(name) || name === 'src' || name === 'credential' || value === undefined || value === false) continue;
    attrs.push(value === true ? name : `${name}="${escapeHtml(value)}"`);
  }
  const open = `<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`;
  const inner = opts.fallbackHtml ? `\n  ${opts.fallbackHtml}\n` : '';
  return `<script type="module" src="${escapeHtml(script)}"></script>\n${open}${inner}</${tag}>\n`;
}
