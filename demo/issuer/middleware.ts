/**
 * The sample issuer as a node:http-style handler `(req, res, next)`: serves `/issuer/*` built for the
 * request's Host (cached per origin), the request log (`GET /__requests`, `POST /__requests/reset`)
 * and the fault endpoints (`/__test/*`). Used by the Vite plugin, the wtr plugin and `startIssuerServer`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildIssuer } from './build.js';
import { handleFault } from './faults.js';
import type { SampleIssuer } from './types.js';

export interface RequestRecord { method: string; url: string; headers: Record<string, string | string[] | undefined>; time: number }

export interface IssuerHandler {
  (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): void;
  /** Builds (and caches) the issuer for an origin ahead of the first request. */
  warm(origin: string): Promise<SampleIssuer>;
  requests(): RequestRecord[];
  resetRequests(): void;
}

const HOST_RE = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;
const MAX_ORIGINS = 16;
const MAX_LOG = 5000;

export function createIssuerHandler(): IssuerHandler {
  const builds = new Map<string, Promise<SampleIssuer>>();
  let log: RequestRecord[] = [];

  const get = (origin: string) => {
    let p = builds.get(origin);
    if (!p) {
      if (builds.size >= MAX_ORIGINS) builds.delete(builds.keys().next().value!);
      p = buildIssuer({ origin });
      p.catch(() => builds.delete(origin));
      builds.set(origin, p);
    }
    return p;
  };

  const handler = ((req, res, next) => {
    const host = req.headers.host ?? 'localhost';
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${HOST_RE.test(host) ? host : 'localhost'}`);
    } catch {
      next?.();
      return;
    }
    const path = url.pathname;
    if (path === '/__requests' || path === '/__requests/reset') {
      if (path === '/__requests/reset' && req.method === 'POST') {
        log = [];
        res.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
        res.end();
      } else {
        const body = JSON.stringify(log.map(({ method, url: u, headers }) => ({ method, url: u, headers })));
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
        res.end(body);
      }
      return;
    }
    const isIssuer = path === '/issuer' || path.startsWith('/issuer/');
    const isFault = path.startsWith('/__test/');
    if (!isIssuer && !isFault) { next?.(); return; }
    if (log.length < MAX_LOG) log.push({ method: req.method ?? 'GET', url: `${url.origin}${path}${url.search}`, headers: { ...req.headers }, time: Date.now() });

    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': String(req.headers['access-control-request-headers'] ?? '*'), 'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    if (isFault) {
      if (!handleFault(req, res, url)) notFound(res, path);
      return;
    }
    get(url.origin).then((issuer) => serve(issuer, req, res, path), (err: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' });
      res.end(`sample issuer build failed: ${err instanceof Error ? err.stack : String(err)}`);
    });
  }) as IssuerHandler;

  handler.warm = get;
  handler.requests = () => log.map((r) => ({ ...r }));
  handler.resetRequests = () => { log = []; };
  return handler;
}

function notFound(res: ServerResponse, path: string): void {
  res.writeHead(404, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
  res.end(JSON.stringify({ error: 'not found', path }));
}

function serve(issuer: SampleIssuer, req: IncomingMessage, res: ServerResponse, path: string): void {
  if (path === '/issuer' || path === '/issuer/') return index(issuer, res);
  const file = issuer.files.get(path);
  if (!file) return notFound(res, path);
  const body = typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : Buffer.from(file.body);
  const send = () => {
    if (res.destroyed || res.writableEnded) return;
    res.writeHead(file.status ?? 200, { 'Content-Type': file.contentType, 'Content-Length': body.length, 'Cache-Control': 'no-cache', ...file.headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (!file.delayMs) return send();
  const t = setTimeout(send, file.delayMs);
  res.on('close', () => clearTimeout(t));
}

function index(issuer: SampleIssuer, res: ServerResponse): void {
  const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const rows = issuer.catalog.map((e) => `<tr><td><a href="${esc(e.path)}">${esc(e.key)}</a></td><td>${esc(e.format)}</td><td>${e.expect.authentic ? 'authentic' : 'not authentic'}, ${esc(e.expect.state)}${e.expect.code ? ` (${esc(e.expect.code)})` : ''}</td><td>${esc(e.title)}</td></tr>`).join('\n');
  const html = `<!doctype html><meta charset="utf-8"><title>Sample issuer</title><h1>Sample issuer</h1><p><a href="/issuer/catalog.json">catalog.json</a> · <a href="/issuer/feed.json">feed.json</a></p><table>${rows}</table>`;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
  res.end(html);
}
