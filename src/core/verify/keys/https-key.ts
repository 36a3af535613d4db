/**
 * https keys: a key document (or a controller document holding it) whose `controller` / `owner` is the
 * issuer, at an address in the issuer's own origin, and listed by the issuer's profile (fetched from the
 * issuer's id) under `assertionMethod`, `verificationMethod` or `publicKey`.
 */
import { VerifyError } from '../verify-error.js';
import { asArray, idOf, isObject, type Json, type VerifyContext } from '../context.js';
import { toCode } from '../pipeline.js';
import { memo } from '../status/cache.js';
import { absoluteId, keyFromMethod, type BoundKey } from './key.js';

const LIST_PROPS = ['assertionMethod', 'verificationMethod', 'publicKey'] as const;

function hostOf(url: string): string {
  return new URL(url).host;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

function getDoc(url: string, ctx: VerifyContext, what: string): Promise<Json> {
  const docUrl = url.split('#')[0];
  return memo(ctx.fetcher, `doc:${docUrl}`, () => loadDoc(docUrl, ctx, what));
}

async function loadDoc(docUrl: string, ctx: VerifyContext, what: string): Promise<Json> {
  let data: unknown;
  try {
    data = (await ctx.fetcher.getJson(docUrl, { signal: ctx.signal })).data;
  } catch (e) {
    throw new VerifyError('key-resolution-failed', `The ${what} could not be loaded from ${docUrl}.`, { url: docUrl, cause: toCode(e) }, e);
  }
  if (!isObject(data)) throw new VerifyError('key-resolution-failed', `The ${what} is not a JSON object.`, { url: docUrl });
  return data;
}

/** The issuer profile, fetched from its own https id (never an embedded copy). */
export async function fetchIssuerProfile(issuerId: string, ctx: VerifyContext): Promise<Json> {
  const doc = await getDoc(issuerId, ctx, 'issuer profile');
  if (doc.id !== issuerId.split('#')[0] && doc.id !== issuerId) {
    throw new VerifyError('key-resolution-failed', 'The issuer profile at the issuer\'s address names another issuer.', { issuer: issuerId, documentId: typeof doc.id === 'string' ? doc.id : undefined });
  }
  return doc;
}

/** Entries the profile lists as its keys: absolute id → embedded object (when embedded). */
function listedKeys(profile: Json, issuerId: string): Map<string, Json | undefined> {
  const out = new Map<string, Json | undefined>();
  for (const prop of LIST_PROPS) {
    for (const entry of asArray(profile[prop])) {
      const id = idOf(entry);
      if (id === undefined) continue;
      const abs = absoluteId(id, issuerId);
      const embedded = isObject(entry) && Object.keys(entry).some((k) => k.startsWith('publicKey')) ? entry : undefined;
      if (!out.has(abs) || embedded !== undefined) out.set(abs, embedded);
    }
  }
  return out;
}

function controllerOf(vm: Json): string | undefined {
  return typeof vm.controller === 'string' ? vm.controller : typeof vm.owner === 'string' ? vm.owner : undefined;
}

function bind(vm: Json, id: string, issuerId: string, boundTo: string, embeddedInProfile: boolean): BoundKey {
  const controller = controllerOf(vm) ?? (embeddedInProfile ? issuerId : undefined);
  if (controller !== issuerId) {
    throw new VerifyError('key-not-bound-to-issuer', 'The key document names another controller than the issuer.', { key: id, controller, issuer: issuerId });
  }
  return keyFromMethod(vm, id, issuerId, boundTo);
}

/** Resolves key `vmId` for the https issuer `issuerId`. */
export async function resolveHttpsKey(vmId: string, issuerId: string, ctx: VerifyContext, profile?: Json): Promise<BoundKey> {
  const id = absoluteId(vmId, issuerId);
  if (!/^https?:\/\//i.test(id) || !sameOrigin(id, issuerId)) {
    throw new VerifyError('key-not-bound-to-issuer', 'The key is not in the issuer\'s own domain.', { key: id, issuer: issuerId });
  }
  const prof = profile ?? (await fetchIssuerProfile(issuerId, ctx));
  const listed = listedKeys(prof, issuerId);
  if (!listed.has(id)) throw new VerifyError('key-not-bound-to-issuer', 'The issuer\'s profile does not list this key.', { key: id, issuer: issuerId });
  const boundTo = hostOf(issuerId);
  const embedded = listed.get(id);
  if (embedded !== undefined) return bind(embedded, id, issuerId, boundTo, true);
  const doc = await getDoc(id, ctx, 'key document');
  let vm: Json | undefined = doc.id === id ? doc : undefined;
  if (vm === undefined) {
    for (const prop of LIST_PROPS) {
      for (const entry of asArray(doc[prop])) {
        if (isObject(entry) && typeof entry.id === 'string' && absoluteId(entry.id, String(doc.id ?? id)) === id) vm = entry;
      }
    }
  }
  if (vm === undefined) throw new VerifyError('key-resolution-failed', 'The key document does not contain the key.', { key: id });
  if (vm !== doc && controllerOf(vm) === undefined && doc.id === issuerId) return keyFromMethod(vm, id, issuerId, boundTo);
  return bind(vm, id, issuerId, boundTo, false);
}

/** Every key the https issuer publishes and that can be resolved (at most 10). */
export async function httpsIssuerKeys(issuerId: string, ctx: VerifyContext): Promise<BoundKey[]> {
  const profile = await fetchIssuerProfile(issuerId, ctx);
  const out: BoundKey[] = [];
  for (const id of [...listedKeys(profile, issuerId).keys()].slice(0, 10)) {
    try {
      out.push(await resolveHttpsKey(id, issuerId, ctx, profile));
    } catch {
      // unusable listed key: skipped
    }
  }
  return out;
}
