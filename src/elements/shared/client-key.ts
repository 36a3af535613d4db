import { createContext } from '@lit/context';
import type { BadgeClient } from '../../core/client.js';

/**
 * The page's badge client (fetcher + caches + options), shared by every element through `@lit/context`
 * (`<badge-provider>` provides one). Re-exported by `client-context.ts`, which the elements use; the wall's
 * entry takes it from here, without the badge reader that module brings.
 */
export const badgeClientContext = createContext<BadgeClient | undefined>(Symbol.for('badge-elements:client'));
