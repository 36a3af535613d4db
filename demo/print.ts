/** The printed résumé demo: cards with share menus on screen, verification URL + QR code on paper. */
import { defineBadgeCard } from '../src/define.js';

defineBadgeCard();
document.querySelector('#print')?.addEventListener('click', () => window.print());
