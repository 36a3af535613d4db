/**
 * `createBadgeClient().loadBadge` in Node: the client loads the badge reader on first use (`import()` of the
 * read path, `client.ts`), unless an element provided it. This file imports the client module alone, so the
 * reader really is loaded lazily here; the sample issuer is served over real HTTP.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { createBadgeClient } from '../src/core/client.js';
import { isBadgeError } from '../src/core/errors.js';
import { repo } from './support/bin.js';

let server: IssuerServer;
let catalog: { key: string; url: string; format: string }[];
before(async () => {
  server = await startIssuerServer({ port: 0 });
  catalog = (await (await fetch(`${server.origin}/issuer/catalog.json`)).json()) as typeof catalog;
});
after(async () => {
  await server.close();
});

const urlOf = (format: string): string => catalog.find((e) => e.format === format)!.url;

/** Runs a module script in a child Node (with tsx) whose output is its stdout; BADGE_URL is in its environment. */
function runChild(script: string, badgeUrl: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo, env: { ...process.env, BADGE_URL: badgeUrl } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
}

describe('createBadgeClient().loadBadge (Node)', () => {
  test('reads OB 2.0 hosted and OB 3.0 badges through the client', async () => {
    const client = createBadgeClient();
    // two first calls at once: one reader load, both read
    const [ob2, ob3] = await Promise.all([client.loadBadge(urlOf('ob2-hosted')), client.loadBadge(urlOf('ob3-jwt'))]);
    assert.equal(ob2.format, 'ob2-hosted');
    assert.equal(ob2.source, urlOf('ob2-hosted'));
    assert.ok(ob2.name.length > 0);
    assert.equal(ob2.issuer.origin, new URL(server.origin).host);
    assert.equal(ob3.format, 'ob3-jwt');
    assert.ok(ob3.name.length > 0);
  });

  test('errors are BadgeErrors as before: a missing badge, then something that is not a badge', async () => {
    const client = createBadgeClient();
    const missing = `${server.origin}/issuer/no-such-badge.json`;
    await assert.rejects(client.loadBadge(missing), (e: unknown) => isBadgeError(e) && e.code === 'fetch-failed' && e.status === 404);
    await assert.rejects(client.loadBadge({ hello: 'world' }), (e: unknown) => isBadgeError(e) && e.code === 'unknown-format');
    const aborted = new AbortController();
    aborted.abort();
    await assert.rejects(client.loadBadge(urlOf('ob2-hosted'), { signal: aborted.signal }), (e: unknown) => isBadgeError(e) && e.code === 'aborted');
  });

  test('a reader that cannot be loaded is a BadgeError (fetch-failed), and the next loadBadge loads it again', async () => {
    // a child process whose module loader refuses the client's `import('./read-path.js')` once
    const hook = `let refused = false;
      export async function resolve(specifier, context, next) {
        if (!refused && specifier === './read-path.js' && context.parentURL?.endsWith('/src/core/client.ts')) {
          refused = true;
          throw new Error('the reader chunk is unavailable');
        }
        return next(specifier, context);
      }`;
    const script = `import { register } from 'node:module';
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
      const { createBadgeClient } = await import(${JSON.stringify(new URL('../src/core/client.ts', import.meta.url).href)});
      const client = createBadgeClient();
      const out = {};
      try {
        await client.loadBadge(process.env.BADGE_URL);
      } catch (e) {
        out.first = { name: e.name, code: e.code, message: e.message };
      }
      out.second = (await client.loadBadge(process.env.BADGE_URL)).format;
      console.log(JSON.stringify(out));`;
    const out = await runChild(script, urlOf('ob2-hosted'));
    assert.deepEqual(JSON.parse(out), {
      first: { name: 'BadgeError', code: 'fetch-failed', message: 'The badge reader could not be loaded: the reader chunk is unavailable' },
      second: 'ob2-hosted',
    });
  });
  test('an engine that cannot be loaded is a report that checked nothing (unverifiable, fetch-failed), never a throw', async () => {
    const hook = `export async function resolve(specifier, context, next) {
        if (specifier === './verify/index.js' && context.parentURL?.endsWith('/src/core/client.ts')) throw new Error('the engine chunk is unavailable');
        return next(specifier, context);
      }`;
    const script = `import { register } from 'node:module';
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
      const { createBadgeClient } = await import(${JSON.stringify(new URL('../src/core/client.ts', import.meta.url).href)});
      const r = await createBadgeClient().verify(process.env.BADGE_URL, { now: new Date('2026-01-01T00:00:00Z') });
      console.log(JSON.stringify(r));`;
    const out = await runChild(script, urlOf('ob2-hosted'));
    assert.deepEqual(JSON.parse(out), {
      authentic: false,
      state: 'unverifiable',
      code: 'fetch-failed',
      recipient: 'not-checked',
      checks: [{ id: 'verify', outcome: 'unknown', code: 'fetch-failed', message: 'The verification engine could not be loaded, so nothing was checked: the engine chunk is unavailable' }],
      checkedAt: '2026-01-01T00:00:00.000Z',
    });
  });
});
