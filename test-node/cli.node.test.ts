/**
 * `badge-verify` end to end: the real bin (bin/badge-verify.js → tsx → src/cli) spawned against the
 * sample issuer served over real HTTP by startIssuerServer, with real keys and signatures.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runBin } from './support/bin.js';
import { startIssuerServer, type IssuerServer } from '../demo/issuer/server.js';
import { bakePng, bakeSvg, readChunks, writeChunks } from '../src/core/baked/index.js';
import { parseCli } from '../src/cli/args.js';
import { exitCodeFor, formatChecklist } from '../src/cli/format.js';
import type { VerificationReport } from '../src/core/types.js';

const run = runBin;

interface CatalogEntry {
  key: string;
  url: string;
  path: string;
  expect: { authentic: boolean; state: string; code?: string };
  recipient?: { identity: string };
}

let server: IssuerServer;
let catalog: CatalogEntry[];
let dir: string;
const entry = (key: string): CatalogEntry => {
  const e = catalog.find((c) => c.key === key);
  assert.ok(e, `catalog has ${key}`);
  return e;
};
const text = async (url: string): Promise<string> => (await fetch(url)).text();
const bytes = async (url: string): Promise<Uint8Array> => new Uint8Array(await (await fetch(url)).arrayBuffer());

before(async () => {
  server = await startIssuerServer({ port: 0 });
  catalog = (await (await fetch(`${server.origin}/issuer/catalog.json`)).json()) as CatalogEntry[];
  dir = mkdtempSync(join(tmpdir(), 'badge-verify-'));
});
after(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('badge-verify: usage', () => {
  test('--help prints usage, exit 0', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: badge-verify \[options\] <url \| file \| ->/);
    assert.match(r.stdout, /--recipient EMAIL/);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['unknown flag', ['--bogus', 'x.json'], /Unknown option '--bogus'/],
    ['missing input', [], /Missing the badge to verify/],
    ['two inputs', ['a.json', 'b.json'], /Expected one badge, got 2/],
    ['bad --now', ['--now', 'yesterday', 'x.json'], /--now must be an ISO 8601/],
    ['impossible --now', ['--now', '2024-13-45T00:00:00Z', 'x.json'], /--now must be an ISO 8601/],
    ['--now without a value', ['x.json', '--now'], /argument missing/],
    ['bad --timeout', ['--timeout', '0', 'x.json'], /--timeout must be a positive number/],
    ['file that does not exist', ['no/such/file.json'], /Cannot read "no\/such\/file.json": no such file/],
    ['a non-web URL scheme', ['ftp://example.org/a.json'], /Only https: \(or http:\/\/localhost\) URLs/],
  ];
  for (const [name, args, message] of usageErrors) {
    test(`usage error: ${name} → exit 2`, async () => {
      const r = await run(args);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    });
  }

  test('parseCli: options and values', () => {
    const p = parseCli(['--json', '--recipient', ' a@b.example ', '--now', '2030-01-02T03:04:05Z', '--timeout', '2500', '-'], {}, true);
    assert.equal(p.kind, 'run');
    if (p.kind !== 'run') return;
    assert.deepEqual({ ...p.options, now: p.options.now?.toISOString() }, {
      input: '-', json: true, recipient: 'a@b.example', now: '2030-01-02T03:04:05.000Z', timeoutMs: 2500, color: true,
    });
    const q = parseCli(['x'], { NO_COLOR: '1' }, true);
    assert.equal(q.kind === 'run' && q.options.color, false, 'NO_COLOR disables colour');
  });
});

describe('badge-verify: checklist text is safe for a terminal', () => {
  test('control characters and bidi overrides from the credential are stripped; exit codes', () => {
    const report: VerificationReport = {
      authentic: true,
      state: 'valid',
      recipient: 'not-checked',
      checkedAt: '2030-01-01T00:00:00.000Z',
      verifiedIssuer: 'did:web:issuer.example',
      checks: [{ id: 'proof', outcome: 'pass', message: 'Signed by the issuer.' }, { id: 'status', outcome: 'skip', message: 'No status list.' }],
      badge: {
        format: 'ob3-json', name: 'Evil \u001b[2J\u001b[31mbadge\u202e', issuer: { name: 'Issuer\u0007 Inc', id: 'did:web:issuer.example' },
        alignments: [], tags: [], evidence: [], results: [], endorsements: [], document: {},
      },
    };
    const out = formatChecklist(report, { color: false, recipientGiven: false });
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/.test(out), 'no control characters');
    assert.match(out, /^✓ VERIFIED: authentic and valid\n {2}Badge: {5}Evil \[2J\[31mbadge\n/);
    assert.match(out, /Issuer: {4}Issuer Inc <did:web:issuer.example> — as claimed by the badge/);
    assert.match(out, /Verified: {2}did:web:issuer.example — the identity the checks proved/);
    assert.match(out, /\n {2}✓ proof {3}Signed by the issuer\.\n {2}– status {2}No status list\./);
    assert.equal(exitCodeFor(report, false), 0);
    assert.equal(exitCodeFor(report, true), 1, 'a recipient was asked for but not matched');
    assert.equal(exitCodeFor({ ...report, state: 'expired' }, false), 1);
  });
});

describe('badge-verify: against the sample issuer', () => {
  test('a valid hosted OB 2.0 URL: exit 0 and a checklist', async () => {
    const e = entry('ob2-hosted-valid');
    const r = await run([e.url]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^✓ VERIFIED: authentic and valid\n/);
    assert.match(r.stdout, /\n {2}Badge: {5}\S/);
    assert.match(r.stdout, /\n {2}Issuer: {4}.+ — as claimed by the badge\n/);
    assert.match(r.stdout, /\nChecks:\n {2}✓ /);
    assert.ok(!/\n {2}✗ /.test(r.stdout), 'no failed check');
    assert.match(r.stdout, /\nLegend: ✓ passed {2}✗ failed/);
  });

  test('a revoked OB 2.0 assertion: exit 1, says revoked', async () => {
    const r = await run([entry('ob2-hosted-revoked').url]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^✗ AUTHENTIC, but revoked by its issuer/);
  });

  test('an expired VC-JWT: exit 1 (authentic but expired); --now before expiry: exit 0', async () => {
    const e = entry('ob3-jwt-expired');
    const r = await run([e.url, '--json']);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as VerificationReport;
    assert.equal(report.authentic, true);
    assert.equal(report.state, 'expired');
    const text1 = await run([e.url]);
    assert.match(text1.stdout, /^! AUTHENTIC, but expired/);
    assert.ok(report.badge?.issued, 'the report carries the issue date');
    const dayAfterIssue = new Date(Date.parse(report.badge.issued) + 86_400_000).toISOString();
    const r2 = await run(['--now', dayAfterIssue, '--json', e.url]);
    const report2 = JSON.parse(r2.stdout) as VerificationReport;
    assert.equal(report2.state, 'valid');
    assert.equal(report2.checkedAt, dayAfterIssue);
    assert.equal(r2.code, 0);
  });

  test('--json prints the whole report, matching the catalog', async () => {
    for (const key of ['ob2-signed-valid', 'ob3-json-v2-unsigned']) {
      const e = entry(key);
      const r = await run(['--json', e.url]);
      const report = JSON.parse(r.stdout) as VerificationReport;
      assert.equal(report.authentic, e.expect.authentic, key);
      assert.equal(report.state, e.expect.state, key);
      assert.equal(report.code, e.expect.code, key);
      assert.ok(Array.isArray(report.checks) && report.checks.length > 0, `${key}: checks`);
      for (const c of report.checks) assert.ok(c.message.length > 0, `${key}: check ${c.id} has a message`);
      assert.equal(r.code, e.expect.authentic && e.expect.state === 'valid' ? 0 : 1, key);
    }
  });

  test('--recipient: the right identity matches (exit 0), another does not (exit 1)', async () => {
    const e = entry('ob2-hosted-valid');
    assert.ok(e.recipient);
    const good = await run(['--recipient', e.recipient.identity, e.url]);
    assert.equal(good.code, 0, good.stdout);
    assert.match(good.stdout, /\n {2}Recipient: match\n/);
    const bad = await run(['--recipient', 'someone.else@example.com', e.url]);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /^✗ AUTHENTIC AND VALID, but it was not issued to that recipient/);
  });

  test('a baked PNG file (OB 3.0 VC-JWT baked with bakePng): exit 0', async () => {
    const jwt = (await text(entry('ob3-jwt-didkey-v2').url)).trim();
    const png = await bytes(`${server.origin}/issuer/images/data-cleaning.png`);
    const file = join(dir, 'baked-ob3.png');
    writeFileSync(file, bakePng(png, jwt, { ob3: true }));
    const r = await run([file]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^✓ VERIFIED/);
    assert.match(r.stdout, /Read: {6}baked PNG \(Open Badges 3\.0\) from .*baked-ob3\.png/);
  });

  test('a baked PNG carrying a hosted OB 2.0 URL, and a revoked one: exit 0 and 1', async () => {
    const png = await bytes(`${server.origin}/issuer/images/sql-querying.png`);
    const good = join(dir, 'baked-ob2.png');
    writeFileSync(good, bakePng(png, entry('ob2-hosted-valid').url, { ob3: false }));
    const r = await run([good]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Read: {6}baked PNG \(Open Badges 2\.0\)/);
    const revoked = join(dir, 'baked-ob2-revoked.png');
    writeFileSync(revoked, bakePng(png, entry('ob2-hosted-revoked').url, { ob3: false }));
    assert.equal((await run([revoked])).code, 1);
  });

  test('a baked PNG with two badge chunks is refused: exit 1, malformed', async () => {
    const png = await bytes(`${server.origin}/issuer/images/sql-querying.png`);
    const once = readChunks(bakePng(png, entry('ob2-hosted-valid').url, { ob3: false }));
    const second = readChunks(bakePng(png, entry('ob2-hosted-revoked').url, { ob3: false }))[1]!;
    once.splice(once.length - 1, 0, second);
    const file = join(dir, 'two-badges.png');
    writeFileSync(file, writeChunks(once));
    const r = await run(['--json', file]);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as VerificationReport;
    assert.equal(report.authentic, false);
    assert.equal(report.code, 'malformed');
  });

  test('a baked SVG (OB 2.0 signed JWS) read from standard input: exit 0', async () => {
    const jws = (await text(entry('ob2-signed-valid').url)).trim();
    const svg = await text(`${server.origin}/issuer/images/data-visualization.svg`);
    const r = await run(['-'], bakeSvg(svg, jws, { ob3: false }));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Read: {6}baked SVG \(Open Badges 2\.0\) from standard input/);
  });

  test('a compact JWT file: exit 0', async () => {
    const file = join(dir, 'credential.jwt');
    writeFileSync(file, await text(entry('ob3-jwt-didweb-v2').url));
    const r = await run([file]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Read: {6}compact JWS\/JWT from /);
  });
});
