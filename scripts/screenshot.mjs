#!/usr/bin/env node
/**
 * Screenshot a page in headless Chromium (Debian's /usr/bin/chromium, no browser download, no network).
 * usage: node scripts/screenshot.mjs <url> <out.png> [--width 1280] [--height 900] [--full] [--dark] [--wait ms] [--selector css]
 */
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.match(/^--(width|height|wait|selector)$/));
const [url, out] = positional;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [--width 1280] [--height 900] [--full] [--dark] [--wait ms] [--selector css]');
  process.exit(2);
}
const opt = (name, d) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : d;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({
    viewport: { width: Number(opt('width', 1280)), height: Number(opt('height', 900)) },
    colorScheme: args.includes('--dark') ? 'dark' : 'light',
    deviceScaleFactor: Number(opt('scale', 1)),
  });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch((e) => console.error(String(e)));
  // let every <badge-card> settle (loaded or error); slow ones keep their skeleton
  await page.waitForFunction(() => [...document.querySelectorAll('badge-card')].every((c) => customElements.get('badge-card') && c.shadowRoot), null, { timeout: 10_000 }).catch(() => {});
  await page.waitForTimeout(Number(opt('wait', 800)));
  const selector = opt('selector');
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: args.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
