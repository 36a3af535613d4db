/** Registers `<badge-certificate>` (and the `<badge-qr>` it uses) and exports its class. */
import { BadgeCertificate, defineBadgeCertificate } from './elements/badge-certificate/badge-certificate.js';

defineBadgeCertificate();

export { BadgeCertificate, defineBadgeCertificate };
