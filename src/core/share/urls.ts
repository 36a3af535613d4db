/**
 * Which URL a badge is shared and verified by, and the verification page URL template.
 * DOM-free: a relative template needs `base` (the page URL in a browser).
 */
import { safeImageUrl, safeLinkUrl } from '../url-policy.js';
import type { Badge } from '../types.js';

/** The default verification page template of the elements (resolved against the page). */
export const DEFAULT_VERIFY_TEMPLATE = '/verify.html?src={url}';

/**
 * The badge's own public URL, when it has one: the hosted assertion's id (the truth for OB 2.0
 * hosted badges), else the URL it was loaded from, else an http(s) id. Undefined for a credential
 * that was pasted or embedded inline.
 */
export function badgeUrl(badge: Badge): string | undefined {
  const hosted = badge.format === 'ob2-hosted' || badge.format === 'ob1-hosted';
  for (const candidate of [hosted ? badge.id : undefined, badge.source, badge.id]) {
    const u = safeLinkUrl(candidate);
    if (u) return u;
  }
  return undefined;
}

/**
 * Fills a URL template: `{url}` becomes the percent-encoded badge URL (`{rawurl}` unencoded).
 * The result must be an http(s) URL (after resolving against `base`), else undefined.
 * Without a template the badge URL itself is returned.
 */
export function fillTemplate(template: string | undefined, url: string, base?: string): string | undefined {
  if (template === undefined || template.trim() === '') return safeLinkUrl(url);
  const filled = template.trim().split('{url}').join(encodeURIComponent(url)).split('{rawurl}').join(url);
  return safeLinkUrl(filled, base);
}

/** The verification page URL for a badge, or undefined when the badge has no public URL. */
export function verifyPageUrl(badge: Badge, template?: string, base?: string): string | undefined {
  const url = badgeUrl(badge);
  return url === undefined ? undefined : fillTemplate(template, url, base);
}

/** The badge image URL for snippets (http(s), or a raster `data:` URL when `allowData`). */
export function snippetImageUrl(badge: Badge, allowData = true): string | undefined {
  const u = safeImageUrl(badge.image?.url);
  if (u === undefined) return undefined;
  return !allowData && u.startsWith('data:') ? undefined : u;
}

/** Year and month (1–12) of an ISO date, in UTC; undefined when unreadable. */
export function yearMonth(iso: string | undefined): { year: number; month: number } | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** A long date in the given language (UTC, so Node and browsers agree), e.g. `March 14, 2025`. */
export function longDate(iso: string | undefined, lang = 'en'): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}
