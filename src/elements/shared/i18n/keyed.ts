/** Typing helpers of the catalogue sections (no strings here). */

/** A map with required well-known keys that may also be looked up by any string. */
export type Keyed<K extends string> = Record<K, string> & Record<string, string>;

/** Checks that every key of `K` is present (and no other), then allows lookups by any string. */
export const keyed = <K extends string>(m: Record<K, string>): Keyed<K> => m as Keyed<K>;
/** Checks that every key of `K` is present (and no other). */
export const every = <K extends string, V>(m: Record<K, V>): Record<K, V> => m;
