/**
 * The badge proxy as a fetch-style handler for edge runtimes (Cloudflare Workers, Deno, Bun,
 * Vercel/Netlify edge functions): `(request: Request) => Promise<Response>`.
 * Edge runtimes have no DNS API: IP-literal and `localhost` targets are refused, and names are
 * trusted to the allow-list (pass `lookup` to also check what they resolve to).
 */
import { type Hop, runProxy } from './core.js';
import { type BadgeProxyOptions, checkAddresses, resolveOptions } from './policy.js';

export type BadgeProxyFetchHandler = (request: Request) => Promise<Response>;

async function* chunks(body: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * ```js
 * import { createBadgeProxyFetchHandler } from 'badge-elements/proxy.js';
 * export default { fetch: createBadgeProxyFetchHandler({ allowHosts: ['issuer.example'] }) };
 * ```
 */
export function createBadgeProxyFetchHandler(options: BadgeProxyOptions): BadgeProxyFetchHandler {
  const o = resolveOptions(options);
  const upstream = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const hop: Hop = async (url, init) => {
    if (options.lookup) checkAddresses(url.hostname, await options.lookup(url.hostname.replace(/^\[(.*)\]$/, '$1')), o);
    const res = await upstream(url.href, { method: init.method, headers: init.headers, signal: init.signal, redirect: 'manual', referrerPolicy: 'no-referrer' });
    return {
      status: res.status,
      header: (name) => res.headers.get(name) ?? undefined,
      body: res.body ? chunks(res.body) : null,
      cancel: () => void res.body?.cancel().catch(() => undefined),
    };
  };
  return async (request) => {
    const answer = await runProxy(o, request.method, new URL(request.url).search, request.headers.get('accept'), hop);
    return new Response(answer.body as BodyInit | null, { status: answer.status, headers: answer.headers });
  };
}
