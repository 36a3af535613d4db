/**
 * Per-fetcher memo: one fetch + one decode per status list / DID document / key document per fetcher
 * (i.e. per page client). Failures are not kept (the fetcher decides how long an error is cached).
 */
import type { Fetcher } from '../../read-path.js';

const caches = new WeakMap<Fetcher, Map<string, Promise<unknown>>>();

export function memo<T>(fetcher: Fetcher, key: string, make: () => Promise<T>): Promise<T> {
  let m = caches.get(fetcher);
  if (m === undefined) {
    m = new Map();
    caches.set(fetcher, m);
  }
  let p = m.get(key) as Promise<T> | undefined;
  if (p === undefined) {
    p = make();
    m.set(key, p);
    const mm = m;
    p.catch(() => {
      if (mm.get(key) === p) mm.delete(key);
    });
    if (m.size > 200) m.delete(m.keys().next().value as string);
  }
  return p;
}
