/**
 * wtr command `emulate-media-features`: any CSS media feature through puppeteer
 * (`forced-colors`, `prefers-contrast`, `prefers-color-scheme`…). The stock `emulateMedia`
 * command passes only colour scheme and reduced motion to puppeteer and silently ignores
 * `forcedColors` (a Playwright-only option). Payload: `[{ name, value }]`; `[]` resets.
 */
export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (!Array.isArray(payload)) throw new Error('emulate-media-features: payload must be [{ name, value }]');
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features: unsupported browser type ${session.browser.type}`);
      await session.browser.getPage(session.id).emulateMediaFeatures(payload);
      return true;
    },
  };
}
