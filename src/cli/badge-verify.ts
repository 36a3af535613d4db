/**
 * `badge-verify <url|file|->`: verifies an Open Badge from the command line (Node only).
 * Exit status: 0 authentic and valid, 1 otherwise, 2 usage error. See `USAGE`.
 *
 * `main()` is exported and never calls `process.exit`: `bin/badge-verify.js` sets the exit code.
 */
import type { Readable, Writable } from 'node:stream';
import { parseCli, USAGE } from './args.js';
import type { VerificationReport } from '../core/types.js';
import { exitCodeFor, formatChecklist, safeText } from './format.js';
import { InputError, readInput } from './input.js';

export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  stdin: Readable;
  env: Record<string, string | undefined>;
}

async function version(): Promise<string> {
  // src/cli/ and dist/cli/ both sit two levels below package.json (a computed path, so bundlers leave it alone)
  try {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile(new URL(['..', '..', 'package.json'].join('/'), import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const stdin = io.stdin ?? process.stdin;
  const env = io.env ?? process.env;

  if (argv[0] === 'snippet') {
    const { snippetMain } = await import('./snippet.js');
    return snippetMain(argv.slice(1), { stdout, stderr, stdin });
  }
  const parsed = parseCli(argv, env, stdout.isTTY === true);
  if (parsed.kind === 'help') {
    await write(stdout, USAGE);
    return 0;
  }
  if (parsed.kind === 'version') {
    await write(stdout, `${await version()}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    await write(stderr, `badge-verify: ${parsed.message}\nRun "badge-verify --help" for usage.\n`);
    return 2;
  }
  const o = parsed.options;

  let read;
  try {
    read = await readInput(o.input, stdin);
  } catch (e) {
    if (e instanceof InputError) {
      await write(stderr, `badge-verify: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  let report: VerificationReport;
  try {
    // loaded here so --help and usage errors answer at once
    const [{ createFetcher }, { verify }] = await Promise.all([import('../core/fetch.js'), import('../core/verify/index.js')]);
    const fetcher = createFetcher({ timeoutMs: o.timeoutMs });
    report = await verify(read.input, { fetcher, now: o.now, recipient: o.recipient, trustedIssuers: o.trustedIssuers });
  } catch (e) {
    // verify() never throws by contract; should it ever, say so instead of a stack trace
    await write(stderr, `badge-verify: verification failed unexpectedly: ${safeText(e instanceof Error ? e.message : e)}\n`);
    return 1;
  }

  if (o.json) await write(stdout, `${JSON.stringify(report, null, 2)}\n`);
  else await write(stdout, formatChecklist(report, { color: o.color, recipientGiven: o.recipient !== undefined, description: read.description }));
  return exitCodeFor(report, o.recipient !== undefined);
}
