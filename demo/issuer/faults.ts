/**
 * Fault endpoints for fetcher tests, under `/__test/`: slow, trickling, hanging, huge, lying, failing,
 * redirecting and CORS-less answers. Each one ends cleanly when the client aborts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { handleHostileFault, trackConnection } from './hostile-faults.js';

const CORS = { 'Access-Control-Allow-Origin': '*' };
const num = (v: string | null, d: number, max: number) => {
  const n = Number(v ?? d);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : d;
};

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = CORS): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Writes a raw HTTP/1.1 answer on the socket (to send a Content-Length that lies). */
function raw(req: IncomingMessage, head: string[], body: string): void {
  const sock = req.socket as Socket;
  sock.write(['HTTP/1.1 200 OK', 'Content-Type: application/json', 'Access-Control-Allow-Origin: *', 'Connection: close', ...head, '', ''].join('\r\n') + body);
  sock.end();
}

/** Handles `/__test/*`; returns false when the path is not a fault endpoint. */
export function handleFault(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const p = url.pathname.slice('/__test'.length);
  const q = url.searchParams;
  trackConnection(req, res, url);
  if (handleHostileFault(req, res, url, p)) return true;
  let closed = false;
  req.on('close', () => { closed = true; });
  res.on('close', () => { closed = true; });

  if (p === '/slow') {
    const ms = num(q.get('ms'), 1000, 120_000);
    res.writeHead(200, { 'Content-Type': 'application/json', ...CORS });
    res.flushHeaders();
    const t = setTimeout(() => { if (!closed) res.end(JSON.stringify({ slow: true, ms })); }, ms);
    res.on('close', () => clearTimeout(t));
    return true;
  }
  if (p === '/trickle') {
    const ms = num(q.get('ms'), 200, 60_000);
    const body = Buffer.from(JSON.stringify({ trickle: 'one byte at a time, slowly, to test total timeouts' }));
    res.writeHead(200, { 'Content-Type': 'application/json', ...CORS });
    let i = 0;
    const t = setInterval(() => {
      if (closed) { clearInterval(t); return; }
      res.write(body.subarray(i, i + 1));
      if (++i >= body.length) { clearInterval(t); res.end(); }
    }, ms);
    res.on('close', () => clearInterval(t));
    return true;
  }
  if (p === '/hang') {
    // never answers; the request just ends when the client goes away
    req.on('close', () => { if (!res.writableEnded) res.destroy(); });
    return true;
  }
  if (p === '/large') {
    const total = num(q.get('bytes'), 5 * 1024 * 1024, 512 * 1024 * 1024);
    // chunked: no Content-Length; never stored by a cache, so only the client's reading pulls it
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...CORS });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      if (sent === 0) { res.write('{"data":"'); sent = 9; }
      while (!closed && sent < total - 2) {
        const n = Math.min(chunk.length, total - 2 - sent);
        sent += n;
        if (!res.write(chunk.subarray(0, n))) { res.once('drain', pump); return; }
      }
      if (!closed) res.end('"}');
    };
    pump();
    return true;
  }
  if (p === '/lying-length') {
    if (q.get('mode') === 'huge') raw(req, ['Content-Length: 10000000000'], '{"lie":"claims ten gigabytes"}');
    else raw(req, ['Content-Length: 10'], JSON.stringify({ lie: 'Content-Length says 10 but this body is longer', pad: 'x'.repeat(4096) }));
    return true;
  }
  const status = /^\/status\/(\d{3})$/.exec(p);
  if (status) {
    const n = Number(status[1]);
    if (n < 200 || n > 599) { json(res, 400, { error: 'status must be 200-599' }); return true; }
    if (n === 204 || n === 304) { res.writeHead(n, CORS); res.end(); return true; }
    json(res, n, { status: n });
    return true;
  }
  if (p === '/echo-headers') { json(res, 200, req.headers, { ...CORS, 'Cache-Control': 'no-store' }); return true; }
  if (p === '/no-cors') { json(res, 200, { cors: false }, {}); return true; }
  if (p === '/not-json') {
    const body = '<!doctype html><title>Sign in</title><p>Please sign in to continue.</p>';
    res.writeHead(200, { 'Content-Type': q.get('type') ?? 'text/html; charset=utf-8', ...CORS });
    res.end(body);
    return true;
  }
  if (p === '/redirect') {
    const to = q.get('to') ?? '/issuer/catalog.json';
    const code = num(q.get('status'), 302, 308);
    res.writeHead([301, 302, 303, 307, 308].includes(code) ? code : 302, { Location: to, ...CORS });
    res.end();
    return true;
  }
  if (p === '/redirect-loop') {
    const n = num(q.get('n'), 0, 1e6);
    res.writeHead(302, { Location: `/__test/redirect-loop?n=${n + 1}`, ...CORS });
    res.end();
    return true;
  }
  return false;
}
