// Cross-checks the sample issuer's Data Integrity proofs with the digitalbazaar reference verifier
// (@digitalbazaar/vc), independently of this project's verifier. did:key documents are derived offline;
// contexts come from the bundled context packages only.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildIssuer, type SampleIssuer } from '../demo/issuer/build.js';
import { bundledContexts } from '../demo/issuer/di.js';

type Mod = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- untyped reference libraries
const importUntyped = (spec: string): Promise<Mod> => import(spec) as Promise<Mod>;

/** A minimal DID core context (the DID v1 context is not among the bundled packages). */
const DID_CONTEXT = 'urn:test:did-core-minimal';
const didContext = {
  '@context': {
    '@protected': true, id: '@id', type: '@type',
    assertionMethod: { '@id': 'https://w3id.org/security#assertionMethod', '@type': '@id', '@container': '@set' },
    verificationMethod: { '@id': 'https://w3id.org/security#verificationMethod', '@type': '@id' },
  },
};

/** Offline loader: bundled contexts, and did:key documents derived from the key (Multikey or Ed25519VerificationKey2020). */
function loaderFor(keyType: 'Multikey' | 'Ed25519VerificationKey2020') {
  const keyContext = keyType === 'Multikey' ? 'https://w3id.org/security/multikey/v1' : 'https://w3id.org/security/suites/ed25519-2020/v1';
  return async (url: string) => {
    const doc = url === DID_CONTEXT ? didContext : bundledContexts().get(url);
    if (doc) return { contextUrl: null, documentUrl: url, document: doc };
    if (url.startsWith('did:key:')) {
      const [did, frag] = url.split('#') as [string, string | undefined];
      const mb = did.slice('did:key:'.length);
      const vm = { id: `${did}#${mb}`, type: keyType, controller: did, publicKeyMultibase: mb };
      const document = frag ? { '@context': keyContext, ...vm } : { '@context': [DID_CONTEXT, keyContext], id: did, verificationMethod: [vm], assertionMethod: [vm.id] };
      return { contextUrl: null, documentUrl: url, document };
    }
    throw new Error(`not available offline: ${url}`);
  };
}

describe('sample issuer Data Integrity proofs, checked with @digitalbazaar/vc', () => {
  let issuer: SampleIssuer;
  let verifyWith: (key: string) => Promise<boolean>;
  before(async () => {
    issuer = await buildIssuer({ origin: 'http://localhost:8000' });
    const [vc, { DataIntegrityProof }, { cryptosuite }, { Ed25519Signature2020 }] = await Promise.all([
      importUntyped('@digitalbazaar/vc'), importUntyped('@digitalbazaar/data-integrity'),
      importUntyped('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'), importUntyped('@digitalbazaar/ed25519-signature-2020'),
    ]);
    verifyWith = async (key: string) => {
      const entry = issuer.catalog.find((e) => e.key === key);
      assert.ok(entry, key);
      const credential = JSON.parse(String(issuer.files.get(entry.path)!.body)) as { proof: { type: string } };
      const is2020 = credential.proof.type === 'Ed25519Signature2020';
      const suite = is2020 ? new Ed25519Signature2020() : new DataIntegrityProof({ cryptosuite });
      const documentLoader = loaderFor(is2020 ? 'Ed25519VerificationKey2020' : 'Multikey');
      const result = (await vc.verifyCredential({ credential, suite, documentLoader, checkStatus: async () => ({ verified: true }) })) as { verified: boolean };
      if (!result.verified && process.env.DEBUG_ISSUER) console.error(JSON.stringify(result, null, 1).slice(0, 3000));
      return result.verified;
    };
  });

  for (const key of ['ob3-di-rdfc-didkey-v2', 'ob3-di-rdfc-didkey-v1', 'ob3-di-ed25519-2020']) {
    it(`${key} verifies`, async () => assert.equal(await verifyWith(key), true));
  }
  for (const key of ['broken-di-tampered', 'broken-di-data-loss']) {
    it(`${key} does not verify`, async () => assert.equal(await verifyWith(key), false));
  }
});
