/** A standalone HTTP server for the sample issuer (Node tests): `startIssuerServer({ port: 0 })`. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIssuerHandler, type RequestRecord } from './middleware.js';

export interface IssuerServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  close(): Promise<void>;
  requests(): { method: string; url: string; headers: RequestRecord['headers'] }[];
  resetRequests(): void;
}

export async function startIssuerServer(opts: { port?: number; host?: '127.0.0.1' | 'localhost' } = {}): Promise<IssuerServer> {
  const host = opts.host ?? '127.0.0.1';
  const handler = createIssuerHandler();
  const server = createServer((req, res) => handler(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host === 'localhost' ? '127.0.0.1' : host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  await handler.warm(origin);
  return {
    origin,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
    requests: () => handler.requests().map(({ method, url, headers }) => ({ method, url, headers })),
    resetRequests: handler.resetRequests,
  };
}
