/** Vite plugin: serves the sample issuer (and the test endpoints) from the dev and preview servers. */
import type { AddressInfo } from 'node:net';
import type { Plugin } from 'vite';
import { createIssuerHandler } from './middleware.js';

export function sampleIssuer(): Plugin {
  const handler = createIssuerHandler();
  const warmOn = (http: import('node:http').Server | import('node:http2').Http2SecureServer | null | undefined) => {
    http?.once('listening', () => {
      const port = (http.address() as AddressInfo | null)?.port;
      if (port) void Promise.all([handler.warm(`http://localhost:${port}`), handler.warm(`http://127.0.0.1:${port}`)]).catch(() => undefined);
    });
  };
  return {
    name: 'badge-elements-sample-issuer',
    configureServer(server) {
      server.middlewares.use(handler);
      warmOn(server.httpServer);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
      warmOn(server.httpServer);
    },
  };
}
