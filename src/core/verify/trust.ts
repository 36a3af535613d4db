/**
 * Trusted issuers: a site's (or a CLI run's) own list of issuers it knows, compared only with the
 * identity the verification proved (the DID or https issuer id the key / hosted copy was bound to),
 * never with a claimed name or an unverified id. Entries are checked by `assertTrustedIssuers`
 * (`../errors.ts`, which the client runs when it is made); here they are normalised and compared.
 */
import { assertTrustedIssuers } from '../read-path.js';

/** A normalised list: exact ids (DIDs, issuer profile URLs) and origins (`https://example.edu`). */
export interface TrustedIssuers {
  readonly ids: ReadonlySet<string>;
  readonly origins: ReadonlySet<string>;
}

/** A DID as written, except the `did:method:` prefix and the did:web host (case-insensitive); undefined if not a plain DID. */
function normalizeDid(s: string): string | undefined {
  const m = /^did:([a-z0-9]+):([^\s?#/]+)$/i.exec(s);
  if (m === null) return undefined;
  const method = m[1]!.toLowerCase();
  const [first, ...rest] = m[2]!.split(':');
  return `did:${method}:${[method === 'web' ? first!.toLowerCase() : first, ...rest].join(':')}`;
}

/**
 * Validates (BadgeError `invalid-option`) and normalises a list: DIDs; issuer URLs compared as the URL
 * parser writes them (host lowercased, default port dropped); bare origins (`https://example.edu`,
 * with or without the final `/`) match every issuer id on that origin.
 */
export function parseTrustedIssuers(list: readonly string[] | undefined): TrustedIssuers | undefined {
  if (list === undefined) return undefined;
  assertTrustedIssuers(list);
  const ids = new Set<string>();
  const origins = new Set<string>();
  for (const raw of list) {
    const s = raw.trim();
    if (/^did:/i.test(s)) ids.add(normalizeDid(s)!);
    else if (/^https?:\/\/[^/?#]+\/?$/i.test(s)) origins.add(new URL(s).origin);
    else ids.add(new URL(s).href);
  }
  return { ids, origins };
}

/** True when the verified issuer identity (a DID, an http(s) issuer id, or an origin) is on the list. */
export function isTrustedIssuer(trusted: TrustedIssuers, verifiedId: string | undefined): boolean {
  if (verifiedId === undefined) return false;
  if (/^did:/i.test(verifiedId)) {
    const did = normalizeDid(verifiedId);
    return did !== undefined && trusted.ids.has(did);
  }
  let url: URL;
  try {
    url = new URL(verifiedId);
  } catch {
    return false;
  }
  return /^https?:$/.test(url.protocol) && (trusted.ids.has(url.href) || trusted.origins.has(url.origin));
}
