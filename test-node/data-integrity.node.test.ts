// Data Integrity proofs in Node: public vectors (DCC verifier-core, W3C vc-di-eddsa)
// and deliberate breakages. Real signatures, real WebCrypto, no mocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { base58 } from '@scure/base';
import fc from 'fast-check';
import canonicalize from 'canonicalize'; // jsonld's own JCS dependency, used here only as an independent cross-check
import { verifyDataIntegrity, type KeyResolver } from '../src/core/verify/data-integrity/index.js';
import { jcs } from '../src/core/verify/data-integrity/jcs.js';
import { VerifyError } from '../src/core/verify/verify-error.js';
import jsonld from 'jsonld';
import { canonizeRdfc } from '../src/core/verify/data-integrity/canonize.js';
import { documentLoader } from '../src/core/verify/data-integrity/contexts.js';

type Json = Record<string, unknown>;
const NOW = new Date('2027-06-01T00:00:00Z');
const DIR = new URL('../test/fixtures/vectors/dcc-verifier-core/', import.meta.url);

/** Test resolver: the key is the multibase Ed25519 multikey (0xed01 + 32 bytes) after '#' (did:key or the W3C vectors' https ids). */
const resolveKey: KeyResolver = async (vm) => {
  const fragment = vm.split('#')[1] ?? vm.replace(/^did:key:/, '');
  if (!fragment.startsWith('z6Mk')) throw new VerifyError('key-resolution-failed', `not a did:key Ed25519 key: ${vm}`);
  const bytes = base58.decode(fragment.slice(1));
  assert.equal(bytes[0], 0xed);
  assert.equal(bytes[1], 0x01);
  return { id: vm, controller: vm.split('#')[0], publicKey: bytes.slice(2) };
};

const load = (name: string): Json => JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as Json;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// The signature part of the vectors README's expectations (did:web ones need the did:web resolver: not here)
const EXPECTED: Record<string, 'pass' | 'invalid-signature' | 'data-loss'> = { testVC: 'invalid-signature', safeModeBreaker: 'data-loss' };
const vectorNames = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((n) => !/didWeb|DidWeb/.test(n));

test('DCC verifier-core vectors: proof results', async (t) => {
  assert.ok(vectorNames.length >= 20, `found ${vectorNames.length} vectors`);
  for (const name of vectorNames) {
    await t.test(name, async () => {
      const r = await verifyDataIntegrity(load(name), resolveKey, { now: NOW });
      const want = EXPECTED[name] ?? 'pass';
      if (want === 'pass') assert.equal(r.outcome, 'pass', `${name}: ${r.code} ${r.message}`);
      else assert.deepEqual([r.outcome, r.code], ['fail', want], r.message);
      assert.ok(r.message.length > 10);
    });
  }
});

test('copy-on-write active contexts give the same canonical N-Quads as stock jsonld', async () => {
  const stock = (doc: Json) => jsonld.canonize(doc, { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: true, base: null });
  let compared = 0;
  for (const name of vectorNames.filter((n) => n !== 'safeModeBreaker')) {
    const doc = load(name);
    const proofs = ([] as Json[]).concat(doc.proof as Json);
    delete doc.proof;
    const inputs = [doc, ...proofs.map((p) => ({ ...p, '@context': doc['@context'] }))];
    for (const input of inputs) {
      const ours = await canonizeRdfc(input, documentLoader);
      assert.ok(ours.length > 100);
      assert.equal(ours, await stock(input), name);
      compared++;
    }
  }
  const init = (await jsonld.processContext(null, null, { processingMode: 'json-ld-1.1' })) as { clone: { name: string } };
  assert.equal(init.clone.name, 'cowClone', 'the fast path was active');
  const plain = (await jsonld.processContext(null, null, {})) as { clone: { name: string } };
  assert.notEqual(plain.clone.name, 'cowClone', 'stock jsonld users are untouched');
  assert.ok(compared > 40);
});

