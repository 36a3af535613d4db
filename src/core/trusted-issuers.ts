/**
 * Trusted issuers: a page's (or a CLI run's) own list of issuers it knows. Being on the list says
 * nothing about authenticity; it is judged only on the identity the verification proved (the DID or
 * https issuer id the key / hosted copy was bound to), never on a claimed name or an unverified id.
 * Small and DOM-free: the client validates the list when it is made (this module is in the eager core;
 * the comparison with a verified issuer is in the lazily loaded engine: `verify/pipeline.ts`).
 */
import { BadgeError } from './errors.js';

/** A normalised list: exact ids (DIDs, issuer profile URLs) and origins (`https://example.edu`). */
export interface TrustedIssuers {
  readonly ids: ReadonlySet<string>;
  readonly origins: ReadonlySet<string>;
}

/** A DID without query or fragment; the `did:method:` prefix lowercased and, for did:web, the host. */
export function normalizeDid(s: string): string | undefined {
  const m = /^did:([a-z0-9]+):([^\s?#/]+)$/i.exec(s);
  if (m === null || m[2].split(':').some((p) => p === '')) return undefined;
  const method = m[1].toLowerCase();
  let msid = m[2];
  if (method === 'web') {
    const [host, ...path] = msid.split(':');
    msid = [host.toLowerCase(), ...path].join(':');
  }
  return `did:${method}:${msid}`;
}

export function parseHttp(s: string): URL | undefined {
  if (!/^https?:\/\/[^/?#\s]/i.test(s)) return undefined;
  try {
    const u = new URL(s);
    return u.username === '' && u.password === '' ? u : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates and normalises `trustedIssuers` (undefined when none is given). Entries: a DID
 * (`did:web:example.edu`, `did:key:z6Mk…`), an issuer profile URL (exact id), or an origin
 * (`https://example.edu`: any issuer whose verified id is on that origin).
 * @throws BadgeError `invalid-option` for an entry that is none of these.
 */
export function parseTrustedIssuers(list: readonly string[] | undefined): TrustedIssuers | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) throw new BadgeError('invalid-option', 'trustedIssuers must be a list of DIDs, issuer URLs or origins.');
  const ids = new Set<string>();
  const origins = new Set<string>();
  for (const raw of list as unknown[]) {
    const s = typeof raw === 'string' ? raw.trim() : '';
    const did = /^did:/i.test(s) ? normalizeDid(s) : undefined;
    const url = did === undefined ? parseHttp(s) : undefined;
    if (did !== undefined) ids.add(did);
    else if (url !== undefined && /^https?:\/\/[^/?#]+\/?$/i.test(s)) origins.add(url.origin);
    else if (url !== undefined) ids.add(url.href);
    else {
      throw new BadgeError(
        'invalid-option',
        `trustedIssuers: ${JSON.stringify(String(raw)).slice(0, 120)} is not a DID (did:web:…, did:key:…), an issuer URL or an origin (https://example.edu).`,
      );
    }
  }
  return { ids, origins };
}
