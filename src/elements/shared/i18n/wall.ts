/** The `wall` section (`<badge-wall>`'s lazily loaded body; its entry reads `wallHeadStrings()`); other languages load on first use. */
import { wall } from './en-wall.js';
import { section } from './registry.js';

/** `wallStrings('ar')` → the Arabic wall strings once loaded (with registered overrides), else English. */
export const wallStrings = section('wall', wall);
