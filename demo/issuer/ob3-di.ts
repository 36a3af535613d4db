/** OB 3.0 Data Integrity-signed credentials (eddsa-rdfc-2022, Ed25519Signature2020, eddsa-jcs-2022) and status cases. */
import { learner } from './data.js';
import { BuildCtx, ok, type OkState } from './ctx.js';
import { signEd25519Signature2020, signJcs, signRdfc, type SignOpts } from './di.js';
import { didKeyOf, didKeyVm, loadKeys } from './keys.js';
import { didWebOf, ob3Credential, ob3Paths, signVcJwt, signerOf, type CredDef, type IssuerKind } from './ob3.js';
import { STATUS_INDEX, buildOneEdTechList, buildStatusLists, statusEntry, statusPaths } from './status.js';

type Suite = 'rdfc' | 'ed2020' | 'jcs';

/** Signing options of the honest issuers (did:key, did:web key-1). */
export function diSigner(c: BuildCtx, kind: Exclude<IssuerKind, 'https'>, created: string): SignOpts {
  const k = loadKeys();
  if (kind === 'did:key') return { key: k.didKey, vm: didKeyVm(k.didKey), controller: didKeyOf(k.didKey), created };
  return { key: k.didWeb, vm: `${didWebOf(c)}#key-1`, controller: didWebOf(c), created };
}

export async function signWith(suite: Suite, cred: Record<string, unknown>, o: SignOpts): Promise<Record<string, unknown>> {
  if (suite === 'jcs') return signJcs(cred, o);
  if (suite === 'ed2020') return signEd25519Signature2020(cred, o);
  return signRdfc(cred, o);
}

interface DiDef extends CredDef { title: string; suite: Suite; state: OkState; status?: ('revocation' | 'suspension' | 'unavailable')[]; index?: number }

const DI: DiDef[] = [
  { key: 'ob3-di-rdfc-didkey-v2', slug: 'data-practitioner-capstone', learner: 'diego', kind: 'did:key', vcdm: 2, suite: 'rdfc', validFrom: '2025-10-20T00:00:00Z', evidence: true, title: 'OB 3.0 (VCDM 2.0) eddsa-rdfc-2022, issuer did:key', state: 'valid' },
  { key: 'ob3-di-rdfc-didweb-v2', slug: 'applied-statistics', learner: 'mei', kind: 'did:web', vcdm: 2, suite: 'rdfc', validFrom: '2025-06-05T00:00:00Z', validUntil: '2035-06-05T00:00:00Z', title: 'OB 3.0 (VCDM 2.0) eddsa-rdfc-2022, issuer did:web (Multikey under assertionMethod)', state: 'valid' },
  { key: 'ob3-di-rdfc-didkey-v1', slug: 'python-for-data', learner: 'amina', kind: 'did:key', vcdm: 1, suite: 'rdfc', validFrom: '2025-04-02T00:00:00Z', title: 'OB 3.0 (VCDM 1.1, issuanceDate) eddsa-rdfc-2022, issuer did:key', state: 'valid' },
  { key: 'ob3-di-ed25519-2020', slug: 'open-data-ethics', learner: 'lukas', kind: 'did:key', vcdm: 1, suite: 'ed2020', validFrom: '2025-03-28T00:00:00Z', title: 'OB 3.0 (VCDM 1.1) Ed25519Signature2020, issuer did:key', state: 'valid' },
  { key: 'ob3-di-jcs-didkey', slug: 'data-cleaning', learner: 'amina', kind: 'did:key', vcdm: 2, suite: 'jcs', validFrom: '2025-08-08T00:00:00Z', title: 'OB 3.0 (VCDM 2.0) eddsa-jcs-2022, issuer did:key', state: 'valid' },
  { key: 'ob3-di-jcs-didweb', slug: 'sql-querying', learner: 'lukas', kind: 'did:web', vcdm: 2, suite: 'jcs', validFrom: '2025-08-09T00:00:00Z', title: 'OB 3.0 (VCDM 2.0) eddsa-jcs-2022, issuer did:web', state: 'valid' },
  { key: 'ob3-di-expired', slug: 'data-visualization', learner: 'lukas', kind: 'did:web', vcdm: 2, suite: 'rdfc', validFrom: '2023-05-01T00:00:00Z', validUntil: '2025-05-01T00:00:00Z', title: 'OB 3.0 (VCDM 2.0) eddsa-rdfc-2022 that expired on 2025-05-01', state: 'expired' },
  { key: 'ob3-di-expired-v1', slug: 'sql-querying', learner: 'mei', kind: 'did:key', vcdm: 1, suite: 'ed2020', validFrom: '2022-02-01T00:00:00Z', validUntil: '2024-02-01T00:00:00Z', title: 'OB 3.0 (VCDM 1.1, expirationDate) Ed25519Signature2020 that expired on 2024-02-01', state: 'expired' },
  { key: 'ob3-di-not-yet-valid', slug: 'data-analysis-foundations', learner: 'amina', kind: 'did:key', vcdm: 2, suite: 'rdfc', validFrom: '2099-09-01T00:00:00Z', title: 'OB 3.0 (VCDM 2.0) eddsa-rdfc-2022 valid only from 2099', state: 'not-yet-valid' },
  { key: 'ob3-di-status-valid', slug: 'python-for-data', learner: 'diego', kind: 'did:web', vcdm: 2, suite: 'rdfc', validFrom: '2025-09-01T00:00:00Z', status: ['revocation', 'suspension'], index: STATUS_INDEX.clear, title: 'OB 3.0 eddsa-rdfc-2022 with BitstringStatusList revocation + suspension entries, both clear', state: 'valid' },
  { key: 'ob3-di-status-revoked', slug: 'data-analysis-foundations', learner: 'mei', kind: 'did:web', vcdm: 2, suite: 'rdfc', validFrom: '2025-02-01T00:00:00Z', status: ['revocation'], index: STATUS_INDEX.revoked, title: 'OB 3.0 eddsa-rdfc-2022 whose BitstringStatusList revocation bit is set', state: 'revoked' },
  { key: 'ob3-di-status-suspended', slug: 'data-visualization', learner: 'amina', kind: 'did:web', vcdm: 2, suite: 'rdfc', validFrom: '2025-02-02T00:00:00Z', status: ['suspension'], index: STATUS_INDEX.suspended, title: 'OB 3.0 eddsa-rdfc-2022 whose BitstringStatusList suspension bit is set', state: 'suspended' },
  { key: 'ob3-di-status-revoked-expired', slug: 'applied-statistics', learner: 'lukas', kind: 'did:web', vcdm: 2, suite: 'rdfc', validFrom: '2023-01-01T00:00:00Z', validUntil: '2024-01-01T00:00:00Z', status: ['revocation'], index: STATUS_INDEX.revoked, title: 'OB 3.0 eddsa-rdfc-2022 both revoked and expired (revoked wins)', state: 'revoked' },
  { key: 'ob3-di-status-unknown', slug: 'sql-querying', learner: 'amina', kind: 'did:web', vcdm: 2, suite: 'rdfc', validFrom: '2025-03-03T00:00:00Z', status: ['unavailable'], index: 5, title: 'OB 3.0 eddsa-rdfc-2022 whose status list answers 500 (status cannot be known)', state: 'status-unknown' },
];

