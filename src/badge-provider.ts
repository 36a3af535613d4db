/** Registers `<badge-provider>` (skipped if already defined) and exports its class. */
import { BadgeProvider, defineBadgeProvider } from './elements/badge-provider/badge-provider.js';

defineBadgeProvider();

export { BadgeProvider, defineBadgeProvider };
export { badgeClientContext } from './elements/shared/client-context.js';
