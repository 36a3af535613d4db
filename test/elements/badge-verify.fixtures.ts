/**
 * Hand-built VerificationReports, one per verdict, for rendering tests and stories
 * (stories cannot reach the test server). The real-engine tests use the sample issuer.
 */
import type { Badge, VerificationCheck, VerificationCode, VerificationReport, VerificationState } from '../../src/core/types.js';

const issuerHost = 'issuer.example';
const did = 'did:web:issuer.example';

export const sampleBadge: Badge = {
  id: 'https://issuer.example/credentials/42',
  format: 'ob3-json',
  name: 'Data Visualisation Practitioner',
  description: 'Can design clear, honest charts for a general audience.',
  issuer: { id: did, name: 'Example Academy', url: 'https://issuer.example/', origin: did },
  recipient: { type: 'email', hashed: true, hash: 'sha256$0b4f…', salt: 'pepper' },
  issued: '2024-03-12T09:00:00Z',
  expires: '2026-03-12T09:00:00Z',
  alignments: [],
  tags: ['charts', 'd3'],
  evidence: [],
  results: [],
  endorsements: [],
  document: { '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'https://issuer.example/credentials/42', type: ['VerifiableCredential', 'OpenBadgeCredential'] },
};

const pass = (id: string, message: string, details?: VerificationCheck['details']): VerificationCheck => ({ id, outcome: 'pass', message, details });

const base: VerificationCheck[] = [
  pass('format', 'The badge format was recognised.', { format: 'ob3-json' }),
  pass('proof', 'The signature is valid.', { proofType: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', verificationMethod: `${did}#key-1` }),
  pass('key-binding', 'The signing key belongs to the issuer.', { kid: `${did}#key-1`, url: `https://${issuerHost}/.well-known/did.json` }),
];

function authentic(state: VerificationState, extra: VerificationCheck[], over: Partial<VerificationReport> = {}): VerificationReport {
  return { authentic: true, state, recipient: 'not-checked', checks: [...base, ...extra], badge: sampleBadge, verifiedIssuer: did, checkedAt: '2025-06-01T12:00:00Z', ...over };
}

function failed(state: 'invalid' | 'unverifiable', code: VerificationCode, checks: VerificationCheck[], over: Partial<VerificationReport> = {}): VerificationReport {
  return { authentic: false, state, code, recipient: 'not-checked', checks, badge: sampleBadge, checkedAt: '2025-06-01T12:00:00Z', ...over };
}

const statusPass = pass('status', 'The issuer’s status list says the badge has not been revoked.', { statusListCredential: `https://${issuerHost}/status/1`, statusListIndex: 7 });

export const reports = {
  valid: authentic('valid', [statusPass, pass('expiry', 'The badge has not expired.')]),
  expired: authentic('expired', [statusPass, { id: 'expiry', outcome: 'fail', message: 'The badge has expired.' }], {
    badge: { ...sampleBadge, expires: '2024-12-31T00:00:00Z' },
  }),
  revoked: authentic('revoked', [{ id: 'status', outcome: 'fail', message: 'The issuer has revoked the badge.', details: { statusListIndex: 3, statusPurpose: 'revocation' } }], { reason: 'issued in error' }),
  suspended: authentic('suspended', [{ id: 'status', outcome: 'fail', message: 'The issuer has suspended the badge.', details: { statusPurpose: 'suspension' } }]),
  'not-yet-valid': authentic('not-yet-valid', [{ id: 'issued', outcome: 'fail', message: 'The badge is not valid yet.' }], {
    badge: { ...sampleBadge, issued: '2030-01-01T00:00:00Z' },
  }),
  'status-unknown': authentic('status-unknown', [{ id: 'status', outcome: 'unknown', code: 'fetch-failed', message: 'The status list could not be checked, so it is not known whether the badge was revoked.', details: { url: `https://${issuerHost}/status/missing`, status: 404 } }]),
  'invalid-signature': failed('invalid', 'invalid-signature', [base[0]!, { id: 'proof', outcome: 'fail', code: 'invalid-signature', message: 'The signature could not be verified.', details: { proofType: 'DataIntegrityProof' } }]),
  'key-not-bound': failed('invalid', 'key-not-bound-to-issuer', [base[0]!, pass('proof', 'The signature is valid.'), { id: 'key-binding', outcome: 'fail', code: 'key-not-bound-to-issuer', message: 'The signing key could not be tied to the issuer.' }], {
    badge: { ...sampleBadge, issuer: { ...sampleBadge.issuer, name: 'Harvard University', id: 'https://badges.unknown-host.example/issuer' } },
  }),
  'fetch-timeout': failed('unverifiable', 'fetch-timeout', [{ id: 'fetch', outcome: 'unknown', code: 'fetch-timeout', message: 'A document needed to check the badge took too long to load.', details: { url: 'https://slow.example/assertion/1' } }], { badge: undefined }),
  cors: failed('unverifiable', 'fetch-failed', [{ id: 'fetch', outcome: 'unknown', code: 'cors', message: 'The issuer’s server does not allow other sites to read this badge.', details: { url: 'https://no-cors.example/assertion/1' } }], { badge: undefined }),
} satisfies Record<string, VerificationReport>;

export type ReportKey = keyof typeof reports;

/** The headline each hand-built report must show. */
export const expectedHeadline: Record<ReportKey, RegExp> = {
  valid: /^Verified$/,
  expired: /^Verified — expired on .*2024/,
  revoked: /^Verified — revoked \(issued in error\)$/,
  suspended: /^Verified — suspended$/,
  'not-yet-valid': /^Verified — not valid until .*2030/,
  'status-unknown': /^Verified — revocation status could not be checked$/,
  'invalid-signature': /^Not verified: the signature does not match$/,
  'key-not-bound': /^Not verified: the key does not belong to the issuer$/,
  'fetch-timeout': /^Could not check: the issuer’s server did not answer$/,
  cors: /^Could not check: the issuer’s server blocks cross-site requests$/,
};

/** A non-authentic report for any failure code (state as the sample issuer's table says). */
export function codeReport(code: VerificationCode, state: 'invalid' | 'unverifiable'): VerificationReport {
  return failed(state, code, [base[0]!, { id: code.startsWith('fetch') || code === 'url-blocked' ? 'fetch' : 'proof', outcome: state === 'invalid' ? 'fail' : 'unknown', code, message: `The check stopped with “${code}”.` }]);
}
