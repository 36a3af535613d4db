/**
 * PNG chunk reader/writer for baked badges (DOM-free: runs in Node and in browsers).
 *
 * Baking specs:
 * - Open Badges 2.0: one `iTXt` chunk, keyword `openbadges`, compression flag 0, text = the assertion
 *   JSON, a compact JWS, or (hosted) the assertion URL. Legacy (pre-2.0) images carry the assertion
 *   URL in a `tEXt` chunk with keyword `openbadges`.
 * - Open Badges 3.0: one `iTXt` chunk, keyword `openbadgecredential`, compression flag 0, text = the
 *   credential JSON or a compact JWS (VC-JWT).
 * Both say the chunk MUST NOT appear more than once; an image that carries two badges is refused.
 */
import { BadgeError } from '../read-path.js';

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
export const OB2_KEYWORD = 'openbadges';
export const OB3_KEYWORD = 'openbadgecredential';
/** Largest chunk length the PNG spec allows (2^31 - 1). */
const MAX_CHUNK_LENGTH = 0x7fffffff;
/** Largest baked text we accept (a credential with an embedded data: image fits comfortably). */
export const MAX_BAKED_TEXT = 4 * 1024 * 1024;

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

export interface BakedText {
  /** `iTXt:openbadges`, `iTXt:openbadgecredential` or `tEXt:openbadges` (legacy URL). */
  chunk: 'iTXt' | 'tEXt';
  keyword: string;
  text: string;
}

/* ------------------------------------------------------------------ CRC-32 (ISO 3309, as PNG uses) */

let crcTable: Uint32Array | undefined;
function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 over the concatenation of `parts`. */
export function crc32(...parts: Uint8Array[]): number {
  const t = table();
  let c = 0xffffffff;
  for (const p of parts) for (let i = 0; i < p.length; i++) c = t[(c ^ p[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/* ------------------------------------------------------------------ reading */

export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < PNG_SIGNATURE.length) return false;
  for (let i = 0; i < PNG_SIGNATURE.length; i++) if (bytes[i] !== PNG_SIGNATURE[i]) return false;
  return true;
}

function damaged(reason: string): BadgeError {
  return new BadgeError('malformed', `The PNG image is damaged: ${reason}.`);
}

const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
};

/**
 * Splits a PNG into its chunks, checking the signature, every chunk's length and CRC-32,
 * that IHDR comes first and that IEND is present. Bytes after IEND are ignored.
 * Throws BadgeError 'malformed' on anything else.
 */
export function readChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new BadgeError('malformed', 'This is not a PNG image (its signature is wrong).');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let pos = PNG_SIGNATURE.length;
  for (;;) {
    if (pos + 8 > bytes.length) throw damaged('it is truncated (a chunk header is cut off)');
    const length = view.getUint32(pos);
    if (length > MAX_CHUNK_LENGTH) throw damaged(`a chunk claims an impossible length (${length} bytes)`);
    const typeBytes = bytes.subarray(pos + 4, pos + 8);
    for (const b of typeBytes) {
      const letter = (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
      if (!letter) throw damaged('a chunk has an invalid type name');
    }
    const type = latin1(typeBytes);
    const end = pos + 8 + length + 4;
    if (end > bytes.length) throw damaged(`it is truncated (the ${type} chunk is cut off)`);
    const data = bytes.subarray(pos + 8, pos + 8 + length);
    const stored = view.getUint32(pos + 8 + length);
    if (crc32(typeBytes, data) !== stored) throw damaged(`the ${type} chunk fails its CRC-32 check`);
    if (chunks.length === 0 && (type !== 'IHDR' || length !== 13)) throw damaged('it does not start with an IHDR chunk');
    chunks.push({ type, data });
    pos = end;
    if (type === 'IEND') return chunks;
  }
}

function nul(data: Uint8Array, from: number): number {
  const i = data.indexOf(0, from);
  return i;
}

/** Keyword of a tEXt/iTXt/zTXt chunk (1–79 Latin-1 bytes before a NUL), or undefined. */
export function chunkKeyword(chunk: PngChunk): string | undefined {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt' && chunk.type !== 'zTXt') return undefined;
  const end = nul(chunk.data, 0);
  if (end < 1 || end > 79) return undefined;
  return latin1(chunk.data.subarray(0, end));
}

const isBadgeKeyword = (k: string | undefined): boolean => k === OB2_KEYWORD || k === OB3_KEYWORD;

/** True when this chunk carries (or tries to carry) baked badge data. */
export function isBadgeChunk(chunk: PngChunk): boolean {
  return isBadgeKeyword(chunkKeyword(chunk));
}

function decodeBadgeChunk(chunk: PngChunk, keyword: string): BakedText {
  const d = chunk.data;
  const afterKeyword = keyword.length + 1;
  if (d.length - afterKeyword > MAX_BAKED_TEXT + 1024) {
    throw new BadgeError('malformed', `The baked badge data is too large (over ${MAX_BAKED_TEXT} bytes).`);
  }
  if (chunk.type === 'zTXt') {
    throw new BadgeError('malformed', `The image carries its "${keyword}" data compressed (zTXt); the baking specification forbids compression.`);
  }
  if (chunk.type === 'tEXt') {
    if (keyword !== OB2_KEYWORD) throw new BadgeError('malformed', `A tEXt chunk "${keyword}" is not a baking format (use iTXt).`);
    return { chunk: 'tEXt', keyword, text: latin1(d.subarray(afterKeyword)).trim() };
  }
  // iTXt: keyword NUL compressionFlag compressionMethod languageTag NUL translatedKeyword NUL text
  if (d.length < afterKeyword + 2) throw new BadgeError('malformed', 'The baked iTXt chunk is cut short.');
  const flag = d[afterKeyword]!;
  const method = d[afterKeyword + 1]!;
  if (flag !== 0) {
    throw new BadgeError('malformed', `The image carries its "${keyword}" data compressed; the baking specification forbids compression (flag 0 only).`);
  }
  if (method !== 0) throw new BadgeError('malformed', 'The baked iTXt chunk names an unknown compression method.');
  const langEnd = nul(d, afterKeyword + 2);
  const transEnd = langEnd < 0 ? -1 : nul(d, langEnd + 1);
  if (transEnd < 0) throw new BadgeError('malformed', 'The baked iTXt chunk is cut short (missing separators).');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(d.subarray(transEnd + 1));
  } catch (cause) {
    throw new BadgeError('malformed', 'The baked badge text is not valid UTF-8.', { cause });
  }
  return { chunk: 'iTXt', keyword, text: text.replace(/^\uFEFF/, '').trim() };
}

