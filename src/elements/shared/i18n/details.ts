/** The `details` section (the card's details panel and privacy modes); other languages load on first use. */
import { details } from './en-details.js';
import { section } from './registry.js';

/** `detailStrings('de')` → the German details-panel strings once loaded (with registered overrides), else English. */
export const detailStrings = section('details', details);
