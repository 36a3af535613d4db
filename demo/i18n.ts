/**
 * Languages and themes demo: `/i18n.html?lang=ar&theme=high-contrast`. The page's `lang` (and
 * nothing else) chooses the language; Arabic lays out right to left by itself.
 */
import '../src/badge-card.js';
import '../src/badge-verify.js';
import type { BadgeVerify } from '../src/badge-verify.js';
import type { BadgeTheme } from '../src/elements/shared/tokens.js';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'en';
const theme = (params.get('theme') ?? 'auto') as BadgeTheme;
document.documentElement.lang = lang;
if (params.get('page-dir') === 'rtl') document.documentElement.dir = 'rtl'; // a whole right-to-left page
if (theme === 'high-contrast-dark') document.body.classList.add('hc-dark');
document.querySelector('#title')!.textContent = `lang="${lang}" · theme="${theme}"`;

const KEYS = ['ob3-jwt-didkey-v2', 'ob2-hosted-expired', 'ob2-hosted-revoked'];

async function main(): Promise<void> {
  const catalog = (await (await fetch('/issuer/catalog.json', { credentials: 'omit' })).json()) as { key: string; url: string }[];
  const url = (key: string) => catalog.find((c) => c.key === key)!.url;
  const row = document.querySelector('#cards')!;
  for (const key of KEYS) {
    const card = document.createElement('badge-card');
    card.theme = theme;
    card.src = url(key);
    row.append(card);
  }
  const compact = document.createElement('div');
  compact.className = 'compact';
  for (const key of KEYS) {
    const card = document.createElement('badge-card');
    card.theme = theme;
    card.layout = 'compact';
    card.src = url(key);
    compact.append(card);
  }
  row.append(compact);
  const verify = document.querySelector<BadgeVerify>('#verify')!;
  verify.theme = theme;
  verify.src = url('ob3-jwt-didkey-v2');
}
void main();