test('details name the cryptosuite, proof type, verification method and created', async () => {
  const r = await verifyDataIntegrity(load('v2EddsaWithValidStatus'), resolveKey, { now: NOW });
  assert.equal(r.outcome, 'pass');
  assert.equal(r.details.cryptosuite, 'eddsa-rdfc-2022');
  assert.equal(r.details.proofType, 'DataIntegrityProof');
  assert.equal(r.details.verificationMethod, 'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q#z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q');
  assert.equal(r.details.created, '2025-01-15T17:08:56Z');
  const two = await verifyDataIntegrity(load('v2DoubleSigWithValidStatus'), resolveKey, { now: NOW });
  assert.equal(two.outcome, 'pass');
  assert.equal(two.details.proofs, 2);
  assert.equal(two.details.cryptosuite, 'eddsa-rdfc-2022, Ed25519Signature2020');
});

// W3C "Data Integrity EdDSA Cryptosuites v1.0" test vectors (TestVectors/ in w3c/vc-di-eddsa)
const EXAMPLES_V2 = { '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' } };
const CONTEXTS = { 'https://www.w3.org/ns/credentials/examples/v2': EXAMPLES_V2 };
const UNSIGNED: Json = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
  id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
  type: ['VerifiableCredential', 'AlumniCredential'],
  name: 'Alumni Credential',
  description: 'A minimum viable example of an Alumni Credential.',
  issuer: 'https://vc.example/issuers/5678',
  validFrom: '2023-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
};
const VM = 'https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
const W3C_RDFC: Json = { ...UNSIGNED, proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', created: '2023-02-24T23:36:38Z', verificationMethod: VM, proofPurpose: 'assertionMethod', proofValue: 'z21EVs3eXERqTn4acNHT9viboqgzUaQ3kTmhPT3eA8qrVPE7CrQq78WkzctnMX5W4CrzcKnHw8V6dvy5pgWYCU5e9' } };
const W3C_JCS: Json = {
  ...UNSIGNED,
  proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: '2023-02-24T23:36:38Z', verificationMethod: VM, proofPurpose: 'assertionMethod', '@context': UNSIGNED['@context'], proofValue: 'z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4' },
};
const chainProof = (n: number, key: string, extra: Json, proofValue: string): Json => ({ type: 'DataIntegrityProof', ...extra, cryptosuite: 'eddsa-rdfc-2022', verificationMethod: `https://vc.example/issuers/5678${n}#${key}`, proofPurpose: 'assertionMethod', proofValue });
const W3C_CHAIN: Json = {
  ...UNSIGNED,
  proof: [
    chainProof(1, 'z6MktgKTsu1QhX6QPbyqG6geXdw6FQCZBPq7uQpieWbiQiG7', { id: 'urn:uuid:26329423-bec9-4b2e-88cb-a7c7d9dc4544', created: '2023-02-24T23:36:38Z' }, 'z5KTX5yikM4eUukZW9qh66LGT3KZEUCACGpWcT2t4Yd54NMoFRchGmH4778omyNFAD3weSt6sNk5fuaMQmhhzNmEC'),
    chainProof(2, 'z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E', { id: 'urn:uuid:8cc9022b-6b14-4cf3-8571-74972c5feb54', created: '2023-02-24T23:36:38Z' }, 'z5KXNyXDcm822dHS37tmS6Xc7FFNo8c73AfeqmfHoywPxnXWNjWKYK3VQzt3CMUoK9uAqsboVHKJXxuYwbdnfxZeA'),
    chainProof(3, 'z6MkmEq87wkHCYnWnNZkigeDMGTN7oUw1upkhzd77KuXERS1', { id: 'urn:uuid:d94f792a-c546-4d06-b38a-da070ab56c23', created: '2023-02-26T22:06:38Z', previousProof: ['urn:uuid:26329423-bec9-4b2e-88cb-a7c7d9dc4544', 'urn:uuid:8cc9022b-6b14-4cf3-8571-74972c5feb54'] }, 'z2hcFbMaj3BJufikuLZQ36gAXVT9J3ZiwB9rqN3j7VdqyT1GaQPbMTaF1Q2gn7h75ZcJ6JpV9pvNoDumvcjtmSRAV'),
    chainProof(4, 'z6MkmEq87wkHCYnWnNZkigeDMGTN7oUw1upkhzd77KuXERS1', { created: '2023-02-26T22:16:38Z', previousProof: 'urn:uuid:d94f792a-c546-4d06-b38a-da070ab56c23' }, 'z6f4Lx4xiwWq8sucv6pg2vVvD5R4bxr58q2TagpwDXCxPVVS28S1iFwhor4ikhG6u4RKrNx7uSkYrCHdiiw5Js3d'),
  ],
};

