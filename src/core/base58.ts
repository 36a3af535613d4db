/** base58btc (multibase `z…` keys and proof values), strict: decoding throws `TypeError` on anything not canonical. */
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** base58 digit values (-1: not a digit). */
const DIGITS = new Int8Array(128).fill(-1);
for (let i = 0; i < 58; i++) DIGITS[B58.charCodeAt(i)] = i;

function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const v = c < 128 ? DIGITS[c]! : -1;
  if (v < 0) throw new TypeError(`Invalid character at position ${i}`);
  return v;
}

/** base58btc (Bitcoin alphabet) → bytes; each leading `1` is a zero byte. Keys and signatures are short: at most 1,000 characters. */
export function base58Decode(s: string): Uint8Array {
  if (s.length > 1000) throw new TypeError('base58 value too long');
  const le: number[] = []; // the number, little-endian base 256
  for (let i = 0; i < s.length; i++) {
    let carry = digitAt(s, i);
    for (let k = 0; k < le.length; k++) {
      carry += le[k]! * 58;
      le[k] = carry & 0xff;
      carry >>= 8;
    }
    while (carry) {
      le.push(carry & 0xff);
      carry >>= 8;
    }
  }
  let zeros = 0;
  while (zeros < s.length && s[zeros] === '1') zeros++;
  const out = new Uint8Array(zeros + le.length);
  for (let k = 0; k < le.length; k++) out[out.length - 1 - k] = le[k]!;
  return out;
}
