/** Registers `<badge-share>` (skipped if already defined) and exports its class. */
import { BadgeShare, defineBadgeShare } from './elements/badge-share/define.js';

defineBadgeShare();

export { BadgeShare, defineBadgeShare };
export { BadgeShareEvent, type BadgeShareDetail } from './elements/badge-share/events.js';
export { registerShareStrings, getShareStrings, type ShareStrings } from './elements/badge-share/strings.js';
