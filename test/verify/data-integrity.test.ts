// Data Integrity proofs in Chromium: the same public vectors as the Node tests,
// fetched over real HTTP from the test server; WebCrypto Ed25519, jsonld's browser build.
import { expect } from '@open-wc/testing';
import { base58 } from '@scure/base';
import { verifyDataIntegrity, type KeyResolver } from '../../src/core/verify/data-integrity/index.js';
import { VerifyError } from '../../src/core/verify/verify-error.js';

type Json = Record<string, unknown>;
const NOW = new Date('2027-06-01T00:00:00Z');
const BASE = '/test/fixtures/vectors/dcc-verifier-core/';

/** Test resolver: the Ed25519 multikey (0xed01 + 32 bytes) after '#', or the did:key itself. */
const resolveKey: KeyResolver = async (vm) => {
  const fragment = vm.split('#')[1] ?? vm.replace(/^did:key:/, '');
  if (!fragment.startsWith('z6Mk')) throw new VerifyError('key-resolution-failed', `not a did:key Ed25519 key: ${vm}`);
  const bytes = base58.decode(fragment.slice(1));
  if (bytes[0] !== 0xed || bytes[1] !== 0x01) throw new VerifyError('key-resolution-failed', 'not an Ed25519 multikey');
  return { id: vm, controller: vm.split('#')[0], publicKey: bytes.slice(2) };
};

/** did:web (served by the test server's sample issuer): fetch did.json, take the listed Multikey. Binding is "verify"'s job, not tested here. */
const resolveWithDidWeb: KeyResolver = async (vm) => {
  if (!vm.startsWith('did:web:')) return resolveKey(vm);
  const did = vm.split('#')[0];
  const [host, ...path] = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  const res = await fetch(`${location.protocol}//${host}/${path.length ? path.join('/') : '.well-known'}/did.json`);
  if (!res.ok) throw new VerifyError('key-resolution-failed', `did.json: HTTP ${res.status}`);
  const doc = (await res.json()) as { verificationMethod?: { id: string; publicKeyMultibase?: string }[] };
  const method = doc.verificationMethod?.find((m) => m.id === vm || `${did}${m.id}` === vm);
  if (!method?.publicKeyMultibase) throw new VerifyError('key-resolution-failed', `no ${vm} in did.json`);
  return { ...(await resolveKey(`did:key:${method.publicKeyMultibase}`)), id: vm, controller: did };
};

async function load(name: string): Promise<Json> {
  const res = await fetch(`${BASE}${name}.json`);
  expect(res.ok, `${name}.json served`).to.equal(true);
  return (await res.json()) as Json;
}

// the vectors README's proof results (did:web ones need the did:web resolver: tested by "verify")
const VECTORS: Record<string, 'pass' | 'invalid-signature' | 'data-loss'> = {
  v1NoStatus: 'pass', v1OBv3SpecExample: 'pass', v1SimpleIssuerId: 'pass', v1WithValidStatus: 'pass',
  v2NoStatus: 'pass', v2OBv3SpecExample: 'pass', v2SimpleIssuerId: 'pass', v2WithValidStatus: 'pass',
  v2EddsaWithValidStatus: 'pass', v2DoubleSigWithValidStatus: 'pass', v2DoubleSigWithBadStatusUrl: 'pass',
  v1Expired: 'pass', v1ExpiredWithValidStatus: 'pass', v2Expired: 'pass', v2ExpiredWithValidStatus: 'pass',
  v1Revoked: 'pass', v1RevokedAndExpired: 'pass', v2Revoked: 'pass', v2RevokedAndExpired: 'pass',
  'status-list-e5WK8CbZ1GjycuPombrj': 'pass',
  testVC: 'invalid-signature', safeModeBreaker: 'data-loss',
};