/**
 * The baked badge text of a PNG: undefined when it is not a PNG or carries no badge.
 * Throws BadgeError 'malformed' for a damaged PNG, compressed or non-UTF-8 badge data,
 * or more than one badge chunk.
 */
export function readBakedPng(bytes: Uint8Array): BakedText | undefined {
  if (!isPng(bytes)) return undefined;
  const found: BakedText[] = [];
  for (const chunk of readChunks(bytes)) {
    const keyword = chunkKeyword(chunk);
    if (!isBadgeKeyword(keyword)) continue;
    found.push(decodeBadgeChunk(chunk, keyword!));
  }
  if (found.length > 1) {
    const what = found.map((f) => `${f.chunk} "${f.keyword}"`).join(', ');
    throw new BadgeError('malformed', `The image carries more than one badge (${what}); a baked image must carry exactly one.`);
  }
  const one = found[0];
  if (one && one.text === '') throw new BadgeError('malformed', 'The baked badge chunk is empty.');
  return one;
}

/* ------------------------------------------------------------------ writing */

const encoder = new TextEncoder();

/** Serializes chunks into a PNG (signature + length/type/data/CRC per chunk). */
export function writeChunks(chunks: PngChunk[]): Uint8Array {
  const size = PNG_SIGNATURE.length + chunks.reduce((n, c) => n + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(PNG_SIGNATURE, 0);
  let pos = PNG_SIGNATURE.length;
  for (const c of chunks) {
    if (!/^[A-Za-z]{4}$/.test(c.type)) throw new BadgeError('malformed', `Invalid PNG chunk type "${c.type}".`);
    const typeBytes = encoder.encode(c.type);
    view.setUint32(pos, c.data.length);
    out.set(typeBytes, pos + 4);
    out.set(c.data, pos + 8);
    view.setUint32(pos + 8 + c.data.length, crc32(typeBytes, c.data));
    pos += 12 + c.data.length;
  }
  return out;
}

/** An uncompressed iTXt chunk with empty language tag and translated keyword. */
export function itxtChunk(keyword: string, text: string): PngChunk {
  const k = encoder.encode(keyword);
  const t = encoder.encode(text);
  const data = new Uint8Array(k.length + 5 + t.length);
  data.set(k, 0);
  // k.length: NUL, +1 compression flag 0, +2 method 0, +3 empty language NUL, +4 empty translated NUL
  data.set(t, k.length + 5);
  return { type: 'iTXt', data };
}

/**
 * Bakes `value` into a PNG as one iTXt chunk (`openbadgecredential` when `ob3`, else `openbadges`),
 * placed right after IHDR so a reader can stop early. Any badge chunk already present (either
 * keyword, iTXt/tEXt/zTXt) is replaced: the result carries exactly one badge.
 */
export function bakePngChunks(png: Uint8Array, value: string, ob3: boolean): Uint8Array {
  const text = value.trim();
  if (!text) throw new BadgeError('malformed', 'Nothing to bake: the badge value is empty.');
  if (encoder.encode(text).length > MAX_BAKED_TEXT) throw new BadgeError('malformed', `The badge value is too large to bake (over ${MAX_BAKED_TEXT} bytes).`);
  const chunks = readChunks(png).filter((c) => !isBadgeChunk(c));
  chunks.splice(1, 0, itxtChunk(ob3 ? OB3_KEYWORD : OB2_KEYWORD, text));
  return writeChunks(chunks);
}
