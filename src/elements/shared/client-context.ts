import type { BadgeClient } from '../../core/client.js';
import { getDefaultClient, provideReader } from '../../core/client.js';
import { loadBadge } from '../../core/load.js';

/**
 * The page's badge client (fetcher + caches + options), shared by every element
 * through `@lit/context`. Elements without a provider above them use the page
 * default (`getDefaultClient()`, set by `configureBadgeElements()`), so all
 * cards on a page share one fetcher and one cache.
 */
export { badgeClientContext } from './client-key.js';

/** Explicit property, else the context's client, else the page default. */
export function resolveClient(explicit?: BadgeClient, fromContext?: BadgeClient): BadgeClient {
  return explicit ?? fromContext ?? getDefaultClient();
}

// Deliberate: the elements that get their client here (card, certificate, verify, share) read a badge as
// soon as they connect, so the badge reader (`load.ts` and the format readers) is in their initial load and
// given to every client now; a client otherwise loads it with `import()` on first use (what the wall's
// entry, which reads no credential itself, relies on: it uses `client-key.ts`), and the first card would
// wait for that request. Also keeps the read path in one chunk with the client (`read-path.ts`).
provideReader({ loadBadge });
