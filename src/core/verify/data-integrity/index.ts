/**
 * Data Integrity proof verification (`eddsa-rdfc-2022`, `Ed25519Signature2020`,
 * `eddsa-jcs-2022`). Loaded only through `import('./data-integrity/index.js')`:
 * it carries jsonld + the bundled contexts. DOM-free, Lit-free.
 *
 * Several proofs (a proof set, or a chain with `previousProof`): EVERY proof must
 * verify. A credential that carries a broken or unsupported proof next to a good
 * one was altered or mis-issued; accepting "any one" would let anyone append
 * noise and hide behind the good proof, and "all" is what the reference
 * verifiers (jsonld-signatures' ProofSet) do by default.
 */
import type { VerificationCode } from '../../types.js';
import type { DataIntegrityOptions, KeyResolver, ProofCheck } from './types.js';
import { isVerifyError } from '../verify-error.js';
import { checkContexts, makeDocumentLoader } from './contexts.js';
import { identifySuite, verifyProof, type ProofContext } from './proof.js';

export type { ResolvedKey, KeyResolver, ProofCheck, DataIntegrityOptions } from './types.js';

type Json = Record<string, unknown>;
type Details = ProofCheck['details'];

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(code: VerificationCode, message: string, details: Details): ProofCheck {
  return { outcome: 'fail', code, message, details };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function describe(proofs: Json[]): Details {
  const join = (f: (p: Json) => string | undefined): string | undefined => {
    const vals = proofs.map(f).filter((v): v is string => v !== undefined);
    return vals.length ? [...new Set(vals)].join(', ') : undefined;
  };
  return {
    proofs: proofs.length,
    proofType: join((p) => str(p.type)),
    cryptosuite: join((p) => str(p.cryptosuite) ?? (p.type === 'Ed25519Signature2020' ? 'Ed25519Signature2020' : undefined)),
    verificationMethod: join((p) => str(p.verificationMethod)),
    created: join((p) => str(p.created)),
  };
}

/**
 * Verifies every Data Integrity proof of `doc`. Never throws: failures come back
 * as `{ outcome: 'fail', code }`. `resolveKey` finds the issuer-bound key for a
 * verification method; the VerifyError code it throws is passed through.
 */
export async function verifyDataIntegrity(doc: Json, resolveKey: KeyResolver, options: DataIntegrityOptions = {}): Promise<ProofCheck> {
  if (!isObject(doc)) return fail('malformed', 'The credential is not a JSON object.', {});
  const raw = doc.proof;
  const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) return fail('no-proof', 'The credential carries no Data Integrity proof.', { proofs: 0 });
  if (!list.every(isObject)) return fail('malformed', 'A proof of the credential is not a JSON object.', { proofs: list.length });
  const proofs = list as Json[];
  const details = describe(proofs);
  let failing: number | undefined;

  try {
    // cheap refusals first: unknown proof types and contexts never reach jsonld
    for (const p of proofs) identifySuite(p);
    const { loader, known } = makeDocumentLoader(options.contexts);
    checkContexts(doc, known);
    const unsecured: Json = { ...doc };
    delete unsecured.proof;
    const ctx: ProofContext = { unsecured, allProofs: proofs, resolveKey, documentLoader: loader, now: options.now ?? new Date(), memo: new Map() };
    let controller: string | undefined;
    for (const [i, p] of proofs.entries()) {
      failing = i;
      const { key } = await verifyProof(p, ctx);
      controller ??= key.controller;
    }
    const what = proofs.length === 1 ? `The ${details.cryptosuite} proof` : `All ${proofs.length} proofs (${details.cryptosuite})`;
    return { outcome: 'pass', message: `${what} verified with the issuer's key.`, details: { ...details, controller } };
  } catch (e) {
    const where = proofs.length > 1 && failing !== undefined ? { failedProof: failing + 1 } : {};
    if (isVerifyError(e)) return fail(e.code, proofs.length > 1 && failing !== undefined ? `Proof ${failing + 1} of ${proofs.length}: ${e.message}` : e.message, { ...details, ...where, ...e.details });
    return fail('malformed', `The proof could not be checked: ${e instanceof Error ? e.message : String(e)}`, { ...details, ...where });
  }
}
