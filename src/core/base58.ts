/** base58btc, strict (see `./encoding.ts`). */
import { digitAt, digits } from './encoding.js';

const B58_DIGITS = digits('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz');

/** base58btc (Bitcoin alphabet) → bytes; each leading `1` is a zero byte. Keys and signatures are short: at most 1,000 characters. */
export function base58Decode(s: string): Uint8Array {
  if (s.length > 1000) throw new TypeError('base58 value too long');
  const le: number[] = []; // the number, little-endian base 256
  for (let i = 0; i < s.length; i++) {
    let carry = digitAt(B58_DIGITS, s, i);
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
