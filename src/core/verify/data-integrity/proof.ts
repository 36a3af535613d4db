/**
 * One Data Integrity proof, checked per the W3C specs ("Verifiable Credential
 * Data Integrity 1.0", "Data Integrity EdDSA Cryptosuites v1.0"):
 *   proof options = the proof without `proofValue`, with the document's `@context`;
 *   hash data = SHA-256(canonical proof options) ‖ SHA-256(canonical document);
 *   Ed25519 signature = multibase base58btc `proofValue`.
 * `eddsa-rdfc-2022` and `Ed25519Signature2020` canonicalize with RDFC-1.0,
 * `eddsa-jcs-2022` with JCS (RFC 8785).
 */
import type { DocumentLoader } from 'jsonld';
import type { ResolvedKey, KeyResolver } from './types.js';
import { VerifyError, isVerifyError } from '../verify-error.js';
import { canonizeRdfc, checkSafeExpansion } from './canonize.js';
import { jcs } from './jcs.js';
import { concat, decodeMultibase, sha256, verifyEd25519 } from './crypto.js';

export type Suite = 'eddsa-rdfc-2022' | 'eddsa-jcs-2022' | 'Ed25519Signature2020';
type Json = Record<string, unknown>;

/** ISO / XML Schema dateTime (timezone optional, as XMLSCHEMA11-2 allows). */
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

export interface ProofContext {
  /** The secured document without any `proof`. */
  unsecured: Json;
  /** Every proof of the document (for `previousProof` chains). */
  allProofs: Json[];
  resolveKey: KeyResolver;
  documentLoader: DocumentLoader;
  now: Date;
  /** Memo of canonical document hashes within one verification (proof sets sign the same document). */
  memo: Map<string, Promise<Uint8Array>>;
}

export function identifySuite(proof: Json): Suite {
  const { type, cryptosuite } = proof;
  if (type === 'DataIntegrityProof') {
    if (cryptosuite === 'eddsa-rdfc-2022' || cryptosuite === 'eddsa-jcs-2022') return cryptosuite;
    throw new VerifyError('unsupported-proof', `The cryptosuite ${JSON.stringify(cryptosuite ?? null)} is not supported (eddsa-rdfc-2022 and eddsa-jcs-2022 are).`, { cryptosuite: String(cryptosuite) });
  }
  if (type === 'Ed25519Signature2020') return 'Ed25519Signature2020';
  throw new VerifyError('unsupported-proof', `The proof type ${JSON.stringify(type ?? null)} is not supported.`, { proofType: String(type) });
}

function checkDates(proof: Json, suite: Suite, now: Date): void {
  const { created, expires } = proof;
  if (created === undefined && suite === 'Ed25519Signature2020') {
    throw new VerifyError('malformed', 'An Ed25519Signature2020 proof must say when it was created.');
  }
  if (created !== undefined && (typeof created !== 'string' || !DATE_TIME.test(created) || Number.isNaN(Date.parse(created)))) {
    throw new VerifyError('malformed', 'The proof\'s "created" is not a valid date and time.');
  }
  if (expires === undefined) return;
  if (typeof expires !== 'string' || !DATE_TIME.test(expires) || Number.isNaN(Date.parse(expires))) {
    throw new VerifyError('malformed', 'The proof\'s "expires" is not a valid date and time.');
  }
  if (typeof created === 'string' && Date.parse(expires) < Date.parse(created)) {
    throw new VerifyError('malformed', 'The proof expires before it was created.');
  }
  // Data Integrity 1.0: a proof past its `expires` is no longer a valid proof
  if (Date.parse(expires) < now.getTime()) {
    throw new VerifyError('invalid-signature', `The proof expired on ${expires}; it no longer vouches for the credential.`);
  }
}

