#!/usr/bin/env node
// `npm test`: the Node suite (node:test + tsx: the core runs DOM-free) then the browser
// suite (@web/test-runner in Chromium). Prints one closing line for CI:
//   "tests: N passed, N failed, N skipped"
import { spawn } from 'node:child_process';

function run(cmd, args) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], shell: false });
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const lastMatch = (out, re) => { const all = [...out.matchAll(re)]; return all.length ? all[all.length - 1] : undefined; };

const nodeRun = await run('npm', ['run', '-s', 'test:node']);
{
  const pass = lastMatch(nodeRun.out, /^# pass (\d+)$/gm);
  const fail = lastMatch(nodeRun.out, /^# fail (\d+)$/gm);
  const skip = lastMatch(nodeRun.out, /^# skipped (\d+)$/gm);
  counts.passed += Number(pass?.[1] ?? 0);
  counts.failed += Number(fail?.[1] ?? (nodeRun.code ? 1 : 0));
  counts.skipped += Number(skip?.[1] ?? 0);
  if (nodeRun.code && !Number(fail?.[1])) counts.failed += 1; // crashed before reporting
}

const browserRun = await run('npm', ['run', '-s', 'test:browser']);
{
  const m = lastMatch(browserRun.out, /^wtr: (\d+) passed, (\d+) failed, (\d+) skipped$/gm);
  if (m) { counts.passed += Number(m[1]); counts.failed += Number(m[2]); counts.skipped += Number(m[3]); }
  if (browserRun.code && (!m || Number(m[2]) === 0)) counts.failed += 1;
}

console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(nodeRun.code || browserRun.code ? 1 : 0);
