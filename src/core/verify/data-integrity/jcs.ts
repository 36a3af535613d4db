/**
 * JSON Canonicalization Scheme (RFC 8785) for plain JSON values: object keys
 * sorted by UTF-16 code units, no whitespace, ECMAScript number and string
 * serialization (which is what JSON.stringify does for primitives).
 */
export function jcs(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('JCS: non-finite numbers are not JSON');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : jcs(v))).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    // default sort compares UTF-16 code units, as RFC 8785 §3.2.3 requires
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${jcs(obj[k])}`).join(',')}}`;
  }
  throw new TypeError(`JCS: ${typeof value} is not JSON`);
}
