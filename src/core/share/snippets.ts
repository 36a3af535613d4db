/**
 * Static snippets for places without JavaScript: a no-JS fallback (image + name + link, inline
 * styles), a table-based e-mail snippet (signature or body; inline styles only, no script, no
 * stylesheet), a Markdown snippet for READMEs. DOM-free: the same output in Node and browsers.
 * Every credential string is HTML-escaped; every URL passes the scheme policy (http(s) only).
 */
import type { Badge } from '../types.js';
import { escapeHtml, escapeMarkdown, markdownUrl, oneLine } from './escape.js';
import { longDate, snippetImageUrl, verifyPageUrl } from './urls.js';

export interface SnippetOptions {
  /**
   * Verification page URL template (`{url}` = the encoded badge URL), e.g.
   * `https://example.org/verify.html?src={url}`. Without one, snippets link to the badge URL itself.
   */
  verifyUrl?: string;
  /** Base for a relative `verifyUrl` (the page URL in a browser). */
  base?: string;
  /** Language of the dates (BCP 47), default `en`. */
  lang?: string;
  /** Image size in CSS pixels (default 64 for the fallback, 56 for e-mail). */
  imageSize?: number;
  /** The link text, default `Verify this badge`. */
  linkText?: string;
}

const FONT = "system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

interface Parts {
  name: string;
  issuer: string;
  issued?: string;
  image?: string;
  alt: string;
  link?: string;
  linkText: string;
}

function parts(badge: Badge, opts: SnippetOptions, allowDataImage: boolean): Parts {
  const name = oneLine(badge.name) || 'Badge';
  const out: Parts = {
    name,
    issuer: oneLine(badge.issuer.name),
    alt: oneLine(badge.image?.alt ?? '') || `Badge: ${name}`,
    linkText: oneLine(opts.linkText ?? '') || 'Verify this badge',
  };
  const issued = longDate(badge.issued, opts.lang);
  if (issued) out.issued = issued;
  const image = snippetImageUrl(badge, allowDataImage);
  if (image) out.image = image;
  const link = verifyPageUrl(badge, opts.verifyUrl, opts.base);
  if (link) out.link = link;
  return out;
}

function byline(p: Parts): string {
  return [p.issuer ? `Issued by ${p.issuer}` : '', p.issued ?? ''].filter(Boolean).join(' · ');
}

const px = (n: number | undefined, d: number): number => (n !== undefined && Number.isFinite(n) && n >= 16 && n <= 512 ? Math.round(n) : d);

/**
 * The no-JS fallback: a link (to the verification page) holding the image, the name, the issuer and
 * date, with inline styles only. Put it inside `<badge-card>` to show it until the element upgrades.
 */
export function renderStaticHtml(badge: Badge, opts: SnippetOptions = {}): string {
  const p = parts(badge, opts, true);
  const size = px(opts.imageSize, 64);
  const e = escapeHtml;
  const box = `display:inline-flex;align-items:center;gap:12px;max-width:26rem;box-sizing:border-box;padding:10px 14px;border:1px solid #d6dae3;border-radius:10px;background:#ffffff;color:#171b26;text-decoration:none;font:14px/1.4 ${FONT};`;
  const img = p.image
    ? `<img src="${e(p.image)}" alt="${e(p.alt)}" width="${size}" height="${size}" referrerpolicy="no-referrer" loading="lazy" style="flex:none;width:${size}px;height:${size}px;object-fit:contain;border:0;">`
    : '';
  const by = byline(p);
  const text =
    `<span style="display:block;min-width:0;">` +
    `<strong style="display:block;font-size:15px;color:#171b26;">${e(p.name)}</strong>` +
    (by ? `<span style="display:block;font-size:13px;color:#5b6475;">${e(by)}</span>` : '') +
    (p.link ? `<span style="display:block;font-size:12px;color:#1a56db;text-decoration:underline;">${e(p.linkText)}</span>` : '') +
    `</span>`;
  return p.link
    ? `<a href="${e(p.link)}" target="_blank" rel="noopener noreferrer" style="${box}">${img}${text}</a>`
    : `<span style="${box}">${img}${text}</span>`;
}

/**
 * An e-mail snippet (signature or message body): a one-row layout table with inline styles, the
 * image and the name linking to the verification page. No script, no `<style>`, no `<link>`;
 * only http(s) images (mail clients drop `data:` images).
 */
export function renderEmailHtml(badge: Badge, opts: SnippetOptions = {}): string {
  const p = parts(badge, opts, false);
  const size = px(opts.imageSize, 56);
  const e = escapeHtml;
  const font = 'font-family:Arial,Helvetica,sans-serif;';
  const wrap = (inner: string, style: string): string => (p.link ? `<a href="${e(p.link)}" target="_blank" rel="noopener noreferrer" style="${style}">${inner}</a>` : inner);
  const rows: string[] = [];
  if (p.image) {
    const img = `<img src="${e(p.image)}" alt="${e(p.alt)}" width="${size}" height="${size}" style="display:block;width:${size}px;height:${size}px;border:0;outline:none;text-decoration:none;">`;
    rows.push(`<td valign="middle" width="${size}" style="padding:0 12px 0 0;vertical-align:middle;">${wrap(img, 'text-decoration:none;')}</td>`);
  }
  const by = byline(p);
  const name = wrap(e(p.name), 'color:#171b26;text-decoration:none;');
  rows.push(
    `<td valign="middle" style="vertical-align:middle;${font}">` +
      `<div style="${font}font-size:15px;line-height:20px;font-weight:bold;color:#171b26;">${name}</div>` +
      (by ? `<div style="${font}font-size:13px;line-height:18px;color:#5b6475;">${e(by)}</div>` : '') +
      (p.link ? `<div style="${font}font-size:12px;line-height:18px;"><a href="${e(p.link)}" target="_blank" rel="noopener noreferrer" style="color:#1a56db;text-decoration:underline;">${e(p.linkText)}</a></div>` : '') +
      `</td>`,
  );
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;border-spacing:0;mso-table-lspace:0pt;mso-table-rspace:0pt;"><tr>${rows.join('')}</tr></table>`;
}

/** A Markdown snippet: the image linking to the verification page, then the name, issuer and date. */
export function renderMarkdown(badge: Badge, opts: SnippetOptions = {}): string {
  const p = parts(badge, opts, false);
  const m = escapeMarkdown;
  const link = p.link ? markdownUrl(p.link) : undefined;
  const image = p.image ? `![${m(p.alt)}](${markdownUrl(p.image)})` : '';
  const head = image && link ? `[${image}](${link})` : image;
  const name = link ? `[**${m(p.name)}**](${link})` : `**${m(p.name)}**`;
  const by = byline(p);
  const line = `${name}${by ? ` — ${m(by)}` : ''}`;
  return head ? `${head}\n\n${line}\n` : `${line}\n`;
}
