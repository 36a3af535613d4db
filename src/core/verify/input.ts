/**
 * Reads what `verify()` was given: a URL (fetched), a JSON string or object, a compact JWS/JWT, or the
 * bytes of a baked PNG/SVG (unbaked with src/core/baked, loaded lazily). Baked data only points to the
 * truth: a hosted assertion found in an image is re-fetched from its id by the hosted flow.
 */
import { decodeJws, detectFormat, isCompactJws, isCredential, type DecodedJws } from '../read-path.js';
import { isObject, type Json, type VerifyContext } from './context.js';
import { type ReportBuilder, step } from './pipeline.js';
import { lazy } from '../lazy.js';

const bakedModule = lazy(() => import('../baked/index.js'));

export type ReadInput =
  | { kind: 'ob1' | 'ob2' | 'ob3'; doc: Json; source?: string }
  | { kind: 'ob2-jws' | 'ob3-jwt'; compact: string; decoded: DecodedJws; source?: string }
  | { kind: 'gone'; url: string; body: string };

const MAX_TEXT = 4 * 1024 * 1024;

function readObject(b: ReportBuilder, doc: unknown, source?: string): ReadInput {
  if (!isObject(doc)) return b.halt('format', 'unknown-format', 'This is not a badge: a badge is a JSON object.');
  const f = detectFormat(doc);
  if (f === 'ob1' || f === 'ob2' || f === 'ob3') return { kind: f, doc, source };
  return b.halt('format', 'unknown-format', 'This JSON is not an Open Badge or a verifiable credential this verifier recognises.');
}

function readCompact(b: ReportBuilder, s: string, source?: string): ReadInput {
  let decoded: DecodedJws;
  try {
    decoded = decodeJws(s);
  } catch {
    return b.halt('format', 'malformed', 'This looks like a signed token but cannot be decoded.');
  }
  const p = decoded.payload;
  if (isObject(p) && (isCredential(p.vc) || isCredential(p))) return { kind: 'ob3-jwt', compact: s.trim(), decoded, source };
  const f = detectFormat(p);
  if (f === 'ob1' || f === 'ob2') return { kind: 'ob2-jws', compact: s.trim(), decoded, source };
  return b.halt('format', 'unknown-format', 'This signed token does not carry an Open Badge or a verifiable credential.');
}

async function readUrl(b: ReportBuilder, url: string, ctx: VerifyContext): Promise<ReadInput> {
  const res = await step(b, 'fetch', () => ctx.fetcher.get(url, { signal: ctx.signal, accept: 'application/ld+json, application/json, application/vc+jwt, text/plain' }));
  if (res.status === 410) return { kind: 'gone', url, body: res.text() };
  if (!res.ok) return b.halt('fetch', 'fetch-failed', `The badge could not be loaded (HTTP ${res.status}).`, { url, status: res.status });
  const text = res.text().trim();
  if (text.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return b.halt('format', 'malformed', 'The document at this address is not valid JSON.', { url });
    }
    return readObject(b, doc, url);
  }
  if (isCompactJws(text)) return readCompact(b, text, url);
  return b.halt('format', 'unknown-format', 'The document at this address is not a badge.', { url });
}

async function unbakeInput(b: ReportBuilder, input: Uint8Array | ArrayBuffer | string): Promise<string | undefined> {
  const found = await step(b, 'baked', async () => {
    const { unbake } = bakedModule.value ?? (await bakedModule.load());
    return unbake(input);
  });
  if (found === undefined) return undefined;
  b.pass('baked', `The badge was read from the ${found.kind.toUpperCase()} image it is baked into.`, { image: found.kind });
  return found.value;
}

async function readString(b: ReportBuilder, input: string, ctx: VerifyContext, depth: number): Promise<ReadInput> {
  const s = input.replace(/^\uFEFF/, '').trim();
  if (s.length > MAX_TEXT) return b.halt('format', 'malformed', 'This input is too large to be a badge.');
  if (s.startsWith('{') || s.startsWith('[')) {
    let doc: unknown;
    try {
      doc = JSON.parse(s);
    } catch {
      return b.halt('format', 'malformed', 'This is not valid JSON.');
    }
    return readObject(b, doc);
  }
  if (s.startsWith('<') && depth === 0) {
    const value = await unbakeInput(b, s);
    if (value === undefined) return b.halt('format', 'unknown-format', 'This SVG image carries no badge.');
    return readString(b, value, ctx, depth + 1);
  }
  if (isCompactJws(s)) return readCompact(b, s, undefined);
  if (detectFormat(s) === 'url') return readUrl(b, s, ctx);
  return b.halt('format', 'unknown-format', 'This is not a badge: expected a URL, JSON, a signed token or a baked image.');
}

export async function readInput(b: ReportBuilder, input: unknown, ctx: VerifyContext): Promise<ReadInput> {
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    const value = await unbakeInput(b, input);
    if (value !== undefined) return readString(b, value, ctx, 1);
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, MAX_TEXT));
    } catch {
      text = undefined;
    }
    if (text !== undefined && /^\s*(\{|[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.)/.test(text)) return readString(b, text, ctx, 1);
    return b.halt('format', 'unknown-format', 'These bytes are neither a baked PNG/SVG badge nor a badge document (JSON or JWS).');
  }
  if (typeof input === 'string') return readString(b, input, ctx, 0);
  return readObject(b, input);
}
