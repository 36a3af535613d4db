/** `certificate.html?src=<badge url>[&name=<recipient>]`: a printable certificate for one badge. */
import { defineBadgeCertificate } from '../src/elements/badge-certificate/badge-certificate.js';

defineBadgeCertificate();
const el = document.querySelector('badge-certificate')!;
const params = new URLSearchParams(location.search);
const name = params.get('name');
if (name) el.recipient = name;
el.src = params.get('src') ?? '/issuer/ob2/assertions/sql-querying-amina.json';
document.querySelector('#print')?.addEventListener('click', () => window.print());
