/** The CORS proxy URL template (`https://my.site/badge-proxy?url={url}`), apart from the proxying `fetch` (`./proxy-fetch.ts`, loaded on first use). */

/** Fills the template's `{url}` with the encoded target URL. */
export function proxyUrl(template: string, target: string): string {
  if (!template.includes('{url}')) throw new TypeError('proxy template must contain {url}, e.g. "https://my.site/badge-proxy?url={url}"');
  return template.replace('{url}', encodeURIComponent(target));
}
