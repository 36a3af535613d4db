/**
 * Unpadded base64url (RFC 4648 §5), strict: decoding throws `TypeError` on anything not canonical.
 * Its own module (bundlers split chunks by module): the card's path carries this, not base58.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** base64url digit values (-1: not a digit). */
const DIGITS = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) DIGITS[B64.charCodeAt(i)] = i;

function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const v = c < 128 ? DIGITS[c]! : -1;
  if (v < 0) throw new TypeError(`Invalid character at position ${i}`);
  return v;
}

/**
 * Unpadded base64url → bytes: only the 64 digits (no `=`, no whitespace), no impossible length, and
 * the unused low bits of the last digit must be zero (one encoding per byte string).
 */
export function base64urlDecode(s: string): Uint8Array {
  if (s.length % 4 === 1) throw new TypeError('Invalid base64url length');
  const out = new Uint8Array((s.length * 3) >> 2);
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    acc = (acc << 6) | digitAt(s, i);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = acc >> bits;
      acc &= (1 << bits) - 1;
    }
  }
  if (acc !== 0) throw new TypeError('Non-zero padding bits');
  return out;
}

/** Bytes → unpadded base64url. */
export function base64urlEncode(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += B64[(acc >> bits) & 63];
    }
    acc &= (1 << bits) - 1;
  }
  return bits ? out + B64[(acc << (6 - bits)) & 63] : out;
}
