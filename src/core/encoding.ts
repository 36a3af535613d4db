/**
 * Byte encodings the reader and the verifier need, strict and small, one module each so a bundle
 * carries only what it uses (chunks split by module): unpadded base64url (`./base64url.ts`, the
 * card's path) and base58btc (`./base58.ts`, multibase `z…` keys and proof values; the engine).
 * Decoders throw `TypeError` on anything not canonical.
 */
/** Digit value table of an alphabet (-1: not a digit). */
export function digits(alphabet: string): Int8Array {
  const d = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) d[alphabet.charCodeAt(i)] = i;
  return d;
}

/** The value of the digit at `i`; throws TypeError for a character outside the alphabet. */
export const digitAt = (table: Int8Array, s: string, i: number): number => {
  const c = s.charCodeAt(i);
  const v = c < 128 ? table[c]! : -1;
  if (v < 0) throw new TypeError(`Invalid character at position ${i}`);
  return v;
};
