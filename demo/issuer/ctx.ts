/** The build context shared by the sample issuer's builders: origin, URL helpers, the file map and the catalog. */
import { createHash } from 'node:crypto';
import type { CatalogEntry, ServedFile } from './types.js';
import { FAILURE_STATE } from './types.js';
import type { VerificationCode } from '../../src/core/types.js';
import type { Learner } from './data.js';

export const CORS = { 'Access-Control-Allow-Origin': '*' };
export const LD_JSON = 'application/ld+json';

export class BuildCtx {
  readonly files = new Map<string, ServedFile>();
  readonly catalog: CatalogEntry[] = [];
  readonly host: string;
  constructor(readonly origin: string) {
    this.host = new URL(origin).host;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  /** The same server under its other loopback name (localhost ↔ 127.0.0.1), for cross-origin cases. */
  altOrigin(): string | undefined {
    const u = new URL(this.origin);
    if (u.hostname === 'localhost') u.hostname = '127.0.0.1';
    else if (u.hostname === '127.0.0.1') u.hostname = 'localhost';
    else return undefined;
    return u.origin;
  }

  json(path: string, doc: unknown, opts: Partial<ServedFile> = {}): string {
    this.files.set(path, { contentType: LD_JSON, ...opts, body: JSON.stringify(doc, null, 2), headers: { ...CORS, ...opts.headers } });
    return this.url(path);
  }

  text(path: string, body: string | Uint8Array, contentType: string, opts: Partial<ServedFile> = {}): string {
    this.files.set(path, { ...opts, contentType, body, headers: { ...CORS, ...opts.headers } });
    return this.url(path);
  }

  add(e: Omit<CatalogEntry, 'url'> & { url?: string }): void {
    if (this.catalog.some((x) => x.key === e.key)) throw new Error(`duplicate catalog key ${e.key}`);
    this.catalog.push({ ...e, url: e.url ?? this.url(e.path) });
  }
}

export type OkState = 'valid' | 'expired' | 'not-yet-valid' | 'revoked' | 'suspended' | 'status-unknown';
export const ok = (state: OkState = 'valid') =>
  ({ authentic: true, state }) as const;
export const fail = (code: VerificationCode) => ({ authentic: false, state: FAILURE_STATE[code], code });

export function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

export function identityHash(l: Learner): string {
  return `sha256$${sha256Hex(l.email + l.salt)}`;
}

/** A deterministic UUID (v4 layout) from a seed, so ids are stable across builds. */
export function uuidFrom(seed: string): string {
  const h = sha256Hex(`odg-uuid:${seed}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const secs = (iso: string) => Math.floor(Date.parse(iso) / 1000);