test('W3C vectors: eddsa-rdfc-2022, eddsa-jcs-2022 and a proof chain verify', async () => {
  for (const [name, doc] of Object.entries({ rdfc: W3C_RDFC, jcs: W3C_JCS, chain: W3C_CHAIN })) {
    const r = await verifyDataIntegrity(doc, resolveKey, { now: NOW, contexts: CONTEXTS });
    assert.equal(r.outcome, 'pass', `${name}: ${r.message}`);
  }
});

test('W3C vectors: tampered content fails for each suite', async () => {
  for (const doc of [W3C_RDFC, W3C_JCS, W3C_CHAIN]) {
    const bad = clone(doc);
    (bad.credentialSubject as Json).alumniOf = 'The School of Forgery';
    const r = await verifyDataIntegrity(bad, resolveKey, { now: NOW, contexts: CONTEXTS });
    assert.deepEqual([r.outcome, r.code], ['fail', 'invalid-signature'], r.message);
  }
});

test('the examples context is not bundled: without the option it is refused, never fetched', async () => {
  const r = await verifyDataIntegrity(W3C_JCS, resolveKey, { now: NOW });
  assert.deepEqual([r.outcome, r.code], ['fail', 'context-not-allowed']);
  assert.match(r.message, /examples\/v2/);
});

test('a chain whose previous proof is missing is malformed; a tampered proof value in a set fails', async () => {
  const chain = clone(W3C_CHAIN);
  (chain.proof as Json[]).splice(2, 1);
  const r = await verifyDataIntegrity(chain, resolveKey, { now: NOW, contexts: CONTEXTS });
  assert.deepEqual([r.outcome, r.code], ['fail', 'malformed'], r.message);
  const set = load('v2DoubleSigWithValidStatus');
  const second = (set.proof as Json[])[1];
  second.proofValue = (second.proofValue as string).slice(0, -2) + (second.proofValue as string).slice(-1).repeat(2);
  const r2 = await verifyDataIntegrity(set, resolveKey, { now: NOW });
  assert.deepEqual([r2.outcome, r2.code], ['fail', 'invalid-signature'], r2.message);
});

test('tampered document → invalid-signature', async () => {
  const doc = load('v2EddsaWithValidStatus');
  doc.name = 'Teamwork Badge (gold)';
  const r = await verifyDataIntegrity(doc, resolveKey, { now: NOW });
  assert.deepEqual([r.outcome, r.code], ['fail', 'invalid-signature']);
});

