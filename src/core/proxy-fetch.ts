/**
 * Client side of the optional CORS proxy: a `fetch` that sends cross-origin requests through a
 * proxy URL template such as `https://my.site/badge-proxy?url={url}` (see `badge-elements/proxy.js`).
 * DOM-free (reads `globalThis.location` only when there is one).
 */
// (through read-path.ts, as the other lazy parts: importing errors.ts and proxy-template.ts directly splits them
// into chunks of their own, +0.3 KB on every element's initial load; the cost is that a wall with a proxy
// waits for the read-path chunk, which its body loads anyway, before its first list request)
import { BadgeError, proxyUrl, type BadgeErrorCode } from './read-path.js';

export { proxyUrl };

function pageOrigin(): string | undefined {
  const loc = (globalThis as { location?: { origin?: unknown } }).location;
  return loc && typeof loc.origin === 'string' && loc.origin !== 'null' ? loc.origin : undefined;
}

function originOf(url: string, base?: string): string | undefined {
  try {
    return new URL(url, base).origin;
  } catch {
    return undefined;
  }
}

const CODES: Record<string, BadgeErrorCode> = {
  'bad-request': 'url-blocked',
  'host-not-allowed': 'url-blocked',
  'scheme-not-allowed': 'url-blocked',
  'private-address': 'url-blocked',
  timeout: 'fetch-timeout',
  'too-large': 'fetch-too-large',
};

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

/**
 * Wraps `fetch` so that requests to other origins go to `template` (`{url}` = the encoded target)
 * instead; requests to the page's own origin and to the proxy itself go direct. The answer keeps the
 * upstream status (a 410 stays a 410) and reports the final URL after the proxy's redirects as
 * `response.url`; a refusal by the proxy (`Badge-Proxy-Error`) throws a BadgeError
 * (`url-blocked`, `fetch-timeout`, `fetch-too-large` or `fetch-failed`).
 */
export function withProxy(fetchFn: typeof globalThis.fetch | undefined, template: string): typeof globalThis.fetch {
  proxyUrl(template, ''); // validate now
  const base = fetchFn ?? ((input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit) => globalThis.fetch(input, init));
  return async (input, init) => {
    const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const page = pageOrigin();
    const origin = originOf(target, page);
    if (origin === undefined || origin === page || origin === originOf(template.replace('{url}', ''), page)) return base(input, init);
    const res = await base(proxyUrl(template, new URL(target, page).href), { ...init, credentials: 'omit' });
    const refused = res.headers.get('badge-proxy-error');
    if (refused !== null) {
      const why = (await res.text().catch(() => '')).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').trim().slice(0, 200);
      const code = CODES[refused] ?? 'fetch-failed';
      throw new BadgeError(code, `The badge proxy could not load ${hostOf(target)}${why ? `: ${why}` : '.'}`, { url: target });
    }
    const finalUrl = res.headers.get('badge-proxy-url');
    Object.defineProperty(res, 'url', { value: finalUrl && /^https?:\/\//.test(finalUrl) ? finalUrl : target, configurable: true });
    return res;
  };
}
