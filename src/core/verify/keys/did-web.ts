/**
 * did:web: `did:web:host[%3Aport][:path…]` → `https://host/.well-known/did.json` or `https://host/path…/did.json`
 * (http: for loopback hosts only). The document's `id` must equal the DID and the key must be listed under
 * `assertionMethod`.
 */
import { isLoopbackHost } from '../../read-path.js';
import { VerifyError } from '../verify-error.js';
import { asArray, isObject, type Json, type VerifyContext } from '../context.js';
import { toCode } from '../pipeline.js';
import { memo } from '../status/cache.js';
import { absoluteId, keyFromMethod, type BoundKey } from './key.js';

export function isDidWeb(s: string): boolean {
  return s.startsWith('did:web:');
}

/** The https (or loopback http) URL of a did:web DID document (did.json). */
export function didWebUrl(did: string): string {
  const msid = did.slice('did:web:'.length).split('#')[0].split('?')[0];
  const parts = msid.split(':').map((p) => {
    let s: string;
    try {
      s = decodeURIComponent(p);
    } catch {
      s = '';
    }
    return s;
  });
  if (parts.some((p) => p === '' || p === '.' || p === '..' || /[/?#\\@\s]/.test(p))) {
    throw new VerifyError('key-resolution-failed', 'The did:web identifier is not valid.', { did });
  }
  const [host, ...path] = parts;
  let probe: URL;
  try {
    probe = new URL(`https://${host}/`);
  } catch (cause) {
    throw new VerifyError('key-resolution-failed', 'The did:web host is not valid.', { did }, cause);
  }
  const scheme = isLoopbackHost(probe.hostname) ? 'http' : 'https';
  const p = path.length === 0 ? '/.well-known/did.json' : `/${path.map(encodeURIComponent).join('/')}/did.json`;
  return `${scheme}://${probe.host}${p}`;
}

/** Fetches the DID document (the fetcher caches it); its `id` must equal the DID. */
export function resolveDidWeb(did: string, ctx: VerifyContext): Promise<Json> {
  return memo(ctx.fetcher, `didweb:${did}`, () => loadDidWeb(did, ctx));
}

async function loadDidWeb(did: string, ctx: VerifyContext): Promise<Json> {
  const url = didWebUrl(did);
  let data: unknown;
  try {
    data = (await ctx.fetcher.getJson(url, { signal: ctx.signal, accept: 'application/did+json, application/json' })).data;
  } catch (e) {
    throw new VerifyError('key-resolution-failed', `The issuer's DID document could not be loaded from ${url}.`, { did, url, cause: toCode(e) }, e);
  }
  if (!isObject(data)) throw new VerifyError('key-resolution-failed', 'The DID document is not a JSON object.', { did, url });
  if (data.id !== did) throw new VerifyError('key-resolution-failed', 'The DID document names another DID.', { did, url, documentId: typeof data.id === 'string' ? data.id : undefined });
  return data;
}

function methodsById(doc: Json, did: string): Map<string, Json> {
  const map = new Map<string, Json>();
  for (const vm of asArray(doc.verificationMethod)) {
    if (isObject(vm) && typeof vm.id === 'string') map.set(absoluteId(vm.id, did), vm);
  }
  return map;
}

function toKey(vm: Json, id: string, did: string): BoundKey {
  const controller = typeof vm.controller === 'string' ? vm.controller : did;
  if (controller !== did) throw new VerifyError('key-not-bound-to-issuer', 'The key in the DID document is controlled by someone else.', { key: id, controller });
  return keyFromMethod(vm, id, did, did);
}

/** Every key listed under `assertionMethod`. Unreadable entries are skipped. */
export function assertionKeys(doc: Json, did: string): BoundKey[] {
  const vms = methodsById(doc, did);
  const out: BoundKey[] = [];
  for (const entry of asArray(doc.assertionMethod)) {
    try {
      if (typeof entry === 'string') {
        const id = absoluteId(entry, did);
        const vm = vms.get(id);
        if (vm !== undefined) out.push(toKey(vm, id, did));
      } else if (isObject(entry) && typeof entry.id === 'string') {
        out.push(toKey(entry, absoluteId(entry.id, did), did));
      }
    } catch {
      // skip keys that cannot be read
    }
  }
  return out;
}

/** The key `vmId` of DID `did`, which must be listed under `assertionMethod`. */
export async function resolveDidWebKey(vmId: string, did: string, ctx: VerifyContext): Promise<BoundKey> {
  const id = absoluteId(vmId, did);
  if (!id.startsWith(`${did}#`)) throw new VerifyError('key-not-bound-to-issuer', 'The key does not belong to the issuer\'s DID.', { key: id, issuer: did });
  const doc = await resolveDidWeb(did, ctx);
  const found = assertionKeys(doc, did).find((k) => k.id === id);
  if (found !== undefined) return found;
  if (methodsById(doc, did).has(id)) {
    throw new VerifyError('key-not-bound-to-issuer', 'The key is in the issuer\'s DID document but not listed for issuing credentials (assertionMethod).', { key: id });
  }
  throw new VerifyError('key-resolution-failed', 'The key is not listed in the issuer\'s DID document (did.json).', { key: id });
}
