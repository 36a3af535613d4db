/**
 * `loadBadge`: any input (URL, JSON text or object, compact JWS/JWT, baked PNG/SVG bytes) → one Badge.
 * Reading only: nothing here says the badge is authentic (that is `verify`).
 */
import { getDefaultClient } from './client.js';
import { BadgeError } from './errors.js';
import { type Fetcher, createFetcher, parseJsonText, statusError } from './fetch.js';
import { credentialFromJwtPayload, normalizeOb3 } from './formats/ob3.js';
import { normalizeOb2, resolveOb2 } from './formats/ob2.js';
import { detectFormat } from './formats/detect.js';
import { decodeJws, isCompactJws } from './formats/jws.js';
import { compact, isObj, own, text } from './formats/fields.js';
import type { Badge, BadgeInput } from './types.js';

export interface LoadOptions {
  /** The fetcher to use (shares its cache). Default: the default client's. */
  fetcher?: Fetcher;
  /** A custom fetch (a fetcher is made for it) when no `fetcher` is given. */
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** Include the recipient's plaintext identity, when the badge has one (default false). */
  revealRecipient?: boolean;
}

interface Ctx {
  fetcher: Fetcher;
  signal?: AbortSignal;
  reveal: boolean;
  depth: number;
}

/** URL → baked image → URL…: how many hops are followed. */
const MAX_DEPTH = 3;

const unknownFormat = (): BadgeError =>
  new BadgeError('unknown-format', 'This does not look like an Open Badge: expected an Open Badges 2.0 assertion or an Open Badges 3.0 credential.');

function checkAborted(ctx: Ctx): void {
  if (ctx.signal?.aborted) throw new BadgeError('aborted', 'Loading the badge was cancelled.');
}

/** A revoked OB 2.0 hosted assertion that no longer says which badge it was (`{ id, revoked, revocationReason }`). */
function revokedError(doc: unknown, url: string | undefined, gone: boolean): BadgeError {
  const reason = text(own(doc, 'revocationReason'), 500);
  return new BadgeError('fetch-failed', `The issuer has revoked this badge${gone ? ' (410 Gone)' : ''}${reason ? `: ${reason}` : '.'}`, { url, status: gone ? 410 : undefined });
}

async function readDocument(doc: unknown, source: string | undefined, ctx: Ctx): Promise<Badge> {
  const format = detectFormat(doc);
  if (!isObj(doc)) throw unknownFormat();
  if ((own(doc, 'revoked') === true) && own(doc, 'badge') === undefined && format === 'ob2') throw revokedError(doc, source, false);
  const meta = { source, document: doc, revealRecipient: ctx.reveal };
  if (format === 'ob3') return normalizeOb3(doc, { ...meta, format: 'ob3-json' });
  if (format === 'ob1' || format === 'ob2') {
    const parts = await resolveOb2(doc, { fetcher: ctx.fetcher, signal: ctx.signal, source });
    return normalizeOb2(parts, { ...meta, format: format === 'ob1' ? 'ob1-hosted' : 'ob2-hosted' });
  }
  throw unknownFormat();
}

async function readJws(compactJws: string, source: string | undefined, ctx: Ctx): Promise<Badge> {
  const { payload } = decodeJws(compactJws);
  const meta = { source, document: compactJws, revealRecipient: ctx.reveal };
  const format = detectFormat(payload);
  if (format === 'ob3' || isObj(own(payload, 'vc'))) {
    return normalizeOb3(credentialFromJwtPayload(payload), { ...meta, format: 'ob3-jwt' });
  }
  if ((format === 'ob1' || format === 'ob2') && isObj(payload)) {
    const parts = await resolveOb2(payload, { fetcher: ctx.fetcher, signal: ctx.signal, source });
    return normalizeOb2(parts, { ...meta, format: 'ob2-signed' });
  }
  throw unknownFormat();
}

async function readBytes(bytes: Uint8Array | string, ctx: Ctx): Promise<Badge> {
  const { unbake } = await import('./baked/index.js');
  const baked = unbake(bytes);
  if (!baked) throw new BadgeError('unknown-format', 'This image has no badge baked into it.');
  return readInput(baked.value, { ...ctx, depth: ctx.depth + 1 });
}

async function readUrl(url: string, ctx: Ctx): Promise<Badge> {
  const r = await ctx.fetcher.get(url, { signal: ctx.signal });
  checkAborted(ctx);
  if (r.status === 410) {
    // OB 2.0 hosted: 410 Gone = revoked. Show what the body still says, if it is a readable assertion.
    let doc: unknown;
    try {
      doc = parseJsonText(r.text(), r.url);
    } catch {
      doc = undefined;
    }
    if (isObj(doc) && own(doc, 'badge') !== undefined && (detectFormat(doc) === 'ob2' || detectFormat(doc) === 'ob1')) {
      const badge = await readDocument(doc, r.url, ctx);
      return { ...badge, revoked: compact({ reason: text(own(doc, 'revocationReason')) }) };
    }
    throw revokedError(doc, r.url, true);
  }
  if (!r.ok) throw statusError(r.url, r.status);
  const body = r.text().replace(/^\uFEFF/, '').trim();
  // a baked image (PNG signature, an image type, or markup): the baked reader is loaded only then
  if (r.bytes[0] === 0x89 || /^image\//i.test(r.contentType) || body.startsWith('<')) return readBytes(r.bytes, { ...ctx, depth: ctx.depth + 1 });
  if (isCompactJws(body)) return readJws(body, r.url, ctx);
  return readDocument(parseJsonText(body, r.url), r.url, ctx);
}

async function readInput(input: BadgeInput, ctx: Ctx): Promise<Badge> {
  checkAborted(ctx);
  if (ctx.depth > MAX_DEPTH) throw new BadgeError('malformed', 'The badge points to another badge too many times.');
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    return readBytes(input instanceof Uint8Array ? input : new Uint8Array(input), ctx);
  }
  if (typeof input === 'string') {
    const s = input.trim();
    if (s.startsWith('{')) return readDocument(parseJsonText(s), undefined, ctx);
    if (s.startsWith('<')) return readBytes(s, ctx);
    if (isCompactJws(s)) return readJws(s, undefined, ctx);
    if (detectFormat(s) === 'url') return readUrl(s, { ...ctx, depth: ctx.depth + 1 });
    throw unknownFormat();
  }
  if (isObj(input)) return readDocument(input, undefined, ctx);
  throw unknownFormat();
}

/**
 * Reads a badge from a URL, JSON text or object, compact JWS/JWT, or the bytes of a baked PNG/SVG,
 * following linked documents (BadgeClass, issuer) through the shared fetcher. Throws BadgeError.
 */
export async function loadBadge(input: BadgeInput, options: LoadOptions = {}): Promise<Badge> {
  const fetcher = options.fetcher ?? (options.fetch ? createFetcher({ fetch: options.fetch }) : getDefaultClient().fetcher);
  return readInput(input, { fetcher, signal: options.signal, reveal: options.revealRecipient === true, depth: 0 });
}
