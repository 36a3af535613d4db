/**
 * Gathers the wall's entries from all its sources, in order: child `<badge-card>`s, the `credentials`
 * property, the `feed` property, then each `src` URL (loaded in parallel). A source that fails is reported,
 * the others still show. The list readers (`core/formats/lists.ts`) are loaded with `import()` only when
 * there is a feed or a URL, at the same time as the requests (which do not wait for them).
 */
import type { BadgeClient } from '../../core/client.js';
import { BadgeError, toBadgeError } from '../../core/errors.js';
import { fetchListDocument } from '../../core/formats/list-fetch.js';
import type { BadgeList, ListEntry, ListGroup, StackDef } from '../../core/formats/lists.js';
import type { BadgeInput } from '../../core/types.js';

export type ListReaders = typeof import('../../core/formats/lists.js');

const importReaders = (): Promise<ListReaders> => import('../../core/formats/lists.js');

export interface Sources {
  name?: string;
  description?: string;
  entries: ListEntry[];
  groups: ListGroup[];
  stacks: StackDef[];
  errors: { source: string; code: string; message: string }[];
}

export interface SourceInput {
  src?: string;
  credentials?: readonly BadgeInput[];
  feed?: unknown;
  children: BadgeInput[];
}

/** `readers`: how the list readers' chunk is imported (a failure to load it is reported by each feed or URL source). */
export async function gatherSources(input: SourceInput, client: BadgeClient, signal: AbortSignal, readers = importReaders): Promise<Sources> {
  const out: Sources = { entries: [], groups: [], stacks: [], errors: [] };
  const add = (l: BadgeList) => {
    out.entries.push(...l.entries);
    out.name ??= l.name;
    out.description ??= l.description;
    for (const g of l.groups) if (!out.groups.some((x) => x.id === g.id)) out.groups.push(g);
    for (const s of l.stacks) if (!out.stacks.some((x) => x.id === s.id)) out.stacks.push(s);
  };
  for (const c of input.children) out.entries.push({ input: c, kind: 'earned' });
  for (const c of input.credentials ?? []) out.entries.push({ input: c, kind: 'earned' });
  const hasFeed = input.feed !== undefined && input.feed !== null;
  const urls = (input.src ?? '').split(/\s+/).filter(Boolean).slice(0, 20);
  if (!hasFeed && urls.length === 0) return out;
  // the readers' chunk and the requests, together (settled here so a failed chunk is never an unhandled rejection)
  const code = readers().catch((e: unknown) => {
    throw new BadgeError('fetch-failed', `The list reader could not be loaded: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  });
  code.catch(() => undefined);
  const lists = Promise.allSettled(urls.map(async (u) => {
    const { doc, url } = await fetchListDocument(new URL(u, globalThis.location?.href).href, { fetcher: client.fetcher, signal });
    return (await code).readList(doc, url);
  }));
  if (hasFeed) {
    try {
      add((await code).readList(input.feed));
    } catch (e) {
      const err = toBadgeError(e);
      out.errors.push({ source: 'feed', code: err.code, message: err.message });
    }
  }
  (await lists).forEach((r, i) => {
    if (r.status === 'fulfilled') add(r.value);
    else {
      const err = toBadgeError(r.reason);
      if (err.code !== 'aborted') out.errors.push({ source: urls[i]!, code: err.code, message: err.message });
    }
  });
  return out;
}

/** Inputs of the child `<badge-card>` elements (progressive enhancement): their `credential`, else `src`. */
export function childInputs(host: Element): BadgeInput[] {
  const inputs: BadgeInput[] = [];
  for (const el of Array.from(host.children)) {
    if (el.localName !== 'badge-card') continue;
    const c = (el as Element & { credential?: unknown }).credential ?? el.getAttribute('credential');
    const src = el.getAttribute('src');
    if (c && (typeof c === 'object' || typeof c === 'string')) inputs.push(c as BadgeInput);
    else if (src) inputs.push(new URL(src, document.baseURI).href);
  }
  return inputs;
}
