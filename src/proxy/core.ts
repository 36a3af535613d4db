/**
 * One proxied request, independent of the runtime: method check, target checks, redirects
 * re-checked hop by hop, a whole-request deadline and a byte cap. The Node and the fetch-style
 * handlers differ only in how one hop reaches the upstream server (`Hop`).
 */
import { type ResolvedOptions, PASSED_HEADERS, ProxyError, acceptHeader, baseHeaders, checkTarget } from './policy.js';
import { concatBytes } from '../core/bytes.js';

/** One upstream answer (no redirect following). `body` yields the raw bytes. */
export interface HopResponse {
  status: number;
  header(name: string): string | undefined;
  body: AsyncIterable<Uint8Array> | null;
  /** Stop reading (the rest of the body is not needed). */
  cancel(): void;
}
export type Hop = (url: URL, init: { method: 'GET' | 'HEAD'; headers: Record<string, string>; signal: AbortSignal }) => Promise<HopResponse>;

export interface ProxyAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function errorAnswer(e: ProxyError): ProxyAnswer {
  return {
    status: e.status,
    headers: {
      ...baseHeaders(),
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Badge-Proxy-Error': e.code,
      ...(e.code === 'method-not-allowed' ? { Allow: 'GET, HEAD, OPTIONS' } : {}),
    },
    body: new TextEncoder().encode(`${e.message}\n`),
  };
}

function preflight(): ProxyAnswer {
  return {
    status: 204,
    headers: {
      ...baseHeaders(),
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'Accept',
      'Access-Control-Max-Age': '86400',
    },
    body: null,
  };
}

async function readCapped(res: HopResponse, max: number): Promise<Uint8Array> {
  const declared = Number(res.header('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    res.cancel();
    throw new ProxyError('too-large', `The document is larger than ${max} bytes.`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    for await (const chunk of res.body) {
      size += chunk.byteLength;
      if (size > max) {
        res.cancel();
        throw new ProxyError('too-large', `The document is larger than ${max} bytes.`);
      }
      chunks.push(chunk);
    }
  }
  return concatBytes(chunks, size);
}

/**
 * Answers one request to the proxy. `search` is the request URL's query string (`?url=…`),
 * `accept` the client's Accept header. Never throws: every failure is an answer with
 * `Badge-Proxy-Error`.
 */
export async function runProxy(
  o: ResolvedOptions,
  method: string,
  search: string,
  accept: string | null | undefined,
  hop: Hop,
  passHeaders: readonly string[] = PASSED_HEADERS,
): Promise<ProxyAnswer> {
  const m = method.toUpperCase();
  if (m === 'OPTIONS') return preflight();
  if (m !== 'GET' && m !== 'HEAD') return errorAnswer(new ProxyError('method-not-allowed', 'Only GET, HEAD and OPTIONS are allowed.'));
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, o.timeoutMs);
  try {
    const raw = new URLSearchParams(search).get('url');
    if (!raw) throw new ProxyError('bad-request', 'Missing the url parameter (?url=https://…).');
    let url = checkTarget(raw, o);
    const headers = { Accept: acceptHeader(accept), 'User-Agent': o.userAgent };
    for (let redirects = 0; ; redirects++) {
      const res = await hop(url, { method: m, headers, signal: controller.signal });
      const location = res.header('location');
      if (REDIRECTS.has(res.status) && location) {
        res.cancel();
        if (redirects >= o.maxRedirects) throw new ProxyError('too-many-redirects', `More than ${o.maxRedirects} redirects.`);
        url = checkTarget(location, o, url);
        continue;
      }
      if (m === 'HEAD') res.cancel();
      const body = m === 'HEAD' ? null : await readCapped(res, o.maxBytes);
      const out: Record<string, string> = { ...baseHeaders(), 'Badge-Proxy-Url': url.href };
      for (const name of passHeaders) {
        const v = res.header(name);
        if (v !== undefined) out[name.replace(/(^|-)[a-z]/g, (c) => c.toUpperCase())] = v;
      }
      if (body) out['Content-Length'] = String(body.byteLength);
      return { status: res.status, headers: out, body };
    }
  } catch (e) {
    if (e instanceof ProxyError) return errorAnswer(e);
    if (timedOut) return errorAnswer(new ProxyError('timeout', `The upstream server did not answer within ${o.timeoutMs} ms.`));
    const code = (e as { badgeProxyCode?: unknown } | null)?.badgeProxyCode;
    if (code instanceof ProxyError) return errorAnswer(code);
    return errorAnswer(new ProxyError('upstream-failed', 'The upstream server could not be reached.'));
  } finally {
    clearTimeout(timer);
  }
}
