/**
 * The badge proxy as a Node request handler, for `node:http` and Express (`(req, res) => …`).
 * Every connection goes through a guarded DNS lookup: an allow-listed name that resolves to a
 * private, loopback or link-local address is refused at connect time (no DNS-rebinding window).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { type Hop, runProxy } from './core.js';
import { type BadgeProxyLookup, type BadgeProxyOptions, ProxyError, PASSED_HEADERS, checkAddresses, resolveOptions } from './policy.js';

const defaultLookup: BadgeProxyLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** A `net` lookup that resolves through `resolve` and refuses private addresses (unless allowed for tests). */
function guardedLookup(resolve: BadgeProxyLookup, check: (host: string, addrs: { address: string; family: number }[]) => void): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const family = typeof options.family === 'number' ? options.family : 0;
        const addrs = family === 4 || family === 6 ? all.filter((a) => a.family === family) : all;
        try {
          check(hostname, all);
        } catch (e) {
          callback(Object.assign(new Error((e as Error).message), { code: 'EBADGEPROXY', badgeProxyCode: e }) as NodeJS.ErrnoException, '', 0);
          return;
        }
        if (addrs.length === 0) {
          callback(Object.assign(new Error(`${hostname} has no usable address`), { code: 'ENOTFOUND' }) as NodeJS.ErrnoException, '', 0);
        } else if (options.all) {
          (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, addrs);
        } else {
          callback(null, addrs[0]!.address, addrs[0]!.family);
        }
      },
      (e: NodeJS.ErrnoException) => callback(e, '', 0),
    );
  };
}

export type BadgeProxyNodeHandler = (req: http.IncomingMessage, res: http.ServerResponse, next?: unknown) => Promise<void>;

/**
 * ```js
 * import { createServer } from 'node:http';
 * import { createBadgeProxy } from 'badge-elements/proxy.js';
 * const proxy = createBadgeProxy({ allowHosts: ['issuer.example', '*.example.org'] });
 * createServer(proxy).listen(8080);            // or: app.get('/badge-proxy', proxy) with Express
 * ```
 * The target comes from `?url=`; answers carry `Access-Control-Allow-Origin: *` (never credentials).
 */
export function createBadgeProxy(options: BadgeProxyOptions): BadgeProxyNodeHandler {
  const o = resolveOptions(options);
  const lookup = guardedLookup(options.lookup ?? defaultLookup, (host, addrs) => checkAddresses(host, addrs, o));
  const hop: Hop = (url, init) =>
    new Promise((resolve, reject) => {
      const mod = url.protocol === 'https:' ? https : http;
      const req = mod.request(url, { method: init.method, headers: init.headers, agent: false, lookup, signal: init.signal }, (res) => {
        resolve({
          status: res.statusCode ?? 502,
          header: (name) => {
            const v = res.headers[name.toLowerCase()];
            return Array.isArray(v) ? v.join(', ') : v;
          },
          body: res,
          cancel: () => res.destroy(),
        });
      });
      req.on('error', (e: Error & { badgeProxyCode?: unknown }) => reject(e.badgeProxyCode instanceof ProxyError ? e.badgeProxyCode : e));
      req.end();
    });

  return async (req, res) => {
    const raw = req.url ?? '';
    const q = raw.indexOf('?');
    const answer = await runProxy(o, req.method ?? 'GET', q >= 0 ? raw.slice(q) : '', req.headers.accept, hop, [...PASSED_HEADERS, 'content-encoding']);
    if (res.headersSent) {
      res.end();
      return;
    }
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body ?? undefined);
  };
}
