/** Command-line parsing for `badge-verify` (Node only). */
import { parseArgs } from 'node:util';
import { assertTrustedIssuers } from '../core/errors.js';

export interface CliOptions {
  input: string;
  json: boolean;
  recipient?: string;
  now?: Date;
  timeoutMs?: number;
  /** `--trust` entries (DIDs, issuer URLs, origins), already validated. */
  trustedIssuers?: string[];
  color: boolean;
}

export type Parsed = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions } | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: badge-verify [options] <url | file | ->
       badge-verify snippet [--html | --email | --markdown | --embed] <url | file | ->   (see: badge-verify snippet --help)

Verify an Open Badge (2.0 or 3.0) and print what was checked.

  <url>     an https URL (http only for localhost) of a hosted assertion or credential
  <file>    a file: JSON, a compact JWS / VC-JWT, or a baked PNG / SVG badge image
  -         read the same from standard input

Options:
  --json              print the verification report as JSON
  --recipient EMAIL   check that the badge was issued to this identity (compared locally, never sent)
  --now ISO           verify as of this time (ISO 8601, e.g. 2030-01-01T00:00:00Z)
  --timeout MS        network timeout per request in milliseconds (default 10000)
  --trust ID          an issuer you trust: a DID, an issuer profile URL or an origin
                      (https://example.edu); repeatable. Says whether the verified issuer is
                      on the list; it does not change the verdict or the exit status
  --no-color          plain output (also when NO_COLOR is set or output is not a terminal)
  -h, --help          show this help
  -v, --version       print the version

Exit status: 0 authentic and valid (and, with --recipient, issued to that recipient);
1 anything else (invalid, unverifiable, revoked, expired, suspended, status unknown…);
2 usage error (unknown option, missing argument, bad value, unreadable file).
`;

/** Strict ISO 8601 date or date-time (with optional fraction and zone). */
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseCli(argv: string[], env: Record<string, string | undefined> = {}, isTty = false): Parsed {
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        recipient: { type: 'string' },
        now: { type: 'string' },
        timeout: { type: 'string' },
        trust: { type: 'string', multiple: true },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (e) {
    // parseArgs' messages are clear ("Unknown option '--x'", "Option '--now <value>' argument missing")
    return { kind: 'usage-error', message: e instanceof Error ? e.message.split(/\n|\. To specify/)[0]! : String(e) };
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals.length === 0) return { kind: 'usage-error', message: 'Missing the badge to verify: a URL, a file or - for standard input.' };
  if (positionals.length > 1) return { kind: 'usage-error', message: `Expected one badge, got ${positionals.length} arguments.` };

  const options: CliOptions = {
    input: positionals[0]!,
    json: values.json === true,
    color: values['no-color'] !== true && !env.NO_COLOR && isTty,
  };
  if (typeof values.recipient === 'string') {
    const r = values.recipient.trim();
    if (!r) return { kind: 'usage-error', message: '--recipient needs an identity (e.g. an e-mail address).' };
    options.recipient = r;
  }
  if (typeof values.now === 'string') {
    const d = new Date(values.now);
    if (!ISO.test(values.now) || Number.isNaN(d.getTime())) {
      return { kind: 'usage-error', message: `--now must be an ISO 8601 date or date-time (e.g. 2030-01-01T00:00:00Z), not "${values.now}".` };
    }
    options.now = d;
  }
  if (typeof values.timeout === 'string') {
    const n = Number(values.timeout);
    if (!/^\d+$/.test(values.timeout) || !Number.isSafeInteger(n) || n <= 0) {
      return { kind: 'usage-error', message: `--timeout must be a positive number of milliseconds, not "${values.timeout}".` };
    }
    options.timeoutMs = n;
  }
  if (Array.isArray(values.trust)) {
    try {
      assertTrustedIssuers(values.trust);
    } catch (e) {
      return { kind: 'usage-error', message: `--trust: ${e instanceof Error ? e.message.replace(/^trustedIssuers: /, '') : String(e)}` };
    }
    options.trustedIssuers = values.trust;
  }
  return { kind: 'run', options };
}
