/**
 * `verify(input, options)`: the verification pipeline (DESIGN.md "The verification contract").
 * Never throws: every outcome is a VerificationReport. DOM-free and Lit-free. Each format's checks
 * are loaded with `import()` once the input's format is known (a page verifying OB 2.0 hosted
 * badges never loads jose; a VC-JWT page never loads the OB 2.0 code), and the Data Integrity code
 * (jsonld + contexts) only for credentials that carry such a proof.
 */
import { createFetcher, type Fetcher } from '../read-path.js';
import type { BadgeInput, VerificationReport } from '../types.js';
import type { VerifyContext } from './context.js';
import { Halt, ReportBuilder, applyTrust, errorMessage, toCode } from './pipeline.js';
import { parseTrustedIssuers } from './trust.js';
import { readInput } from './input.js';
import { lazy } from '../lazy.js';

const ob2HostedModule = lazy(() => import('./ob2-hosted.js'));
const ob2SignedModule = lazy(() => import('./ob2-signed.js'));
const ob3Module = lazy(() => import('./ob3.js'));
const vcJwtModule = lazy(() => import('./vc-jwt.js'));

export interface VerifyOptions {
  /** A custom fetch (proxy, offline document map, tests). Ignored when `fetcher` is given. */
  fetch?: typeof globalThis.fetch;
  /** A shared fetcher (its cache makes a wall of badges fetch each issuer document once). */
  fetcher?: Fetcher;
  /** The clock for validity checks (default: now). */
  now?: Date;
  /** Identity (e-mail, URL…) to compare with a hashed recipient; computed locally, never sent or stored. */
  recipient?: string;
  signal?: AbortSignal;
  /** How many levels of endorsements to verify (default 1; 0 = none). */
  endorsementDepth?: number;
  /**
   * Issuers this site knows: DIDs (`did:web:example.edu`), issuer profile URLs (exact id) or origins
   * (`https://example.edu`). Adds `report.issuerTrusted` and an `issuer-trusted` check, judged on the
   * verified issuer only; never changes `authentic` or `state`. An unusable entry rejects with a
   * `BadgeError` (`invalid-option`): a configuration mistake, not a verification result.
   */
  trustedIssuers?: readonly string[];
}

export type { VerificationReport } from '../types.js';

const byFetch = new WeakMap<typeof globalThis.fetch, Fetcher>();
let defaultFetcher: Fetcher | undefined;

function fetcherFor(options: VerifyOptions): Fetcher {
  if (options.fetcher !== undefined) return options.fetcher;
  if (options.fetch !== undefined) {
    let f = byFetch.get(options.fetch);
    if (f === undefined) {
      f = createFetcher({ fetch: options.fetch });
      byFetch.set(options.fetch, f);
    }
    return f;
  }
  defaultFetcher ??= createFetcher();
  return defaultFetcher;
}

/** Runs the pipeline for one input with one context. Never throws. */
async function run(input: unknown, ctx: VerifyContext): Promise<VerificationReport> {
  const b = new ReportBuilder();
  try {
    const read = await readInput(b, input, ctx);
    switch (read.kind) {
      case 'gone':
        (ob2HostedModule.value ?? (await ob2HostedModule.load())).reportGone(b, read.url, undefined, 'ob2-hosted', read.body);
        break;
      case 'ob1':
        await (ob2HostedModule.value ?? (await ob2HostedModule.load())).verifyOb2Hosted(b, read.doc, ctx, 'ob1-hosted', read.source);
        break;
      case 'ob2':
        await (ob2HostedModule.value ?? (await ob2HostedModule.load())).verifyOb2Hosted(b, read.doc, ctx, 'ob2-hosted', read.source);
        break;
      case 'ob2-jws':
        await (ob2SignedModule.value ?? (await ob2SignedModule.load())).verifyOb2Signed(b, read.compact, ctx, read.source, read.decoded);
        break;
      case 'ob3':
        await (ob3Module.value ?? (await ob3Module.load())).verifyOb3Json(b, read.doc, ctx, read.source);
        break;
      case 'ob3-jwt':
        await (vcJwtModule.value ?? (await vcJwtModule.load())).verifyVcJwt(b, read.compact, ctx, read.source, read.decoded);
        break;
    }
  } catch (e) {
    if (!(e instanceof Halt)) {
      const code = toCode(e);
      b.fail('verify', code, errorMessage(e) ?? 'The badge could not be checked because of an unexpected error.');
    }
  }
  if (ctx.trusted !== undefined) applyTrust(b, ctx.trusted);
  return b.build(ctx.now);
}

function makeContext(base: Omit<VerifyContext, 'verifyNested'>): VerifyContext {
  return { ...base, verifyNested: (input, overrides) => run(input, makeContext({ ...base, ...overrides })) };
}

/**
 * Verifies a badge: a URL, a JSON string or object, a compact JWS/JWT, or the bytes of a baked PNG/SVG.
 * Every verification outcome is a report; it rejects only for an unusable `trustedIssuers` entry.
 */
export async function verify(input: BadgeInput, options: VerifyOptions = {}): Promise<VerificationReport> {
  const trusted = parseTrustedIssuers(options.trustedIssuers);
  const now = options.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
  let fetcher: Fetcher;
  try {
    fetcher = fetcherFor(options);
  } catch (e) {
    const b = new ReportBuilder();
    b.fail('fetch', toCode(e, 'fetch-failed'), errorMessage(e));
    return b.build(now);
  }
  const ctx = makeContext({
    fetcher,
    now,
    recipient: options.recipient,
    signal: options.signal,
    endorsementDepth: Math.max(0, Math.min(options.endorsementDepth ?? 1, 3)),
    checkStatus: true,
    trusted,
  });
  return run(input, ctx);
}
