/**
 * The Markdown renderer for narrative fields (criteria narrative, evidence narrative, endorsement
 * comment). Loaded only through `import()` (see `markdown-directive.ts`), so `marked` and `DOMPurify`
 * stay out of the main bundle until a narrative is actually shown.
 *
 * Untrusted input, defence in depth:
 * 1. `marked` parses Markdown; raw HTML inside the Markdown is escaped (rendered as text), so tags
 *    can only come from Markdown syntax.
 * 2. DOMPurify sanitizes with a strict allow-list (no forms, styles, SVG, MathML, iframes, event or
 *    data attributes; URLs only http(s)) and returns a DOM fragment — no HTML string ever reaches a
 *    sink of ours, so no Trusted Types policy of ours is involved (DOMPurify parses through its own
 *    `dompurify` policy).
 * 3. A post-pass over the fragment: headings mapped below the card's own heading, links through the
 *    scheme allow-list with `rel="noopener noreferrer" target="_blank"`, images only https with
 *    `referrerpolicy="no-referrer"` (or dropped to their alt text).
 */
import { Marked } from 'marked';
import DOMPurify from 'dompurify';
import { safeLinkUrl } from './safe-url.js';

export interface MarkdownOptions {
  /** Level of the narrative's top heading (`#`); deeper ones follow, capped at 6. Default 4. */
  headingLevel?: number;
  /** Keep `https:` images (`<img referrerpolicy="no-referrer">`); otherwise they become their alt text. Default false. */
  images?: boolean;
  /** Longer input is cut (characters). Default 20 000. */
  maxLength?: number;
}

/** Elements that may survive sanitizing (headings are renumbered afterwards). */
export const ALLOWED_TAGS = ['p', 'em', 'strong', 'del', 'a', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img'];
export const ALLOWED_ATTR = ['href', 'src', 'alt', 'title'];

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const marked = new Marked({
  async: false,
  gfm: true,
  breaks: false,
  renderer: {
    // raw HTML blocks / inline tags written in the Markdown are shown as text
    html: ({ text }) => escapeHtml(text),
  },
});

const purifier = DOMPurify;
purifier.setConfig({
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^https?:/i,
  ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
});

function replaceTag(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const next = doc.createElement(tag);
  while (el.firstChild) next.append(el.firstChild);
  el.replaceWith(next);
  return next;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/** The post-pass: headings, links, images (see the file comment). */
function finish(frag: DocumentFragment, opts: MarkdownOptions): DocumentFragment {
  const base = Math.min(6, Math.max(1, Math.trunc(opts.headingLevel ?? 4)));
  for (const h of Array.from(frag.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const n = Number(h.tagName[1]);
    replaceTag(h, `h${Math.min(6, base + n - 1)}`);
  }
  for (const a of Array.from(frag.querySelectorAll('a'))) {
    const href = safeLinkUrl(a.getAttribute('href'));
    if (!href) {
      unwrap(a);
      continue;
    }
    for (const name of a.getAttributeNames()) if (name !== 'href' && name !== 'title') a.removeAttribute(name);
    a.setAttribute('href', href);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const img of Array.from(frag.querySelectorAll('img'))) {
    const src = safeLinkUrl(img.getAttribute('src'));
    const alt = img.getAttribute('alt') ?? '';
    if (!opts.images || !src || !src.startsWith('https:')) {
      img.replaceWith(img.ownerDocument.createTextNode(alt));
      continue;
    }
    for (const name of img.getAttributeNames()) if (name !== 'alt' && name !== 'title') img.removeAttribute(name);
    img.setAttribute('alt', alt);
    img.setAttribute('referrerpolicy', 'no-referrer');
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.setAttribute('src', src);
  }
  return frag;
}

/** Markdown → a sanitized fragment of the current document (a fresh one per call). */
export function renderMarkdown(markdown: string, opts: MarkdownOptions = {}): DocumentFragment {
  const max = opts.maxLength ?? 20_000;
  const text = typeof markdown === 'string' ? markdown.slice(0, max) : '';
  const html = marked.parse(text) as string;
  // the sanitizer's fragment belongs to an inert document: finish it there (an <img> adopted into
  // this document starts loading at once, even unattached), then adopt the result
  const inert = finish(purifier.sanitize(html) as unknown as DocumentFragment, opts);
  return document.importNode(inert, true);
}
