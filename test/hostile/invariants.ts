/**
 * Invariants every element keeps on hostile input (Chromium):
 * no script ran (canary), no disallowed URL or markup rendered, nothing drawn outside the host's box,
 * no request to a refused URL, no request carrying the recipient's identity.
 */
import { checkUrl } from '../../src/core/url-policy.js';
import { safeImageUrl, safeLinkUrl } from '../../src/elements/shared/safe-url.js';
import { CANARY } from './payloads.js';

/** Every element in `root`, through open shadow roots (nested elements included). */
export function deepElements(root: Element | ShadowRoot | DocumentFragment): Element[] {
  const out: Element[] = [];
  const walk = (n: Element | ShadowRoot | DocumentFragment): void => {
    for (const el of Array.from(n.children)) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(root);
  return out;
}

const FORBIDDEN_TAGS = new Set(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FRAME', 'FRAMESET', 'META', 'BASE', 'LINK', 'TEMPLATE', 'STYLE', 'MATH', 'INPUT[TYPE=IMAGE]']);

export function problems(host: HTMLElement): string[] {
  const out: string[] = [];
  if ((globalThis as Record<string, unknown>)[CANARY] !== undefined) out.push(`a payload ran: ${String((globalThis as Record<string, unknown>)[CANARY])}`);
  const els = deepElements(host.shadowRoot!);
  for (const el of els) {
    const tag = el.tagName;
    if (FORBIDDEN_TAGS.has(tag)) out.push(`forbidden element <${tag.toLowerCase()}>`);
    // SVG is allowed only as the library's own static icons (no foreign content from data)
    if (tag.toLowerCase() === 'foreignobject') out.push('foreignObject');
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      if (/^on/i.test(name)) out.push(`event attribute ${name} on <${tag.toLowerCase()}>`);
      if (name === 'style' && /url\(|position\s*:\s*fixed/i.test(value)) out.push(`style ${value}`);
      if (['action', 'formaction', 'srcdoc', 'xlink:href', 'srcset', 'poster', 'background'].includes(name)) out.push(`attribute ${name}=${value}`);
      if (name === 'href' && !(tag === 'A' && safeLinkUrl(value) === value)) out.push(`href ${value} on <${tag.toLowerCase()}>`);
      if (name === 'src' && !(tag === 'IMG' && safeImageUrl(value) === value)) out.push(`src ${value} on <${tag.toLowerCase()}>`);
      if (/javascript:|vbscript:|data:text/i.test(value) && !['title', 'aria-label', 'alt'].includes(name)) out.push(`${name}=${value.slice(0, 60)}`);
    }
    if (tag === 'A' && el.getAttribute('target') === '_blank') {
      const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) out.push(`link without rel=noopener noreferrer: ${el.getAttribute('href')}`);
    }
    if (tag === 'IMG' && el.getAttribute('referrerpolicy') !== 'no-referrer') out.push(`img without referrerpolicy=no-referrer: ${el.getAttribute('src')}`);
  }
  out.push(...outside(host, els));
  return out;
}

function clipRect(el: Element, host: HTMLElement): DOMRect | undefined {
  // the visible part of `el`: its rect cut by every clipping ancestor up to the host
  let r = el.getBoundingClientRect();
  let left = r.left, top = r.top, right = r.right, bottom = r.bottom;
  let n: Node | null = el.parentNode;
  while (n && n !== host) {
    if (n instanceof ShadowRoot) { n = n.host; continue; }
    if (n instanceof Element) {
      const cs = getComputedStyle(n);
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || cs.contain.includes('paint')) {
        const c = n.getBoundingClientRect();
        left = Math.max(left, c.left); top = Math.max(top, c.top); right = Math.min(right, c.right); bottom = Math.min(bottom, c.bottom);
      }
    }
    n = n.parentNode;
  }
  if (right <= left || bottom <= top) return undefined;
  r = new DOMRect(left, top, right - left, bottom - top);
  return r;
}

/** Nothing drawn outside the host's box (unless the host clips it: `contain: paint` / overflow). */
function outside(host: HTMLElement, els: Element[]): string[] {
  const cs = getComputedStyle(host);
  const hostClips = cs.contain.includes('paint') || cs.overflowX !== 'visible';
  if (hostClips) return [];
  const h = host.getBoundingClientRect();
  const out: string[] = [];
  for (const el of els) {
    if (el.closest('dialog') || getComputedStyle(el).position === 'fixed') {
      if (el.tagName !== 'DIALOG' && getComputedStyle(el).position === 'fixed') out.push(`position: fixed <${el.tagName.toLowerCase()}>`);
      continue;
    }
    const r = clipRect(el, host);
    if (!r) continue;
    if (r.left < h.left - 1 || r.top < h.top - 1 || r.right > h.right + 1 || r.bottom > h.bottom + 1) {
      out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> drawn outside the host: ${JSON.stringify([Math.round(r.left), Math.round(r.top), Math.round(r.right), Math.round(r.bottom)])} vs ${JSON.stringify([Math.round(h.left), Math.round(h.top), Math.round(h.right), Math.round(h.bottom)])}`);
    }
  }
  return out;
}

/** A fetch that records every URL and header it is asked for. */
export function recordingFetch(inner: typeof fetch): { fetch: typeof fetch; seen: { url: string; headers: string }[] } {
  const seen: { url: string; headers: string }[] = [];
  const f = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    seen.push({ url, headers: JSON.stringify(init?.headers ?? {}) });
    return inner(input, init);
  }) as typeof fetch;
  return { fetch: f, seen };
}

/** Requests that would break the policy, or that carry the recipient's identity. */
export function requestProblems(seen: { url: string; headers: string }[], recipient?: string): string[] {
  const out: string[] = [];
  for (const r of seen) {
    try {
      checkUrl(r.url, { allowHttp: false });
    } catch {
      out.push(`request to a refused URL: ${r.url}`);
    }
    if (recipient) {
      const hay = `${r.url} ${decodeURIComponent(r.url)} ${r.headers}`.toLowerCase();
      if (hay.includes(recipient.toLowerCase()) || hay.includes(encodeURIComponent(recipient).toLowerCase())) out.push(`request carries the recipient: ${r.url}`);
    }
  }
  return out;
}
