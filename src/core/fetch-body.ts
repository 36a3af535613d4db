/**
 * Reading a response body under a byte cap, while streaming (the cap holds even when
 * `Content-Length` is missing or lies). DOM-free.
 */
import { BadgeError } from './errors.js';
import { concatBytes } from './bytes.js';

export function tooLarge(url: string, maxBytes: number): BadgeError {
  return new BadgeError('fetch-too-large', `The document at ${hostOf(url)} is larger than the ${formatBytes(maxBytes)} limit.`, { url });
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}

/** Cancels a body we will not read, ignoring errors (a locked or already-closed stream). */
export function discardBody(response: Response): void {
  try {
    if (response.body && !response.body.locked) void response.body.cancel().catch(() => undefined);
  } catch {
    // nothing to do
  }
}

/**
 * Reads the whole body, failing with `fetch-too-large` as soon as more than `maxBytes` arrived
 * (the stream is cancelled, so the rest is never downloaded).
 */
export async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = response.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    discardBody(response);
    throw tooLarge(url, maxBytes);
  }
  const body = response.body;
  if (!body) {
    // some custom fetch implementations give no stream
    const buf = new Uint8Array(await response.arrayBuffer());
    if (buf.byteLength > maxBytes) throw tooLarge(url, maxBytes);
    return buf;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) continue;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(url, maxBytes);
      }
      chunks.push(value);
    }
  } finally {
    try {
      reader.releaseLock();
    } catch {
      // a pending read after cancel: fine
    }
  }
  return concatBytes(chunks, total);
}
