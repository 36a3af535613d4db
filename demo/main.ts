/** The portfolio demo: registers the elements and wires the theme toggle. */
import { defineBadgeCard } from '../src/define.js';

// Explicit call: package.json `sideEffects` lets a production build drop a bare side-effect import.
defineBadgeCard();

type Theme = 'light' | 'dark';
const KEY = 'badge-elements-demo-theme';
const toggle = document.querySelector<HTMLButtonElement>('#theme-toggle')!;
const media = matchMedia('(prefers-color-scheme: dark)');

function stored(): Theme | undefined {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : undefined;
  } catch {
    return undefined;
  }
}

function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  for (const card of document.querySelectorAll('badge-card')) card.setAttribute('theme', theme);
  toggle.setAttribute('aria-pressed', String(theme === 'dark'));
}

const params = new URLSearchParams(location.search).get('theme');
let theme: Theme = params === 'dark' || params === 'light' ? params : stored() ?? (media.matches ? 'dark' : 'light');
apply(theme);

toggle.addEventListener('click', () => {
  theme = theme === 'dark' ? 'light' : 'dark';
  apply(theme);
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    /* private mode: not remembered */
  }
});
media.addEventListener('change', (e) => {
  if (!stored()) apply(e.matches ? 'dark' : 'light');
});