export async function buildOb3Di(c: BuildCtx): Promise<void> {
  await buildStatusLists(c);
  for (const d of DI) {
    const cred = ob3Credential(c, d);
    if (d.status) {
      const entries = d.status.map((p) => (p === 'unavailable' ? statusEntry(c, 'revocation', d.index!, statusPaths.broken) : statusEntry(c, p, d.index!)));
      cred.credentialStatus = entries.length === 1 ? entries[0] : entries;
    }
    const kind = d.kind as Exclude<IssuerKind, 'https'>;
    const signed = await signWith(d.suite, cred, diSigner(c, kind, d.validFrom.startsWith('2099') ? '2025-12-01T00:00:00Z' : d.validFrom));
    const path = ob3Paths.credential(d.key);
    c.json(path, signed);
    c.add({ key: d.key, title: d.title, format: 'ob3-json', path, expect: ok(d.state), recipient: { identity: learner(d.learner).email }, body: 'json', tags: [d.state, 'data-integrity'] });
  }

  // VC-JWTs with a 1EdTech revocation list (JWT: no JSON-LD, so the 1EdTech status type needs no context term)
  const jwtDefs = [
    { key: 'ob3-jwt-1edtech-valid', slug: 'python-for-data', learner: 'mei', revoked: false, title: 'OB 3.0 VC-JWT (did:web) with a 1EdTechRevocationList status that does not list it', state: 'valid' as const },
    { key: 'ob3-jwt-1edtech-revoked', slug: 'data-cleaning', learner: 'diego', revoked: true, title: 'OB 3.0 VC-JWT (did:web) listed in the issuer\'s 1EdTechRevocationList', state: 'revoked' as const },
  ];
  const revoked: { id: string; reason: string }[] = [];
  for (const d of jwtDefs) {
    const cred = ob3Credential(c, { key: d.key, slug: d.slug, learner: d.learner, kind: 'did:web', vcdm: 2, validFrom: '2025-07-07T00:00:00Z' });
    cred.credentialStatus = { id: c.url(statusPaths.onedtech), type: '1EdTechRevocationList' };
    if (d.revoked) revoked.push({ id: String(cred.id), reason: 'Learner requested withdrawal of the award.' });
    const s = signerOf(c, 'did:web');
    const path = ob3Paths.jwt(d.key);
    c.text(path, await signVcJwt(cred, { key: s.key, alg: s.alg, kid: s.kid }), 'application/vc+jwt');
    c.add({ key: d.key, title: d.title, format: 'ob3-jwt', path, expect: ok(d.state), recipient: { identity: learner(d.learner).email }, body: 'jwt', tags: [d.state] });
  }
  buildOneEdTechList(c, didWebOf(c), revoked);
}
