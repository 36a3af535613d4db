/** The `share` section (share menu, QR code, certificate, printed "verify at"); other languages load on first use. */
import { share } from './en-share.js';
import { section } from './registry.js';

/** `shareStrings('es')` → the Spanish share strings once loaded (with registered overrides), else English. */
export const shareStrings = section('share', share);
