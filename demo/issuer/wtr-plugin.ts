/**
 * @web/test-runner integration: a Koa middleware serving the sample issuer from the test server, and a
 * plugin that builds it for `localhost:<port>` when the server starts (so the first test is not slowed).
 */
import { createIssuerHandler } from './middleware.js';

interface KoaCtx { req: import('node:http').IncomingMessage; res: import('node:http').ServerResponse; respond?: boolean; status: number }

export function sampleIssuerWtr(): { middleware: (ctx: KoaCtx, next: () => Promise<unknown>) => Promise<unknown>; plugin: { name: string; serverStart(args: { config: { hostname?: string; port?: number } }): Promise<void> } } {
  const handler = createIssuerHandler();
  return {
    middleware(ctx, next) {
      return new Promise<unknown>((resolve, reject) => {
        let passed = false;
        handler(ctx.req, ctx.res, () => {
          passed = true;
          next().then(resolve, reject);
        });
        if (!passed) {
          ctx.respond = false; // the handler writes the response itself
          ctx.status = 200; // (ignored once headers are sent) keeps wtr from listing these as 404s
          resolve(undefined);
        }
      });
    },
    plugin: {
      name: 'badge-elements-sample-issuer',
      async serverStart({ config }) {
        const port = config.port ?? 8000;
        await Promise.all([handler.warm(`http://localhost:${port}`), handler.warm(`http://127.0.0.1:${port}`)]);
      },
    },
  };
}
