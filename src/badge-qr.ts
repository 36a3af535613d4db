/** Registers `<badge-qr>` (skipped if already defined) and exports its class. The QR encoder loads on first use. */
import { BadgeQr, defineBadgeQr } from './elements/badge-qr/define.js';

defineBadgeQr();

export { BadgeQr, defineBadgeQr };
