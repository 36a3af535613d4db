/**
 * The verification page: `/verify.html?src=<url>` (the target of QR codes and shared links).
 * Without `src`, `<badge-verify>` shows its drop / paste zone and the sample issuer's credentials are listed.
 */
import '../src/badge-verify.js';
import type { BadgeVerify } from '../src/badge-verify.js';

const el = document.querySelector<BadgeVerify>('#verify')!;
const params = new URLSearchParams(location.search);
const src = params.get('src');
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') el.theme = theme;

if (src) {
  el.src = src;
  el.addEventListener('badge-verified', (e) => {
    const name = e.detail.report.badge?.name;
    document.title = `${el.verdictText}${name ? ` · ${name}` : ''} — Badge verification`;
  });
} else {
  void listSamples();
}

/** Demo only: links to the sample issuer's credentials, when it is served alongside. */
async function listSamples(): Promise<void> {
  try {
    const res = await fetch('/issuer/catalog.json', { credentials: 'omit' });
    if (!res.ok) return;
    const catalog = (await res.json()) as { title: string; url: string }[];
    const list = document.querySelector('#sample-list')!;
    for (const entry of catalog) {
      const a = document.createElement('a');
      a.href = `?src=${encodeURIComponent(entry.url)}`;
      a.textContent = entry.title;
      const li = document.createElement('li');
      li.append(a);
      list.append(li);
    }
    document.querySelector<HTMLElement>('#samples')!.hidden = catalog.length === 0;
  } catch {
    /* no sample issuer here */
  }
}
