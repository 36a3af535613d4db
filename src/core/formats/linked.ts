/** Following IRIs from one badge document to the next (BadgeClass, issuer profile) with the shared fetcher. */
import { BadgeError } from '../errors.js';
import type { Fetcher } from '../fetch.js';
import { hostOf } from '../fetch-body.js';
import { isObj, type Obj } from './fields.js';

export interface Ob2Context {
  fetcher: Fetcher;
  signal?: AbortSignal;
  /** The URL the assertion was loaded from (base for OB 1.x relative URLs). */
  source?: string;
}

export interface Ob2Parts {
  assertion: Record<string, unknown>;
  badgeClass: Record<string, unknown>;
  issuer: Record<string, unknown>;
}

/** Fetches a linked JSON document that must be an object; `what` names it in error messages. */
export async function fetchObject(url: string, what: string, ctx: Ob2Context): Promise<Obj> {
  const { data, url: finalUrl } = await ctx.fetcher.getJson(url, { signal: ctx.signal });
  if (!isObj(data)) {
    throw new BadgeError('malformed', `The ${what} at ${hostOf(finalUrl)} is not a JSON object.`, { url: finalUrl });
  }
  return data;
}
