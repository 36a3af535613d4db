/**
 * Status lists of the sample issuer: two Bitstring Status List credentials (revocation, suspension),
 * DI-signed by the did:web issuer, a 1EdTech revocation list, and an address that answers 500.
 */
import { gzipSync } from 'node:zlib';
import { BuildCtx, CORS } from './ctx.js';
import { signRdfc } from './di.js';
import { loadKeys } from './keys.js';
import { VC_V2, didWebOf } from './ob3.js';

export const statusPaths = {
  revocation: '/issuer/status/revocation.json',
  suspension: '/issuer/status/suspension.json',
  broken: '/issuer/status/unavailable.json',
  onedtech: '/issuer/status/1edtech-revocations.json',
};

/** Indexes set in the lists (everything else is 0). */
export const STATUS_INDEX = { revoked: 42_117, suspended: 7_301, clear: 93_210 };
const LIST_BITS = 131_072; // the spec's minimum list length (16 KiB)

/** GZIP + multibase base64url (`u…`) of a bitstring, bits MSB first (index 0 = the first byte's high bit). */
export function encodeBitstring(setIndexes: number[], bits = LIST_BITS): string {
  const bytes = new Uint8Array(bits / 8);
  for (const i of setIndexes) bytes[i >> 3]! |= 0x80 >> (i & 7);
  return 'u' + Buffer.from(gzipSync(bytes, { level: 9, mtime: 0 } as never)).toString('base64url');
}

export function statusEntry(c: BuildCtx, purpose: 'revocation' | 'suspension', index: number, listPath?: string): Record<string, unknown> {
  const list = c.url(listPath ?? statusPaths[purpose]);
  return { id: `${list}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: purpose, statusListIndex: String(index), statusListCredential: list };
}

export async function buildStatusLists(c: BuildCtx): Promise<void> {
  const did = didWebOf(c);
  const signer = { key: loadKeys().didWeb, vm: `${did}#key-1`, controller: did, created: '2025-01-01T00:00:00Z' };
  for (const [purpose, set] of [['revocation', [STATUS_INDEX.revoked]], ['suspension', [STATUS_INDEX.suspended]]] as const) {
    const url = c.url(statusPaths[purpose]);
    const list = {
      '@context': [VC_V2], id: url, type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: did, validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList: encodeBitstring([...set]) },
    };
    c.json(statusPaths[purpose], await signRdfc(list, signer));
  }
  c.files.set(statusPaths.broken, { status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'status service unavailable' }), headers: { ...CORS } });
}

/** 1EdTech Revocation List (`1EdTechRevocationList`): `{ id, issuer, revokedCredentials: [{ id, revocationReason }] }`. */
export function buildOneEdTechList(c: BuildCtx, issuerId: string, revoked: { id: string; reason: string }[]): void {
  c.json(statusPaths.onedtech, {
    id: c.url(statusPaths.onedtech), type: '1EdTechRevocationList', issuer: issuerId,
    revokedCredentials: revoked.map((r) => ({ id: r.id, revoked: true, revocationReason: r.reason })),
  }, { contentType: 'application/json' });
}
