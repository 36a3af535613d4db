/** Reads what `badge-verify` was given: a URL, a file, or standard input (Node only). */
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { isPng, isSvg, unbake } from '../core/baked/index.js';
import { isBadgeError } from '../core/errors.js';
import type { BadgeInput } from '../core/types.js';
import { concatBytes } from '../core/bytes.js';

/** Largest file or standard input read (a baked image with an embedded credential fits easily). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

export interface ReadInput {
  input: BadgeInput;
  /** A short description for the checklist, e.g. `baked PNG (Open Badges 3.0) from badge.png`. */
  description: string;
}

export class InputError extends Error {
  override readonly name = 'InputError';
}

const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

async function readStream(stream: Readable): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    size += b.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`Standard input is larger than ${MAX_INPUT_BYTES} bytes.`);
    parts.push(b);
  }
  return concatBytes(parts, size);
}

function describeBytes(bytes: Uint8Array, where: string): ReadInput {
  if (isPng(bytes) || isSvg(bytes)) {
    const kind = isPng(bytes) ? 'PNG' : 'SVG';
    let what = `baked ${kind}`;
    try {
      const u = unbake(bytes);
      if (!u) what = `${kind} image (no badge baked in)`;
      else what = `baked ${kind} (${u.ob3 ? 'Open Badges 3.0' : u.legacy ? 'legacy Open Badges URL' : 'Open Badges 2.0'})`;
    } catch (e) {
      // the verifier reports why (its "baked" check); keep this line short
      what = `${kind} image (${isBadgeError(e) ? 'its badge data cannot be read' : 'unreadable'})`;
    }
    // verify() unbakes the bytes itself (the contract accepts baked PNG/SVG bytes)
    return { input: bytes, description: `${what} from ${where}` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '').trim();
  } catch {
    // neither an image nor text: let the verifier say what it is (unknown-format)
    return { input: bytes, description: `binary data from ${where}` };
  }
  const kind = text.startsWith('{') ? 'JSON' : JWS.test(text) ? 'compact JWS/JWT' : /^https?:\/\//i.test(text) ? 'URL' : 'text';
  return { input: text, description: `${kind} from ${where}` };
}

/**
 * Turns the command-line argument into a verify() input. Throws InputError when the file cannot
 * be read (a usage problem, exit status 2).
 */
export async function readInput(arg: string, stdin: Readable): Promise<ReadInput> {
  if (arg === '-') return describeBytes(await readStream(stdin), 'standard input');
  if (/^https?:\/\//i.test(arg)) return { input: arg, description: `URL ${arg}` };
  let size: number;
  try {
    const s = await stat(arg);
    if (!s.isFile()) throw new InputError(`"${arg}" is not a file.`);
    size = s.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    // not a file: accept a pasted compact JWS/JWT or JSON given inline
    const t = arg.trim();
    if (JWS.test(t) || t.startsWith('{')) return describeBytes(new TextEncoder().encode(t), 'the command line');
    if (/^[a-z][a-z0-9+.-]*:/i.test(t)) throw new InputError(`Only https: (or http://localhost) URLs can be fetched, not "${t.split(':')[0]}:".`);
    throw new InputError(`Cannot read "${arg}": no such file.`);
  }
  if (size > MAX_INPUT_BYTES) throw new InputError(`"${arg}" is larger than ${MAX_INPUT_BYTES} bytes.`);
  const bytes = new Uint8Array(await readFile(arg));
  return describeBytes(bytes, arg);
}
