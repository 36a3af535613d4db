/** Turning what a person drops or pastes into a verify() input; small async helpers. */
import type { BadgeInput, VerificationReport } from '../../core/types.js';
import { verify as en } from '../shared/i18n/en-verify.js';
import { verifyStrings } from '../shared/i18n/verify.js';

/** Why a dropped or pasted input cannot be used; `key` names its sentence in the catalogue (`verify.inputErrors`). */
export class InputError extends Error {
  constructor(readonly key: keyof typeof en.inputErrors) {
    super(en.inputErrors[key]);
  }
}

const MAX_FILE = 5 * 1024 * 1024;
const TEXT_FILE = /\.(json|jsonld|jwt|jws|txt)$/i;

/** Pasted text: JSON text, a compact JWS/JWT or a URL. The core decides what it is. */
export function readPastedText(text: string): BadgeInput {
  const t = text.trim();
  if (!t) throw new InputError('empty');
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      JSON.parse(t);
    } catch {
      throw new InputError('badJson');
    }
  }
  return t;
}

/** A dropped or chosen file: a baked PNG/SVG as bytes, a JSON/JWT file as text. */
export async function readDroppedFile(file: File): Promise<BadgeInput> {
  if (file.size > MAX_FILE) throw new InputError('tooLarge');
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

/** A report for a verification that was cancelled or failed unexpectedly (verify() itself never throws), in the element's language. */
export function failureReport(error: unknown, lang?: string): VerificationReport {
  const t = verifyStrings(lang);
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
        message: aborted ? t.failureCancelled : t.failureStopped(String((error as Error)?.message ?? error)),
      },
    ],
    checkedAt: new Date().toISOString(),
  };
}
