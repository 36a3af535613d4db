/**
 * Draws the badge artwork as SVG into `demo/issuer/art/` (one file per badge + the guild logo).
 * Run once after changing data.ts: `node --import tsx demo/issuer/make-art.ts`, then render-png.ts.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BADGES, type BadgeDef, type Pictogram, type Shape } from './data.js';

/** Escapes text for XML content and attribute values. */
function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const out = join(dirname(fileURLToPath(import.meta.url)), 'art');

function poly(n: number, r: number, cx: number, cy: number, rot = 0, inner?: number): string {
  const pts: string[] = [];
  const steps = inner ? n * 2 : n;
  for (let i = 0; i < steps; i++) {
    const rr = inner && i % 2 ? inner : r;
    const a = rot + (i * 2 * Math.PI) / steps;
    pts.push(`${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`);
  }
  return pts.join(' ');
}

function shape(s: Shape, accent: string): { outer: string; inner: string } {
  switch (s) {
    case 'hexagon':
      return { outer: `<polygon points="${poly(6, 112, 128, 122, Math.PI / 6)}" fill="url(#body)" stroke="url(#rim)" stroke-width="8"/>`,
        inner: `<polygon points="${poly(6, 92, 128, 122, Math.PI / 6)}" fill="none" stroke="${accent}" stroke-opacity=".55" stroke-width="3"/>` };
    case 'shield':
      return { outer: '<path d="M128 14 L224 46 V120 C224 180 182 222 128 244 C74 222 32 180 32 120 V46 Z" fill="url(#body)" stroke="url(#rim)" stroke-width="8" stroke-linejoin="round"/>',
        inner: `<path d="M128 34 L204 60 V120 C204 168 172 202 128 222 C84 202 52 168 52 120 V60 Z" fill="none" stroke="${accent}" stroke-opacity=".55" stroke-width="3"/>` };
    case 'star':
      return { outer: `<polygon points="${poly(16, 118, 128, 124, -Math.PI / 2, 100)}" fill="url(#rim)"/><circle cx="128" cy="124" r="96" fill="url(#body)"/>`,
        inner: `<circle cx="128" cy="124" r="82" fill="none" stroke="${accent}" stroke-opacity=".6" stroke-width="3" stroke-dasharray="2 6" stroke-linecap="round"/>` };
    case 'circle':
      return { outer: '<circle cx="128" cy="124" r="112" fill="url(#body)" stroke="url(#rim)" stroke-width="8"/>',
        inner: `<circle cx="128" cy="124" r="94" fill="none" stroke="${accent}" stroke-opacity=".5" stroke-width="3" stroke-dasharray="10 6"/>` };
    case 'medal':
    default:
      return { outer: '<path d="M84 170 L60 250 L92 236 L108 252 L124 176 Z" fill="url(#rim)"/><path d="M172 170 L196 250 L164 236 L148 252 L132 176 Z" fill="url(#rim)"/>' +
        '<circle cx="128" cy="114" r="102" fill="url(#rim)"/><circle cx="128" cy="114" r="92" fill="url(#body)"/>',
        inner: `<circle cx="128" cy="114" r="80" fill="none" stroke="${accent}" stroke-opacity=".55" stroke-width="3"/>` };
  }
}

