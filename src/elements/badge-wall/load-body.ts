/** Loads the wall's body (`body.ts`) once per page; a failed load is tried again by the next wall that asks. */
import { lazy } from '../../core/lazy.js';

export type WallBody = typeof import('./body.js');

const body = lazy<WallBody>(() => import('./body.js'));

export const loadBody = (): Promise<WallBody> => body.load();