/** The document this proof signed: no proof, or the proofs it chains to (`previousProof`). */
function documentFor(proof: Json, ctx: ProofContext): { key: string; doc: Json } {
  const prev = proof.previousProof;
  if (prev === undefined) return { key: '', doc: ctx.unsecured };
  const ids = Array.isArray(prev) ? prev : [prev];
  const matching = ids.map((id) => {
    const found = typeof id === 'string' ? ctx.allProofs.find((p) => p.id === id) : undefined;
    if (!found) throw new VerifyError('malformed', `The proof chains to a previous proof ${JSON.stringify(id)} that the credential does not carry.`);
    return found;
  });
  return { key: JSON.stringify(ids), doc: { ...ctx.unsecured, proof: matching.length === 1 ? matching[0] : matching } };
}

function sameContextPrefix(proofCtx: unknown, docCtx: unknown): boolean {
  const p = Array.isArray(proofCtx) ? proofCtx : [proofCtx];
  const d = Array.isArray(docCtx) ? docCtx : [docCtx];
  return p.length <= d.length && p.every((c, i) => JSON.stringify(c) === JSON.stringify(d[i]));
}

async function hashData(proof: Json, suite: Suite, ctx: ProofContext): Promise<Uint8Array> {
  const { key, doc } = documentFor(proof, ctx);
  const options: Json = { ...proof };
  delete options.proofValue;
  let unsecured = doc;
  if (options['@context'] !== undefined) {
    if (!sameContextPrefix(options['@context'], doc['@context'])) {
      throw new VerifyError('invalid-signature', 'The proof\'s @context does not match the beginning of the credential\'s @context.');
    }
    unsecured = { ...doc, '@context': options['@context'] };
  } else if (doc['@context'] !== undefined) {
    options['@context'] = doc['@context'];
  }
  const memoKey = `${suite === 'eddsa-jcs-2022' ? 'jcs' : 'rdfc'}|${key}|${JSON.stringify(unsecured['@context'])}`;
  let docHash = ctx.memo.get(memoKey);
  if (!docHash) {
    docHash = suite === 'eddsa-jcs-2022'
      ? checkSafeExpansion(unsecured, ctx.documentLoader).then(() => sha256(jcs(unsecured)))
      : canonizeRdfc(unsecured, ctx.documentLoader).then(sha256);
    ctx.memo.set(memoKey, docHash);
  }
  const optionsHash = suite === 'eddsa-jcs-2022' ? sha256(jcs(options)) : canonizeRdfc(options, ctx.documentLoader).then(sha256);
  const [a, b] = await Promise.all([optionsHash, docHash]);
  return concat(a, b);
}

export interface ProofResult { suite: Suite; key: ResolvedKey }

/** Verifies one proof; throws VerifyError on any failure. */
export async function verifyProof(proof: Json, ctx: ProofContext): Promise<ProofResult> {
  const suite = identifySuite(proof);
  if (proof.proofPurpose !== 'assertionMethod') {
    throw new VerifyError('unsupported-proof', `The proof's purpose is ${JSON.stringify(proof.proofPurpose ?? null)}, not "assertionMethod": it does not assert the credential.`);
  }
  const vm = proof.verificationMethod;
  if (typeof vm !== 'string' || vm === '') {
    throw new VerifyError('malformed', 'The proof does not name its verification method.');
  }
  checkDates(proof, suite, ctx.now);
  const signature = decodeMultibase(proof.proofValue);

  // resolve the key while canonicalizing; canonicalization errors take precedence (offline, deterministic)
  const keyPromise = Promise.resolve().then(() => ctx.resolveKey(vm));
  keyPromise.catch(() => undefined);
  const data = await hashData(proof, suite, ctx);
  let key: ResolvedKey;
  try {
    key = await keyPromise;
  } catch (e) {
    if (isVerifyError(e)) throw e;
    throw new VerifyError('key-resolution-failed', `The key ${vm} could not be resolved: ${e instanceof Error ? e.message : String(e)}`, { verificationMethod: vm }, e);
  }
  if (!(await verifyEd25519(key.publicKey, signature, data))) {
    throw new VerifyError('invalid-signature', 'The signature does not match the credential: it was changed after signing, or signed with another key.', { verificationMethod: vm });
  }
  return { suite, key };
}
