/** Headless Debian Chromium through playwright-core (no browser download, no network). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROME);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** An expression: the badge name shown by the first `<badge-card>` ('' until it is rendered). */
export const CARD_NAME = `(() => {
  const card = document.querySelector('badge-card');
  const h = card && card.shadowRoot && card.shadowRoot.querySelector('[part="name"]');
  return h ? h.textContent.trim() : '';
})()`;
