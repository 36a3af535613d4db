/**
 * What the wall needs from its model before its lazily loaded body (`body.ts`) is in: the empty browse state.
 * Kept apart from `model.ts` so the initial chunk does not carry the view logic.
 */
import type { Browse } from './model.js';

export const emptyBrowse = (): Browse => ({ q: '', issuer: '', skill: '', type: '', tag: '', state: '', achievement: '', sort: 'feed', group: '' });
