/**
 * Share targets: plain links to the networks' own share pages (no scripts, no tracking
 * parameters), LinkedIn's add-to-profile link, and a `mailto:` with a readable body.
 */
import type { Badge } from '../types.js';
import { safeLinkUrl } from '../url-policy.js';
import { oneLine } from './escape.js';
import { longDate, yearMonth } from './urls.js';

/** Every target of the share menu, in menu order. */
export const SHARE_TARGETS = ['linkedin-profile', 'linkedin-post', 'x', 'facebook', 'email', 'copy', 'native', 'download'] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];

const ALIASES: Record<string, ShareTarget[]> = {
  linkedin: ['linkedin-profile', 'linkedin-post'],
  'linkedin-add': ['linkedin-profile'],
  twitter: ['x'],
  mail: ['email'],
  'e-mail': ['email'],
  link: ['copy'],
  system: ['native'],
  share: ['native'],
  baked: ['download'],
};

/**
 * Parses a `share` attribute: space/comma-separated targets and aliases (`linkedin` = add to profile
 * + post, `twitter` = `x`, `mail` = `email`, `system` = `native`…). Empty (a bare `share`) or `all`
 * gives every target. Unknown words are ignored; the result keeps the menu order.
 */
export function parseShareTargets(value: string | null | undefined): ShareTarget[] {
  const words = (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.includes('all') || words.includes('default')) return [...SHARE_TARGETS];
  const chosen = new Set<ShareTarget>();
  for (const w of words) {
    if ((SHARE_TARGETS as readonly string[]).includes(w)) chosen.add(w as ShareTarget);
    else for (const t of ALIASES[w] ?? []) chosen.add(t);
  }
  return SHARE_TARGETS.filter((t) => chosen.has(t));
}

export interface LinkedInProfileOptions {
  /** The credential URL LinkedIn shows (normally the verification page); must be http(s). */
  certUrl?: string;
  /** LinkedIn's numeric organization id of the issuer, when known (the name is sent as well). */
  organizationId?: string | number;
}

/** The credential id LinkedIn shows: a `urn:uuid:` is given as the bare UUID. */
function certId(badge: Badge): string | undefined {
  if (!badge.id) return undefined;
  const id = oneLine(badge.id, 300);
  return id.replace(/^urn:uuid:/i, '') || undefined;
}

/**
 * LinkedIn's "Add to profile" link for a certification:
 * `https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=…&organizationName=…
 * &issueYear=…&issueMonth=…&expirationYear=…&expirationMonth=…&certUrl=…&certId=…`
 * (fields without a value are left out; months are 1–12, UTC).
 */
export function linkedInAddToProfileUrl(badge: Badge, options: LinkedInProfileOptions = {}): string {
  const p = new URLSearchParams();
  p.set('startTask', 'CERTIFICATION_NAME');
  p.set('name', oneLine(badge.name));
  if (options.organizationId !== undefined && /^\d+$/.test(String(options.organizationId))) p.set('organizationId', String(options.organizationId));
  if (badge.issuer.name) p.set('organizationName', oneLine(badge.issuer.name));
  const issued = yearMonth(badge.issued);
  if (issued) {
    p.set('issueYear', String(issued.year));
    p.set('issueMonth', String(issued.month));
  }
  const expires = yearMonth(badge.expires);
  if (expires) {
    p.set('expirationYear', String(expires.year));
    p.set('expirationMonth', String(expires.month));
  }
  const url = safeLinkUrl(options.certUrl);
  if (url) p.set('certUrl', url);
  const id = certId(badge);
  if (id) p.set('certId', id);
  return `https://www.linkedin.com/profile/add?${p.toString()}`;
}

/** One sentence naming the badge and its (self-declared) issuer, for posts and e-mails. */
export function shareText(badge: Badge): string {
  const name = oneLine(badge.name);
  const issuer = oneLine(badge.issuer.name);
  return issuer ? `“${name}” — a badge issued by ${issuer}` : `“${name}” — a digital badge`;
}

/** LinkedIn's share page (the post is written there; LinkedIn reads the page's preview itself). */
export function linkedInPostUrl(url: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url }).toString()}`;
}

/** X's post intent. */
export function xPostUrl(url: string, text: string): string {
  return `https://x.com/intent/tweet?${new URLSearchParams({ text, url }).toString()}`;
}

/** Facebook's sharer. */
export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: url }).toString()}`;
}

/** A `mailto:` with a readable subject and body holding the verification link (RFC 6068: %20, not +). */
export function emailShareUrl(badge: Badge, url: string, lang = 'en'): string {
  const name = oneLine(badge.name);
  const issuer = oneLine(badge.issuer.name);
  const issued = longDate(badge.issued, lang);
  const lines = [
    `${name}`,
    issuer ? `Issued by ${issuer}${issued ? ` on ${issued}` : ''}` : issued ? `Issued on ${issued}` : '',
    '',
    'You can check this badge (its issuer, signature and status) here:',
    url,
  ].filter((l, i) => l !== '' || i === 2);
  const subject = `Badge: ${name}${issuer ? ` (${issuer})` : ''}`;
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
}

export interface ShareLink {
  target: ShareTarget;
  href: string;
}

/** The link targets' URLs for one badge (`url` = the page shared: normally the verification page). */
export function shareLinks(badge: Badge, url: string, targets: readonly ShareTarget[], lang = 'en'): ShareLink[] {
  const out: ShareLink[] = [];
  const text = shareText(badge);
  for (const target of targets) {
    if (target === 'linkedin-profile') out.push({ target, href: linkedInAddToProfileUrl(badge, { certUrl: url }) });
    else if (target === 'linkedin-post') out.push({ target, href: linkedInPostUrl(url) });
    else if (target === 'x') out.push({ target, href: xPostUrl(url, text) });
    else if (target === 'facebook') out.push({ target, href: facebookShareUrl(url) });
    else if (target === 'email') out.push({ target, href: emailShareUrl(badge, url, lang) });
  }
  return out;
}