test('unknown context → context-not-allowed (top level, embedded, @import)', async () => {
  const top = load('v2EddsaWithValidStatus');
  (top['@context'] as unknown[]).push('https://evil.example/context.json');
  const embedded = load('v2EddsaWithValidStatus');
  (embedded.credentialSubject as Json)['@context'] = 'https://evil.example/inner.json';
  const imported = load('v2EddsaWithValidStatus');
  (imported['@context'] as unknown[]).push({ '@import': 'https://evil.example/imported.json' });
  for (const doc of [top, embedded, imported]) {
    const r = await verifyDataIntegrity(doc, resolveKey, { now: NOW });
    assert.deepEqual([r.outcome, r.code], ['fail', 'context-not-allowed'], r.message);
    assert.match(String(r.details.context), /^https:\/\/evil\.example\//);
  }
});

test('pre-final OB 3.0 context URLs are known (lazy beta context), not refused', async () => {
  const doc = load('v1NoStatus');
  (doc['@context'] as string[])[1] = 'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json';
  const r = await verifyDataIntegrity(doc, resolveKey, { now: NOW });
  // (the beta context was made for VC 1.1) it loads and canonicalization runs; the signature was made over 3.0.2
  assert.deepEqual([r.outcome, r.code], ['fail', 'invalid-signature'], r.message);
});

test('undefined term (VC v1 has no @vocab) → data-loss', async () => {
  const doc = load('v1NoStatus');
  (doc.credentialSubject as Json).favouriteColour = 'green';
  const r = await verifyDataIntegrity(doc, resolveKey, { now: NOW });
  assert.deepEqual([r.outcome, r.code], ['fail', 'data-loss'], r.message);
});

test('unsupported type or cryptosuite → unsupported-proof; wrong purpose too', async () => {
  const cases: [Json, string][] = [[{ cryptosuite: 'ecdsa-rdfc-2019' }, /ecdsa-rdfc-2019/.source], [{ type: 'RsaSignature2018' }, /RsaSignature2018/.source], [{ proofPurpose: 'authentication' }, /authentication/.source]];
  for (const [patch, msg] of cases) {
    const doc = load('v2EddsaWithValidStatus');
    Object.assign(doc.proof as Json, patch);
    const r = await verifyDataIntegrity(doc, resolveKey, { now: NOW });
    assert.deepEqual([r.outcome, r.code], ['fail', 'unsupported-proof'], r.message);
    assert.match(r.message, new RegExp(msg));
  }
});

test('missing or empty proof → no-proof; non-object proof → malformed', async () => {
  const doc = load('v2EddsaWithValidStatus');
  delete doc.proof;
  assert.equal((await verifyDataIntegrity(doc, resolveKey)).code, 'no-proof');
  assert.equal((await verifyDataIntegrity({ ...doc, proof: [] }, resolveKey)).code, 'no-proof');
  assert.equal((await verifyDataIntegrity({ ...doc, proof: 'z123' }, resolveKey)).code, 'malformed');
});

test('proof dates: expired proof fails, bad created is malformed', async () => {
  const expired = load('v2EddsaWithValidStatus');
  (expired.proof as Json).expires = '2026-01-01T00:00:00Z';
  const r = await verifyDataIntegrity(expired, resolveKey, { now: NOW });
  assert.deepEqual([r.outcome, r.code], ['fail', 'invalid-signature']);
  assert.match(r.message, /expired/);
  const badCreated = load('v2EddsaWithValidStatus');
  (badCreated.proof as Json).created = 'yesterday';
  assert.equal((await verifyDataIntegrity(badCreated, resolveKey, { now: NOW })).code, 'malformed');
});

test('the resolver\'s VerifyError code is passed through; other errors become key-resolution-failed', async () => {
  const doc = load('v2EddsaWithValidStatus');
  const notBound: KeyResolver = async () => { throw new VerifyError('key-not-bound-to-issuer', 'not the issuer\'s key'); };
  assert.equal((await verifyDataIntegrity(doc, notBound)).code, 'key-not-bound-to-issuer');
  const broken: KeyResolver = async () => { throw new TypeError('boom'); };
  assert.equal((await verifyDataIntegrity(doc, broken)).code, 'key-resolution-failed');
  // a valid key of someone else → the signature does not match
  const other: KeyResolver = (vm) => resolveKey(vm.replace(/#.*/, '#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2'));
  assert.equal((await verifyDataIntegrity(doc, other)).code, 'invalid-signature');
});

test('jcs() matches an independent RFC 8785 implementation', () => {
  assert.equal(jcs({ b: [1, 1e21, -0, 0.1, 'é\u2028"'], a: { '\u20ac': 1, '\r': 2, '1': 3 }, c: null, d: true }), canonicalize({ b: [1, 1e21, -0, 0.1, 'é\u2028"'], a: { '\u20ac': 1, '\r': 2, '1': 3 }, c: null, d: true }));
  fc.assert(fc.property(fc.jsonValue(), (v) => jcs(v) === canonicalize(v)), { numRuns: 300 });
});
