#!/usr/bin/env node
// badge-verify: verify an Open Badge from the command line. See `badge-verify --help`.
//
// In the repository (src/ present and tsx installed) it runs the TypeScript source through tsx, so
// `npx badge-verify` works before any build and never runs a stale build. In the published package
// (no src/) it runs the built `dist/cli/badge-verify.js`. BADGE_VERIFY_DIST=1 forces the build.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
const built = new URL('dist/cli/badge-verify.js', root);
const source = new URL('src/cli/badge-verify.ts', root);

async function load() {
  const forceDist = process.env.BADGE_VERIFY_DIST === '1';
  if (!forceDist && existsSync(fileURLToPath(source))) {
    try {
      const { register } = await import('tsx/esm/api');
      register();
      return await import(pathToFileURL(fileURLToPath(source)).href);
    } catch (e) {
      if (!existsSync(fileURLToPath(built))) throw e;
    }
  }
  if (existsSync(fileURLToPath(built))) return import(built.href);
  throw new Error('badge-verify is not built: run "npm run build", or install the dev dependencies (tsx) to run it from source.');
}

try {
  const cli = await load();
  process.exitCode = await cli.main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`badge-verify: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
