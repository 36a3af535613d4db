/**
 * Registers `<badge-wall>` (skipped if already defined) and exports its class. The list readers (`readList`,
 * `loadList`) are exported by the package root: the wall loads them lazily, only for a `feed` or a `src`.
 */
import { BadgeWall, defineBadgeWall } from './elements/badge-wall/badge-wall.js';

defineBadgeWall();

export { BadgeWall, defineBadgeWall };
export type { BadgeWallLayout } from './elements/badge-wall/badge-wall.js';
export { BadgeWallLoadEvent, BadgeWallVerifiedEvent, BadgeSelectEvent } from './elements/badge-wall/events.js';
export type { WallLoadDetail, WallVerifiedDetail } from './elements/badge-wall/events.js';
export type { BadgeList, ListEntry, StackDef, AchievementRef, ListGroup } from './core/formats/lists.js';
export { badgeClientContext } from './elements/shared/client-key.js';
export { emptyBrowse } from './elements/badge-wall/browse.js';
export type { Browse, SortKey, GroupKey, WallItem } from './elements/badge-wall/model.js';
