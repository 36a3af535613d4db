/**
 * The wall's body, loaded with `import()` (see `load-body.ts`) in parallel with the first source: everything a
 * wall needs once its sources are in (`view.ts`: the loading queue, verify-all, the view logic, the browse form,
 * the pathways, the virtualized tiles, keyboard navigation, the details dialog, `sync-url`, their styles and
 * strings). Until it is in the wall shows its header and loading state (`render-head.ts`), which need none of it.
 */
import { provideReader } from '../../core/client.js';
import { loadBadge } from '../../core/load.js';
import { addStyles } from '../shared/add-styles.js';
import { wallText } from './body-text.js';
import { bodyStyles } from './body.styles.js';
import { WallView, type ViewHost } from './view.js';
export { makeVirtual } from './virtual.js';
import { warmTemplates } from './warm.js';

export type { WallView };

/** The wall's view for `host`: the body's styles go after the element's own, before anything that uses them renders. */
export function createView(host: ViewHost): WallView {
  addStyles(host.renderRoot, [bodyStyles]);
  warmTemplates(wallText('en')); // (once per page; the templates do not depend on the language)
  return new WallView(host);
}

// Deliberate: the loading queue (`loader.ts`) reads every item with `client.loadBadge`, so the badge reader
// (`load.ts` and the format readers) comes with the body, in parallel with the first source, and is given to
// every client here; the client would otherwise load it with `import()` when the first item starts, after the
// sources are in.
provideReader({ loadBadge });
