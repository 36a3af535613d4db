import { createContext } from '@lit/context';
import type { BadgeClient } from '../../core/client.js';
import { getDefaultClient } from '../../core/client.js';

/**
 * The page's badge client (fetcher + caches + options), shared by every element
 * through `@lit/context`. Elements without a provider above them use the page
 * default (`getDefaultClient()`, set by `configureBadgeElements()`), so all
 * cards on a page share one fetcher and one cache.
 */
export const badgeClientContext = createContext<BadgeClient | undefined>(Symbol.for('badge-elements:client'));

/** Explicit property, else the context's client, else the page default. */
export function resolveClient(explicit?: BadgeClient, fromContext?: BadgeClient): BadgeClient {
  return explicit ?? fromContext ?? getDefaultClient();
}
