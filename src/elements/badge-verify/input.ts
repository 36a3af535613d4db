/** Turning what a person drops or pastes into a verify() input; small async helpers. */
import type { BadgeInput, VerificationReport } from '../../core/types.js';

const MAX_FILE = 5 * 1024 * 1024;
const TEXT_FILE = /\.(json|jsonld|jwt|jws|txt)$/i;

/** Pasted text: JSON text, a compact JWS/JWT or a URL. The core decides what it is. */
export function readPastedText(text: string): BadgeInput {
  const t = text.trim();
  if (!t) throw new Error('Paste a badge, a signed badge text or its web address first.');
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      JSON.parse(t);
    } catch {
      throw new Error('This looks like JSON but cannot be read: check that it was pasted completely.');
    }
  }
  return t;
}

/** A dropped or chosen file: a baked PNG/SVG as bytes, a JSON/JWT file as text. */
export async function readDroppedFile(file: File): Promise<BadgeInput> {
  if (file.size > MAX_FILE) throw new Error('This file is too large to be a badge (more than 5 MB).');
  if (TEXT_FILE.test(file.name) || file.type === 'application/json' || file.type.startsWith('text/')) {
    return readPastedText(await file.text());
  }
  return new Uint8Array(await file.arrayBuffer());
}

/** Settles with `p`, or rejects as soon as `signal` aborts (so the UI never waits on a stuck promise). */
export function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** A report for a verification that was cancelled or failed unexpectedly (verify() itself never throws). */
export function failureReport(error: unknown): VerificationReport {
  const aborted = (error as { name?: string } | undefined)?.name === 'AbortError';
  return {
    authentic: false,
    state: 'unverifiable',
    recipient: 'not-checked',
    checks: [
      {
        id: 'verify',
        outcome: 'unknown',
        code: aborted ? 'aborted' : 'error',
        message: aborted ? 'The verification was cancelled before it finished.' : `The verification stopped: ${String((error as Error)?.message ?? error)}`,
      },
    ],
    checkedAt: new Date().toISOString(),
  };
}
