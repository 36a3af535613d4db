/**
 * Speeds up jsonld's expansion for credentials with type-scoped contexts
 * (VC 2.0, OB 3.0, Data Integrity all use them) without changing its output.
 *
 * jsonld deep-clones the whole active context (every term definition) each time
 * it enters or leaves a type-scoped context, and `revertToPreviousContext()`
 * returns a fresh deep clone, so its per-active-context cache of processed
 * contexts (keyed by object identity) never hits on the way back. Profiling a
 * warm OB 3.0 verification: ~55% of the time in `util.clone` and the GC.
 *
 * jsonld never mutates an active context after processing it: it clones before
 * writing (`api.process`), term definitions are created fresh and never edited
 * in place, and the only lazily-set field (`inverse`, for compaction) is a pure
 * function of the mappings. So a copy-on-write clone (a new `mappings` Map and
 * `protected` object over the same definitions, the same `previousContext`) and
 * returning the previous context itself are equivalent, and make the cache hit.
 *
 * Scope: jsonld caches one initial context per `processingMode`; we patch the
 * one for an explicit `processingMode: 'json-ld-1.1'` (the default semantics),
 * which only our calls pass. Other jsonld users in the same page or process
 * keep the stock behaviour. A test compares our canonical N-Quads with stock
 * jsonld's on every vector.
 */
import jsonld from 'jsonld';

interface ActiveContext {
  mappings: Map<string, unknown>;
  protected: Record<string, unknown>;
  previousContext?: ActiveContext;
  inverse: unknown;
  clone(): ActiveContext;
  getInverse: unknown;
  revertToPreviousContext(): ActiveContext;
  '@base'?: unknown;
  '@language'?: unknown;
  '@vocab'?: unknown;
}

export const PROCESSING_MODE = 'json-ld-1.1';

function cowClone(this: ActiveContext): ActiveContext {
  // same fields as jsonld's own clone, without deep-copying immutable definitions
  const child = {
    mappings: new Map(this.mappings),
    clone: this.clone,
    inverse: null,
    getInverse: this.getInverse,
    protected: { ...this.protected },
    revertToPreviousContext: this.revertToPreviousContext,
  } as ActiveContext;
  if (this.previousContext) child.previousContext = this.previousContext;
  if ('@base' in this) child['@base'] = this['@base'];
  if ('@language' in this) child['@language'] = this['@language'];
  if ('@vocab' in this) child['@vocab'] = this['@vocab'];
  return child;
}

function revert(this: ActiveContext): ActiveContext {
  return this.previousContext ?? this;
}

let patched: Promise<void> | undefined;

/** Patches our initial active context once; resolves when done (never rejects: stock behaviour is the fallback). */
export function useFastContexts(): Promise<void> {
  patched ??= jsonld.processContext(null, null, { processingMode: PROCESSING_MODE }).then(
    (ctx) => {
      const init = ctx as ActiveContext;
      if (init && init.mappings instanceof Map && init.mappings.size === 0 && typeof init.clone === 'function') {
        init.clone = cowClone;
        init.revertToPreviousContext = revert;
      }
    },
    () => undefined,
  );
  return patched;
}
