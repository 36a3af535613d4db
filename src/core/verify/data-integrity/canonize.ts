/**
 * RDF Dataset Canonicalization (RDFC-1.0) with the maintained `jsonld` library
 * in safe mode, over the bundled contexts only. jsonld keeps processed contexts
 * in a module-level LRU shared by every call, so each bundled context is parsed
 * once per page (or process); the loader itself answers synchronously from memory.
 */
import jsonld, { type DocumentLoader } from 'jsonld';
import { VerifyError, isVerifyError } from '../verify-error.js';
import { PROCESSING_MODE, useFastContexts } from './fast-context.js';

interface JsonLdErrorLike {
  name?: string;
  message?: string;
  details?: { cause?: unknown; event?: { code?: string; message?: string; details?: Record<string, unknown> } };
  cause?: unknown;
}

/** Finds a VerifyError thrown by our document loader inside jsonld's wrapped errors. */
function findVerifyError(e: unknown, depth = 0): VerifyError | undefined {
  if (isVerifyError(e)) return e;
  if (depth > 5 || typeof e !== 'object' || e === null) return undefined;
  const err = e as JsonLdErrorLike;
  return findVerifyError(err.details?.cause, depth + 1) ?? findVerifyError(err.cause, depth + 1);
}

function describeEvent(event: NonNullable<NonNullable<JsonLdErrorLike['details']>['event']>): string {
  const d = event.details ?? {};
  const what = ['property', 'type', 'term', 'id', 'vocab', 'value']
    .map((k) => (typeof d[k] === 'string' ? `${k} "${d[k] as string}"` : ''))
    .find(Boolean);
  return `${event.message ?? event.code ?? 'unsafe JSON-LD'}${what ? ` (${what})` : ''}`;
}

/** Turns anything jsonld throws into a VerifyError with a contract code. */
export function toCanonizeError(e: unknown): VerifyError {
  const found = findVerifyError(e);
  if (found) return found;
  const err = (typeof e === 'object' && e !== null ? e : {}) as JsonLdErrorLike;
  const event = err.details?.event;
  if (err.name === 'jsonld.ValidationError' || /safe mode validation error/i.test(err.message ?? '')) {
    return new VerifyError(
      'data-loss',
      `Some of the credential's data is not defined by its JSON-LD contexts and would not be covered by the signature: ${event ? describeEvent(event) : err.message ?? ''}.`,
      { jsonldEvent: event?.code },
      e,
    );
  }
  return new VerifyError('malformed', `The credential is not valid JSON-LD: ${err.message ?? String(e)}`, { jsonldError: err.name }, e);
}

/** Canonical N-Quads of a JSON-LD document (RDFC-1.0, safe mode, bundled contexts). */
export async function canonizeRdfc(doc: Record<string, unknown>, documentLoader: DocumentLoader): Promise<string> {
  await useFastContexts();
  try {
    return await jsonld.canonize(doc, {
      processingMode: PROCESSING_MODE,
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      documentLoader,
      safe: true,
      base: null,
    });
  } catch (e) {
    throw toCanonizeError(e);
  }
}

/** Expands in safe mode only to prove every term is defined (used by the JCS suite). */
export async function checkSafeExpansion(doc: Record<string, unknown>, documentLoader: DocumentLoader): Promise<void> {
  await useFastContexts();
  try {
    await jsonld.expand(doc, { documentLoader, safe: true, base: null, processingMode: PROCESSING_MODE });
  } catch (e) {
    throw toCanonizeError(e);
  }
}
