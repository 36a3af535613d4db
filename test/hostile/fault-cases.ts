/**
 * verify() against the fault endpoints over real HTTP (DOM-free; Node and Chromium): every case ends
 * in its named report within a bound of its timeout, and leaves no connection open on the server.
 */
import { createFetcher } from '../../src/core/fetch.js';
import { verify } from '../../src/core/verify/index.js';
import type { VerificationCode, VerificationReport, VerificationState } from '../../src/core/types.js';

export interface FaultCase { name: string; run: (origin: string) => Promise<void> }

const uid = (): string => Math.random().toString(36).slice(2, 10);

function fail(msg: string): never {
  throw new Error(msg);
}

/** Settles or fails after `ms` (a liveness bound, generous: the point is "it ends"). */
export async function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let t: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => { t = setTimeout(() => reject(new Error(`${what}: still pending after ${ms} ms`)), ms); })]);
  } finally {
    clearTimeout(t);
  }
}

export interface Connection { url: string; state: 'open' | 'finished' | 'aborted' }

export async function connections(origin: string, part: string): Promise<Connection[]> {
  const all = (await (await fetch(`${origin}/__test/connections`)).json()) as Connection[];
  return all.filter((c) => c.url.includes(part));
}

/** Waits until the server saw no open connection for `part` (the client closed or finished it). */
export async function noneOpen(origin: string, part: string): Promise<Connection[]> {
  let list: Connection[] = [];
  for (let i = 0; i < 150; i++) {
    list = await connections(origin, part);
    if (list.length > 0 && list.every((c) => c.state !== 'open')) return list;
    await new Promise((r) => setTimeout(r, 20));
  }
  return fail(`connections for ${part} still open or never made: ${JSON.stringify(list)}`);
}

function expectReport(r: VerificationReport, authentic: boolean, state: VerificationState, code: VerificationCode | undefined, label: string): void {
  const got = `${r.authentic}/${r.state}/${r.code ?? '-'}`;
  const want = `${authentic}/${state}/${code ?? '-'}`;
  if (got !== want) fail(`${label}: expected ${want}, got ${got}: ${JSON.stringify(r.checks.filter((c) => c.outcome !== 'pass').map((c) => [c.id, c.code, c.message]))}`);
  const failing = r.checks.find((c) => c.outcome === 'fail' || c.outcome === 'unknown');
  if (!authentic && !(failing && failing.message.length > 10)) fail(`${label}: no helpful message`);
}

interface Spec { path: string; timeoutMs?: number; authentic?: boolean; state?: VerificationState; code?: VerificationCode; connection?: 'aborted' | 'finished' | 'any' }

const specs: Record<string, Spec> = {
  'slow server (headers, then nothing for 20 s)': { path: '/__test/slow?ms=20000', timeoutMs: 400, code: 'fetch-timeout', connection: 'aborted' },
  'trickling body (one byte / 150 ms)': { path: '/__test/trickle?ms=150', timeoutMs: 500, code: 'fetch-timeout', connection: 'aborted' },
  'no response at all': { path: '/__test/hang', timeoutMs: 400, code: 'fetch-timeout', connection: 'aborted' },
  '50 MB body without Content-Length': { path: `/__test/large?bytes=${50 * 1024 * 1024}`, code: 'fetch-too-large', connection: 'aborted' },
  'Content-Length claiming 10 GB': { path: '/__test/lying-length?mode=huge', code: 'fetch-too-large', connection: 'any' },
  'gzip bomb (64 MiB once inflated) as the document': { path: '/__test/gzip-bomb?mb=64', code: 'fetch-too-large', connection: 'any' },
  'HTML sign-in page instead of JSON': { path: '/__test/not-json', code: 'unknown-format' },
  'deeply nested JSON array (100 000 levels)': { path: '/__test/nested?depth=100000', code: 'unknown-format' },
  'deeply nested JSON object (100 000 levels)': { path: '/__test/nested?depth=100000&shape=object', code: 'unknown-format' },
  'deeply nested undefined term inside a credential (200 levels)': { path: '/__test/nested?depth=200&shape=credential', state: 'invalid', code: 'data-loss' },
  'deeply nested value inside a credential (100 000 levels: the JSON-LD stack overflows, caught)': { path: '/__test/nested?depth=100000&shape=credential', state: 'invalid', code: 'malformed' },
  '__proto__ keys in an assertion (issuer unreachable)': { path: '/__test/proto?shape=assertion', code: 'fetch-failed' },
  '__proto__ keys in a credential (no proof)': { path: '/__test/proto?shape=credential', code: 'no-proof' },
  'PNG bytes served as application/json': { path: '/__test/typed?kind=png&type=application/json', code: 'unknown-format' },
  'JSON served as image/png': { path: '/__test/typed?kind=json&type=image/png', code: 'no-proof' },
  'HTML with a script served as application/ld+json': { path: '/__test/typed?kind=html&type=application/ld+json', code: 'unknown-format' },
  'alg:none JWT served as text/html': { path: '/__test/typed?kind=jwt&type=text/html', code: 'unknown-format' },
  '404 Not Found': { path: '/__test/status/404', code: 'fetch-failed' },
  '500 Internal Server Error': { path: '/__test/status/500', code: 'fetch-failed' },
  'redirect loop': { path: '/__test/redirect-loop', code: 'fetch-failed', connection: 'any' },
  'redirect to a refused scheme (ftp:)': { path: `/__test/redirect?to=${encodeURIComponent('ftp://127.0.0.1/x.json')}`, code: 'fetch-failed', connection: 'any' },
  'a signed credential whose status list is a GZIP bomb': { path: '/__test/status-bomb/credential.jwt', authentic: true, state: 'status-unknown' },
};

export const faultCases: FaultCase[] = [
  ...Object.entries(specs).map(([name, s]): FaultCase => ({
    name: `${name} → ${s.authentic ? s.state : s.code}`,
    run: async (origin) => {
      const id = uid();
      const url = `${origin}${s.path}${s.path.includes('?') ? '&' : '?'}case=${id}`;
      const timeoutMs = s.timeoutMs ?? 5000;
      const r = await within(timeoutMs * 6 + 5000, verify(url, { fetcher: createFetcher({ timeoutMs }) }), name);
      expectReport(r, s.authentic ?? false, s.state ?? (s.authentic ? 'valid' : 'unverifiable'), s.code, name);
      const list = await noneOpen(origin, `case=${id}`);
      if (s.connection === 'aborted' && !list.some((c) => c.state === 'aborted')) fail(`${name}: the request was not aborted: ${JSON.stringify(list)}`);
    },
  })),
  {
    name: '410 Gone for a hosted URL → revoked (the issuer withdrew it)',
    run: async (origin) => {
      const r = await verify(`${origin}/__test/status/410?case=${uid()}`, { fetcher: createFetcher() });
      expectReport(r, true, 'revoked', undefined, '410');
    },
  },
  {
    name: 'aborting verify() on a hanging server returns at once and closes the connection',
    run: async (origin) => {
      const id = uid();
      const ac = new AbortController();
      const p = verify(`${origin}/__test/hang?case=${id}`, { fetcher: createFetcher({ timeoutMs: 60_000 }), signal: ac.signal });
      for (let i = 0; i < 100 && (await connections(origin, `case=${id}`)).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      ac.abort();
      const r = await within(3000, p, 'aborted verify');
      if (r.authentic) fail('an aborted verification is not authentic');
      const list = await noneOpen(origin, `case=${id}`);
      if (!list.some((c) => c.state === 'aborted')) fail(`not aborted on the server: ${JSON.stringify(list)}`);
    },
  },
];
