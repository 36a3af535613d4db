/** Tiny assertions shared by the Chromium (mocha) and Node (node:test) runs of the core cases. DOM-free. */
import { isBadgeError } from '../../src/core/errors.js';

export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? `<${x.byteLength} bytes>` : x));
  } catch {
    return String(v);
  }
}

export function ok(v: unknown, msg = 'expected a truthy value'): asserts v {
  if (!v) throw new AssertionError(`${msg} (got ${show(v)})`);
}

export function equal(actual: unknown, expected: unknown, msg = ''): void {
  if (!Object.is(actual, expected)) throw new AssertionError(`${msg ? `${msg}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

function deepEq(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEq((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function deepEqual(actual: unknown, expected: unknown, msg = ''): void {
  if (!deepEq(actual, expected)) throw new AssertionError(`${msg ? `${msg}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

/** Awaits `p` and checks it rejects with a BadgeError of `code`; returns the error. */
export async function rejectsWith(p: Promise<unknown>, code: string, msg = ''): Promise<{ code: string; message: string; status?: number; url?: string }> {
  let result: unknown;
  try {
    result = await p;
  } catch (e) {
    if (!isBadgeError(e)) throw new AssertionError(`${msg ? `${msg}: ` : ''}expected BadgeError ${code}, got ${String(e)}`);
    if (e.code !== code) throw new AssertionError(`${msg ? `${msg}: ` : ''}expected BadgeError ${code}, got ${e.code}: ${e.message}`);
    ok(e.message.length > 0, 'error has a message');
    return e;
  }
  throw new AssertionError(`${msg ? `${msg}: ` : ''}expected BadgeError ${code}, but it resolved with ${show(result).slice(0, 200)}`);
}

export interface Case {
  name: string;
  fn: () => Promise<void> | void;
}
