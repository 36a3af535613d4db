/** The badge wall demo: an association's wall from the sample issuer (1,000+ badges, two pathways). */
import { defineBadgeWall, type BadgeWall } from '../src/badge-wall.js';

defineBadgeWall();

const wall = document.querySelector<BadgeWall>('badge-wall')!;
const verifyBox = document.querySelector<HTMLInputElement>('#verify-all')!;
const source = document.querySelector<HTMLSelectElement>('#source')!;
const toggle = document.querySelector<HTMLButtonElement>('#theme-toggle')!;
const params = new URLSearchParams(location.search);

if (params.get('src')) wall.src = params.get('src')!;
if (params.has('verify')) wall.verifyAll = true;
if ([...source.options].some((o) => o.value === wall.src)) source.value = wall.src!;
verifyBox.checked = wall.verifyAll;

verifyBox.addEventListener('change', () => (wall.verifyAll = verifyBox.checked));
source.addEventListener('change', () => {
  wall.src = source.value;
  const u = new URL(location.href);
  u.searchParams.set('src', source.value);
  u.hash = '';
  history.replaceState(null, '', u);
});

function applyTheme(dark: boolean): void {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  wall.theme = dark ? 'dark' : 'light';
  toggle.setAttribute('aria-pressed', String(dark));
}
applyTheme(params.get('theme') === 'dark');
toggle.addEventListener('click', () => applyTheme(toggle.getAttribute('aria-pressed') !== 'true'));

// for the bench and curious readers: timings of the wall's life
wall.addEventListener('badge-wall-load', (e) => console.info('badge-wall-load', e.detail));
wall.addEventListener('badge-wall-verified', (e) => console.info('badge-wall-verified', e.detail));
