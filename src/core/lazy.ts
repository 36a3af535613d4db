/**
 * A lazily loaded module, imported on first use and then kept: later calls get the module without going
 * through `import()` again (each `import()` of a loaded module still costs a resolution — with Node loader
 * hooks a round trip to the hooks thread — and several microtask turns). A failed load is not kept, so a
 * chunk that could not be fetched is asked for again next time.
 */
export interface Lazy<T> {
  /** The module, once loaded (undefined before). */
  readonly value: T | undefined;
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    load() {
      if (value !== undefined) return Promise.resolve(value);
      pending ??= importer().then(
        (m) => (value = m),
        (e: unknown) => {
          pending = undefined;
          throw e;
        },
      );
      return pending;
    },
  };
}