/** Pictograms drawn in a 100×100 box, stroke/fill `currentColor`. */
const PICTO: Record<Pictogram, string> = {
  bars: '<path d="M8 92 H92" stroke-width="6" stroke-linecap="round"/><rect x="14" y="52" width="14" height="36" rx="3" stroke="none"/><rect x="34" y="30" width="14" height="58" rx="3" stroke="none"/><rect x="54" y="42" width="14" height="46" rx="3" stroke="none"/><rect x="74" y="12" width="14" height="76" rx="3" stroke="none"/>',
  database: '<ellipse cx="50" cy="18" rx="34" ry="12" fill="none" stroke-width="6"/><path d="M16 18 V82 C16 98 84 98 84 82 V18" fill="none" stroke-width="6"/><path d="M16 40 C16 56 84 56 84 40 M16 61 C16 77 84 77 84 61" fill="none" stroke-width="6"/>',
  'chart-line': '<path d="M10 8 V90 H94" fill="none" stroke-width="6" stroke-linecap="round"/><polyline points="18,74 38,50 56,62 84,20" fill="none" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/><circle cx="38" cy="50" r="6" stroke="none"/><circle cx="56" cy="62" r="6" stroke="none"/><circle cx="84" cy="20" r="7" stroke="none"/>',
  python: '<path d="M48 8 C30 8 26 16 26 24 V36 H52 V40 H18 C8 40 4 50 4 60 C4 72 10 78 18 78 H26 V66 C26 58 32 52 40 52 H62 C70 52 74 46 74 40 V22 C74 14 66 8 48 8 Z" stroke="none"/><path d="M52 92 C70 92 74 84 74 76 V64 H48 V60 H82 C92 60 96 50 96 40 C96 28 90 22 82 22 H74 V34 C74 42 68 48 60 48 H38 C30 48 26 54 26 60 V78 C26 86 34 92 52 92 Z" stroke="none" opacity=".7"/><circle cx="38" cy="20" r="4" fill="#fff" stroke="none"/><circle cx="62" cy="80" r="4" fill="#fff" stroke="none"/>',
  'bell-curve': '<path d="M4 88 H96" stroke-width="5" stroke-linecap="round"/><path d="M6 86 C26 86 32 14 50 14 C68 14 74 86 94 86" fill="none" stroke-width="6" stroke-linecap="round"/><path d="M50 18 V86" stroke-width="3" stroke-dasharray="5 5"/><path d="M30 60 V86 M70 60 V86" stroke-width="3" opacity=".7"/>',
  trophy: '<path d="M26 8 H74 V36 C74 52 62 62 50 62 C38 62 26 52 26 36 Z" stroke="none"/><path d="M26 16 H10 C10 34 18 42 28 42 M74 16 H90 C90 34 82 42 72 42" fill="none" stroke-width="6"/><rect x="44" y="60" width="12" height="16" stroke="none"/><rect x="28" y="76" width="44" height="14" rx="3" stroke="none"/><path d="M50 18 L54 28 L64 28 L56 34 L59 44 L50 38 L41 44 L44 34 L36 28 L46 28 Z" fill="#fff" stroke="none" opacity=".8"/>',
  funnel: '<path d="M6 10 H94 L60 50 V84 L40 94 V50 Z" stroke-width="4" stroke-linejoin="round" fill-opacity=".85"/><circle cx="24" cy="2" r="0" stroke="none"/><path d="M22 22 H78" stroke="#fff" stroke-width="4" opacity=".6"/>',
  scales: '<path d="M50 6 V86 M26 92 H74 M14 24 H86" fill="none" stroke-width="6" stroke-linecap="round"/><circle cx="50" cy="10" r="6" stroke="none"/><path d="M14 24 L2 56 H26 Z M86 24 L74 56 H98 Z" fill="none" stroke-width="3" stroke-linejoin="round"/><path d="M0 56 C4 70 24 70 28 56 Z M72 56 C76 70 96 70 100 56 Z" stroke="none"/>',
  logo: '<path d="M20 70 L50 24 L80 70 Z M50 24 V56 M20 70 L50 56 L80 70" fill="none" stroke-width="5" stroke-linejoin="round"/><circle cx="50" cy="24" r="11" stroke="none"/><circle cx="20" cy="70" r="11" stroke="none"/><circle cx="80" cy="70" r="11" stroke="none"/><circle cx="50" cy="56" r="7" stroke="none"/>',
};

export function badgeSvg(b: Pick<BadgeDef, 'short' | 'name' | 'art'>): string {
  const { shape: s, from, to, accent, pictogram } = b.art;
  const { outer, inner } = shape(s, accent);
  const cy = s === 'medal' ? 114 : 122;
  const size = b.short.length > 7 ? 19 : b.short.length > 5 ? 22 : 26;
  const bannerY = s === 'medal' ? 150 : 158;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="${xml(b.name)} badge">
  <title>${xml(b.name)}</title>
  <defs>
    <linearGradient id="body" x1="0" y1="0" x2="0.4" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>
    <linearGradient id="rim" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff7d6"/><stop offset=".45" stop-color="${accent}"/><stop offset="1" stop-color="${to}"/></linearGradient>
    <radialGradient id="shine" cx=".35" cy=".25" r=".7"><stop offset="0" stop-color="#fff" stop-opacity=".45"/><stop offset=".6" stop-color="#fff" stop-opacity="0"/></radialGradient>
    <linearGradient id="ribbon" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="#e7e9ef"/></linearGradient>
  </defs>
  ${outer}
  ${inner}
  <circle cx="128" cy="${cy - 12}" r="88" fill="url(#shine)"/>
  <g transform="translate(${128 - 40} ${cy - 80}) scale(0.8)" fill="${accent}" stroke="${accent}" color="${accent}">${PICTO[pictogram]}</g>
  <path d="M30 ${bannerY} H226 L214 ${bannerY + 18} L226 ${bannerY + 36} H30 L42 ${bannerY + 18} Z" fill="url(#ribbon)" stroke="${to}" stroke-width="2"/>
  <text x="128" y="${bannerY + 18}" text-anchor="middle" dominant-baseline="central" font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-weight="700" font-size="${size}" letter-spacing="1.5" fill="${to}">${xml(b.short)}</text>
</svg>
`;
}

export const LOGO = { short: 'ODG', name: 'Open Data Guild', art: { shape: 'circle' as const, from: '#243b55', to: '#141e30', accent: '#7fd1ff', pictogram: 'logo' as const } };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(out, { recursive: true });
  for (const b of BADGES) writeFileSync(join(out, `${b.slug}.svg`), badgeSvg(b));
  writeFileSync(join(out, 'guild-logo.svg'), badgeSvg(LOGO));
  console.log(`wrote ${BADGES.length + 1} SVG files to ${out}`);
}
