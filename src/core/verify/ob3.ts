/**
 * OB 3.0 credentials as JSON(-LD) with Data Integrity proofs (the proof code is loaded lazily), and the
 * steps every OB 3.0 credential shares after its proof: dates, status, recipient, endorsements.
 */
import { VerifyError } from './verify-error.js';
import { idOf, type Json, type VerifyContext } from './context.js';
import type { ReportBuilder } from './pipeline.js';
import { ob3Badge } from './badge.js';
import { checkDates } from './time.js';
import { checkCredentialStatus } from './status/index.js';
import { checkRecipient, ob3Claims } from './recipient.js';
import { checkEndorsements, ob3Endorsements } from './endorsements.js';
import { resolveIssuerKey, type BoundKey } from './keys/index.js';
import { lazy } from '../lazy.js';

const dataIntegrityModule = lazy(() => import('./data-integrity/index.js'));

/** Dates, status, recipient and endorsements of an authentic OB 3.0 credential. */
export async function finishOb3(b: ReportBuilder, credential: Json, ctx: VerifyContext): Promise<void> {
  const v2 = credential.validFrom !== undefined || credential.validUntil !== undefined;
  checkDates(b, ctx.now, {
    from: credential.validFrom ?? credential.issuanceDate,
    until: credential.validUntil ?? credential.expirationDate,
    fromLabel: v2 ? 'validFrom' : 'issuanceDate',
    untilLabel: v2 ? 'validUntil' : 'expirationDate',
  });
  await checkCredentialStatus(b, credential, ctx);
  await checkRecipient(b, ob3Claims(credential), ctx.recipient);
  await checkEndorsements(b, ob3Endorsements(credential), ctx);
}

/** The issuer id of a credential, or halts with `malformed`. */
export function issuerIdOf(b: ReportBuilder, credential: Json): string {
  const id = idOf(credential.issuer);
  if (id === undefined || id.trim() === '') return b.halt('format', 'malformed', 'The credential names no issuer id.');
  return id;
}

export async function verifyOb3Json(b: ReportBuilder, credential: Json, ctx: VerifyContext, source?: string): Promise<void> {
  b.badge = ob3Badge(credential, 'ob3-json', credential, source);
  b.pass('format', 'This is an Open Badges 3.0 credential (JSON-LD).', { format: 'ob3-json', source });
  const issuerId = issuerIdOf(b, credential);
  if (credential.proof === undefined || credential.proof === null || (Array.isArray(credential.proof) && credential.proof.length === 0)) {
    b.halt('proof', 'no-proof');
  }
  const { verifyDataIntegrity } = dataIntegrityModule.value ?? (await dataIntegrityModule.load());
  let bound: BoundKey | undefined;
  const check = await verifyDataIntegrity(
    credential,
    async (vm: string) => {
      const key = await resolveIssuerKey(vm, issuerId, ctx);
      if (key.ed25519 === undefined) throw new VerifyError('key-resolution-failed', 'The issuer\'s key is not an Ed25519 key.', { key: key.id });
      bound ??= key;
      return { id: key.id, controller: key.controller, publicKey: key.ed25519 };
    },
    { now: ctx.now },
  );
  if (check.outcome === 'fail' || bound === undefined) {
    const code = check.code ?? 'invalid-signature';
    const id = code === 'key-not-bound-to-issuer' || code === 'key-resolution-failed' ? 'key-binding' : 'proof';
    b.halt(id, code, check.message, check.details);
  }
  b.pass('proof', check.message, check.details);
  b.pass('key-binding', `The key is bound to the issuer ${bound.boundTo}.`, { key: bound.id, issuer: issuerId });
  b.verifiedIssuer = bound.boundTo;
  b.verifiedIssuerId = issuerId;
  b.authentic = true;
  await finishOb3(b, credential, ctx);
}