describe('verifyDataIntegrity in Chromium', () => {
  for (const [name, want] of Object.entries(VECTORS)) {
    it(`${name} → ${want}`, async () => {
      const r = await verifyDataIntegrity(await load(name), resolveKey, { now: NOW });
      if (want === 'pass') expect(r.outcome, r.message).to.equal('pass');
      else expect([r.outcome, r.code], r.message).to.deep.equal(['fail', want]);
    });
  }

  it('reports the cryptosuite and verification method', async () => {
    const r = await verifyDataIntegrity(await load('v2EddsaWithValidStatus'), resolveKey, { now: NOW });
    expect(r.details.cryptosuite).to.equal('eddsa-rdfc-2022');
    expect(r.details.proofType).to.equal('DataIntegrityProof');
    expect(String(r.details.verificationMethod)).to.match(/^did:key:z6Mkn/);
  });

  it('tampered document → invalid-signature', async () => {
    const doc = await load('v2NoStatus');
    (doc.credentialSubject as Json).name = 'Mallory';
    const r = await verifyDataIntegrity(doc, resolveKey, { now: NOW });
    expect([r.outcome, r.code]).to.deep.equal(['fail', 'invalid-signature']);
  });

  it('unknown context → context-not-allowed, and nothing is fetched', async () => {
    const doc = await load('v2EddsaWithValidStatus');
    (doc['@context'] as unknown[]).push(`${location.origin}/never-fetched-context.json`);
    const before = performance.getEntriesByType('resource').length;
    const r = await verifyDataIntegrity(doc, resolveKey, { now: NOW });
    expect([r.outcome, r.code]).to.deep.equal(['fail', 'context-not-allowed']);
    const fetched = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
    expect(fetched.filter((u) => u.includes('never-fetched'))).to.deep.equal([]);
  });

  it('a pre-final OB 3.0 context URL loads the lazy beta context', async () => {
    const doc = await load('v1NoStatus');
    (doc['@context'] as string[])[1] = 'https://imsglobal.github.io/openbadges-specification/ob_v3p0.html';
    const r = await verifyDataIntegrity(doc, resolveKey, { now: NOW });
    expect([r.outcome, r.code], r.message).to.deep.equal(['fail', 'invalid-signature']);
  });

  it('undefined term → data-loss', async () => {
    const doc = await load('v1NoStatus');
    (doc.credentialSubject as Json).favouriteColour = 'green';
    const r = await verifyDataIntegrity(doc, resolveKey, { now: NOW });
    expect([r.outcome, r.code], r.message).to.deep.equal(['fail', 'data-loss']);
  });

  it('unsupported cryptosuite, wrong purpose → unsupported-proof; no proof → no-proof', async () => {
    const a = await load('v2EddsaWithValidStatus');
    (a.proof as Json).cryptosuite = 'bbs-2023';
    expect((await verifyDataIntegrity(a, resolveKey)).code).to.equal('unsupported-proof');
    const b = await load('v2EddsaWithValidStatus');
    (b.proof as Json).proofPurpose = 'authentication';
    expect((await verifyDataIntegrity(b, resolveKey)).code).to.equal('unsupported-proof');
    delete b.proof;
    expect((await verifyDataIntegrity(b, resolveKey)).code).to.equal('no-proof');
  });

  it('passes the resolver\'s code through', async () => {
    const notBound: KeyResolver = async () => { throw new VerifyError('key-not-bound-to-issuer', 'not the issuer\'s key'); };
    const r = await verifyDataIntegrity(await load('v2NoStatus'), notBound, { now: NOW });
    expect(r.code).to.equal('key-not-bound-to-issuer');
  });

  describe('sample issuer credentials (/issuer/catalog.json)', () => {
    // codes this proof check itself must give; everything else (dates, key binding, status) is decided later by "verify"
    const PROOF_CODES = new Set(['invalid-signature', 'unsupported-proof', 'context-not-allowed', 'data-loss', 'key-resolution-failed']);
    interface Entry { key: string; format: string; url: string; expect: { code?: string } }

    it('every Data Integrity credential gives the proof result its catalog entry implies', async () => {
      const catalog = (await (await fetch('/issuer/catalog.json')).json()) as Entry[];
      const seen: string[] = [];
      for (const e of catalog.filter((x) => x.format === 'ob3-json')) {
        const doc = (await (await fetch(e.url)).json()) as Json;
        if (doc.proof === undefined) continue;
        const r = await verifyDataIntegrity(doc, resolveWithDidWeb, { now: NOW });
        const want = e.expect.code && PROOF_CODES.has(e.expect.code) ? e.expect.code : undefined;
        expect([e.key, r.outcome, r.code], r.message).to.deep.equal([e.key, want ? 'fail' : 'pass', want]);
        seen.push(`${e.key}:${String(r.details.cryptosuite)}`);
      }
      const suites = seen.join(' ');
      for (const s of ['eddsa-rdfc-2022', 'Ed25519Signature2020', 'eddsa-jcs-2022']) expect(suites).to.contain(s);
      expect(seen.length).to.be.greaterThan(10);
    });
  });
});
