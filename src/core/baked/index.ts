/**
 * Baked badge images: read (`unbake`) and write (`bakePng`, `bakeSvg`, `bake`) the Open Badges
 * data embedded in PNG and SVG images, per the Open Badges 2.0 Baking Specification and the
 * Open Badges 3.0 specification's baking section. DOM-free; runs in Node and in browsers.
 *
 * Baked data only points to the truth: the verifier re-fetches hosted assertions from their id
 * and checks proofs; nothing read here is trusted by itself.
 */
import { BadgeError } from '../read-path.js';
import { bakePngChunks, isPng, readBakedPng } from './png.js';
import { bakeSvgText, readBakedSvg } from './svg.js';

export { isPng, crc32, readChunks, writeChunks, OB2_KEYWORD, OB3_KEYWORD } from './png.js';
export { OB2_SVG_NS, OB3_SVG_NS, scanSvg } from './svg.js';

export interface Unbaked {
  kind: 'png' | 'svg';
  /** The embedded JSON text, compact JWS/JWT, or URL (trimmed). */
  value: string;
  /**
   * True when it was baked the Open Badges 3.0 way (`openbadgecredential` iTXt, `<openbadges:credential>`).
   * Informative only: the value's own format decides how it is read.
   */
  ob3: boolean;
  /** True for a legacy (pre-2.0) `tEXt` chunk, which carries an assertion URL. */
  legacy?: boolean;
}

export interface BakeOptions {
  /** Bake the Open Badges 3.0 way (`openbadgecredential` / `<openbadges:credential>`); default false (OB 2.0). */
  ob3: boolean;
}

const toBytes = (input: Uint8Array | ArrayBuffer): Uint8Array => (input instanceof Uint8Array ? input : new Uint8Array(input));

/** How many leading bytes `isSvg` looks at for the root element. */
const SNIFF = 4096;

/**
 * True when the bytes or text look like an SVG document: after an optional BOM, whitespace,
 * XML declaration, comments and DOCTYPE, the first element is `<svg` (any prefix).
 */
export function isSvg(input: Uint8Array | ArrayBuffer | string): boolean {
  let head: string;
  if (typeof input === 'string') head = input.slice(0, SNIFF);
  else {
    const bytes = toBytes(input);
    if (isPng(bytes)) return false;
    head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF));
  }
  let s = head.replace(/^\uFEFF/, '');
  for (let guard = 0; guard < 64; guard++) {
    s = s.replace(/^\s+/, '');
    if (s.startsWith('<?')) {
      const e = s.indexOf('?>');
      if (e < 0) return false;
      s = s.slice(e + 2);
    } else if (s.startsWith('<!--')) {
      const e = s.indexOf('-->');
      if (e < 0) return false;
      s = s.slice(e + 3);
    } else if (/^<!DOCTYPE/i.test(s)) {
      // a DOCTYPE with an internal subset: skip to "]>" or the first ">"
      const bracket = s.indexOf('[');
      const gt = s.indexOf('>');
      if (gt < 0) return false;
      if (bracket >= 0 && bracket < gt) {
        const e = s.indexOf(']>', bracket);
        if (e < 0) return false;
        s = s.slice(e + 2);
      } else s = s.slice(gt + 1);
    } else break;
  }
  return /^<([A-Za-z_][\w.-]*:)?svg[\s/>]/.test(s);
}

function decodeSvg(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (cause) {
    throw new BadgeError('malformed', 'The SVG image is not valid UTF-8.', { cause });
  }
}

/**
 * Reads the badge baked into a PNG or SVG image (detected by content, not by name).
 * Returns undefined for bytes that are neither, or an image that carries no badge.
 * Throws BadgeError 'malformed' for a damaged image, compressed baked data, duplicated or
 * contradictory badge chunks/elements.
 */
export function unbake(input: Uint8Array | ArrayBuffer | string): Unbaked | undefined {
  if (typeof input === 'string') {
    if (!isSvg(input)) return undefined;
    const r = readBakedSvg(input.replace(/^\uFEFF/, ''));
    return r && { kind: 'svg', value: r.value, ob3: r.ob3 };
  }
  const bytes = toBytes(input);
  if (isPng(bytes)) {
    const r = readBakedPng(bytes);
    if (!r) return undefined;
    const out: Unbaked = { kind: 'png', value: r.text, ob3: r.keyword === 'openbadgecredential' };
    if (r.chunk === 'tEXt') out.legacy = true;
    return out;
  }
  if (isSvg(bytes)) {
    const r = readBakedSvg(decodeSvg(bytes));
    return r && { kind: 'svg', value: r.value, ob3: r.ob3 };
  }
  return undefined;
}

/**
 * Bakes `value` (credential JSON, compact JWS/JWT, or a hosted assertion URL) into a PNG.
 * Throws BadgeError 'malformed' when `png` is not a sound PNG.
 */
export function bakePng(png: Uint8Array | ArrayBuffer, value: string, options: BakeOptions): Uint8Array {
  return bakePngChunks(toBytes(png), value, options.ob3);
}

/** Bakes `value` into SVG text. Throws BadgeError 'malformed' when `svg` is not a sound SVG. */
export function bakeSvg(svg: string, value: string, options: BakeOptions): string {
  if (!isSvg(svg)) throw new BadgeError('malformed', 'This is not an SVG image.');
  return bakeSvgText(svg.replace(/^\uFEFF/, ''), value, options.ob3);
}

/** Bakes into PNG or SVG bytes, detected by content (for "download baked badge"). */
export function bake(image: Uint8Array | ArrayBuffer, value: string, options: BakeOptions): { kind: 'png' | 'svg'; bytes: Uint8Array; mediaType: string } {
  const bytes = toBytes(image);
  if (isPng(bytes)) return { kind: 'png', bytes: bakePng(bytes, value, options), mediaType: 'image/png' };
  if (isSvg(bytes)) {
    const text = bakeSvg(decodeSvg(bytes), value, options);
    return { kind: 'svg', bytes: new TextEncoder().encode(text), mediaType: 'image/svg+xml' };
  }
  throw new BadgeError('malformed', 'Only PNG and SVG images can be baked.');
}
