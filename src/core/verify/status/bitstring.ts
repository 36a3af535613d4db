/**
 * StatusList2021 / Bitstring Status List lists: multibase base64url (or plain base64url for StatusList2021)
 * of a GZIP-compressed bitstring, inflated with `DecompressionStream` under a size cap; bits MSB first.
 */
import { base64urlDecode, concatBytes } from '../../read-path.js';
import { VerifyError } from '../verify-error.js';

/** Largest inflated list accepted (bytes): 16 MiB = 134 million entries. */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

async function gunzip(data: Uint8Array, cap: number): Promise<Uint8Array> {
  const stream = new Blob([data.slice().buffer as ArrayBuffer]).stream().pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > cap) {
      await reader.cancel();
      throw new VerifyError('fetch-too-large', 'The status list is larger than allowed once decompressed.');
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

/** Decodes an `encodedList`. Throws VerifyError `malformed` on anything unreadable. */
export async function decodeEncodedList(encoded: unknown, cap = MAX_INFLATED_BYTES): Promise<Uint8Array> {
  if (typeof encoded !== 'string' || encoded.length === 0) throw new VerifyError('malformed', 'The status list has no encoded list.');
  // Bitstring Status List: multibase `u` (base64url, no padding); StatusList2021: plain base64url of GZIP ("H4sI…").
  const b64 = (encoded.startsWith('u') ? encoded.slice(1) : encoded).replace(/=+$/, '');
  let gz: Uint8Array;
  try {
    gz = base64urlDecode(b64);
  } catch (cause) {
    throw new VerifyError('malformed', 'The status list is not valid base64url.', undefined, cause);
  }
  try {
    return await gunzip(gz, cap);
  } catch (e) {
    if (e instanceof VerifyError) throw e;
    throw new VerifyError('malformed', 'The status list is not valid GZIP data.', undefined, e);
  }
}

/** The status value at `index` (`size` bits, MSB first). Throws when out of range. */
export function statusAt(bits: Uint8Array, index: number, size = 1): number {
  if (!Number.isInteger(index) || index < 0 || !Number.isInteger(size) || size < 1 || size > 8) {
    throw new VerifyError('malformed', 'The status list index is not valid.');
  }
  const start = index * size;
  if (start + size > bits.length * 8) throw new VerifyError('malformed', 'The status list index is beyond the end of the list.');
  let v = 0;
  for (let i = start; i < start + size; i++) {
    v = (v << 1) | ((bits[i >> 3] >> (7 - (i & 7))) & 1);
  }
  return v;
}
