/**
 * The wall's body, loaded with `import()` (see `load-body.ts`) in parallel with the first source: everything a
 * wall needs once its sources are in (the loading queue, verify-all, the view logic, the browse form, the
 * pathways, the virtualized tiles, keyboard navigation, the details dialog, their styles and strings). Until it is in
 * the wall shows its header and loading state, which need none of it.
 */
import { provideReader } from '../../core/client.js';
import { loadBadge } from '../../core/load.js';

export { bodyStyles } from './body.styles.js';
export { WallController } from './controller.js';
export { computeView } from './model.js';
export { countAchievements, stackProgress } from './stacks.js';
export { KEY_MOVES, columnsOf, focusTile, target } from './navigation.js';
export { renderControls } from './render-controls.js';
export { renderDetails } from './render-details.js';
export { renderLists } from './render-lists.js';
export { renderStacks } from './render-stacks.js';
export { warmTemplates } from './warm.js';
export { wallText } from './body-text.js';

// Deliberate: the loading queue (`loader.ts`) reads every item with `client.loadBadge`, so the badge reader
// (`load.ts` and the format readers) comes with the body, in parallel with the first source, and is given to
// every client here; the client would otherwise load it with `import()` when the first item starts, after the
// sources are in.
provideReader({ loadBadge });
