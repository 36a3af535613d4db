/** Vite plugin: serves the sample issuer (and the test endpoints) from the dev and preview servers. */
import type { Plugin } from 'vite';
import { createIssuerHandler } from './middleware.js';

export function sampleIssuer(): Plugin {
  const handler = createIssuerHandler();
  return {
    name: 'badge-elements-sample-issuer',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
  };
}
