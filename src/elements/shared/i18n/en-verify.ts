/**
 * English `verify` section (`<badge-verify>`, its dialog and the card's verify mark), in its own
 * module so it travels with the code that shows it (bundlers split chunks by module): the card's lazy
 * verify controls load this, not all of `en.ts`. Re-exported by `en.ts`.
 */
import type { CheckOutcome, VerificationCode, VerificationState } from '../../../core/types.js';
import { every, keyed } from './keyed.js';

export type CheckNameKey =
  | 'format' | 'fetch' | 'hosted-id' | 'issuer' | 'origin' | 'badge-issuer' | 'proof' | 'algorithm' | 'key-binding'
  | 'claims' | 'status' | 'issued' | 'expiry' | 'recipient' | 'endorsements' | 'verify' | 'issuer-trusted';

export type DetailLabelKey =
  | 'kid' | 'keyId' | 'alg' | 'algorithm' | 'proofType' | 'cryptosuite' | 'verificationMethod' | 'url' | 'urls' | 'status'
  | 'statusListIndex' | 'statusListCredential' | 'statusPurpose' | 'controller' | 'did' | 'code';

/** Text of one verification state (the tone and icon are not text: see `verdict-text.ts`). */
export interface StateStrings {
  /** Short label of the verdict icon for assistive technology. */
  iconLabel: string;
  /** Headline; `date` is already formatted, `reason` the status reason, `cause` the code's clause. */
  headline: (p: { date?: string; reason?: string; cause: string }) => string;
  /** One sentence explaining what it means. */
  explanation: string;
}

/** `<badge-verify>` and `<badge-verify-dialog>`. */
export const verify = {
  states: every<VerificationState, StateStrings>({
    valid: {
      iconLabel: 'Verified',
      headline: () => 'Verified',
      explanation: 'The issuer’s signature checks out, the key belongs to the issuer and the badge is currently valid.',
    },
    expired: {
      iconLabel: 'Expired',
      headline: ({ date }) => (date ? `Verified — expired on ${date}` : 'Verified — expired'),
      explanation: 'The issuer really issued this badge, but it is no longer valid.',
    },
    'not-yet-valid': {
      iconLabel: 'Not yet valid',
      headline: ({ date }) => (date ? `Verified — not valid until ${date}` : 'Verified — not valid yet'),
      explanation: 'The issuer really issued this badge, but its validity period has not started yet.',
    },
    revoked: {
      iconLabel: 'Revoked',
      headline: ({ reason }) => (reason ? `Verified — revoked (${reason})` : 'Verified — revoked'),
      explanation: 'The issuer really issued this badge, but has since withdrawn it. It should not be relied on.',
    },
    suspended: {
      iconLabel: 'Suspended',
      headline: () => 'Verified — suspended',
      explanation: 'The issuer really issued this badge, but has suspended it for now.',
    },
    'status-unknown': {
      iconLabel: 'Status unknown',
      headline: () => 'Verified — revocation status could not be checked',
      explanation: 'The signature checks out, but the issuer’s revocation list could not be read, so the badge may have been withdrawn.',
    },
    invalid: {
      iconLabel: 'Not verified',
      headline: ({ cause }) => `Not verified: ${cause}`,
      explanation: 'Do not rely on this badge: it was changed, or it was not issued by whom it claims.',
    },
    unverifiable: {
      iconLabel: 'Could not check',
      headline: ({ cause }) => `Could not check: ${cause}`,
      explanation: 'This does not mean the badge is fake: it could not be checked right now. Try again later, or ask the issuer.',
    },
  }),
  /** The reason clause for each code ("Not verified: <clause>" / "Could not check: <clause>"). */
  codes: every<VerificationCode, string>({
    'invalid-signature': 'the signature does not match',
    'no-proof': 'it carries no signature and no hosted copy to compare with',
    malformed: 'the badge is damaged or not well formed',
    'unsupported-proof': 'it is signed with a kind of proof this verifier does not support',
    'unsupported-alg': 'it is signed with an algorithm this verifier does not accept',
    'weak-key': 'the signing key is too weak to be trusted',
    'key-not-bound-to-issuer': 'the key does not belong to the issuer',
    'key-resolution-failed': 'the issuer’s key could not be found',
    'context-not-allowed': 'it uses a vocabulary (JSON-LD context) this verifier does not trust',
    'data-loss': 'part of its content is not covered by the signature',
    'claim-mismatch': 'the signed data does not match the badge’s content',
    'origin-not-allowed': 'it is hosted at an address the issuer does not allow',
    'id-mismatch': 'the hosted copy does not match the badge’s address',
    'fetch-timeout': 'the issuer’s server did not answer',
    'fetch-too-large': 'the issuer’s server sent far too much data',
    'fetch-failed': 'the issuer’s server could not be reached',
    'url-blocked': 'it points to an address that is not allowed (only https)',
    'unknown-format': 'this is not a badge format this verifier can read',
  }),
  /** Check-level codes that are not report codes but deserve their own words. */
  extraCauses: keyed<'cors' | 'aborted'>({
    cors: 'the issuer’s server blocks cross-site requests',
    aborted: 'the check was cancelled',
  }),
  httpErrorCause: (status: string) => `the issuer’s server answered with an error (HTTP ${status})`,
  failedCause: 'the badge failed a check',
  uncheckedCause: 'the badge could not be checked',
  outcomes: every<CheckOutcome, string>({
    pass: 'Passed',
    fail: 'Failed',
    warn: 'Warning',
    skip: 'Skipped',
    unknown: 'Could not check',
  }),
  /** "3 passed, 1 failed": `n` is already formatted; `count` is the number (for plural rules). */
  outcomeCounts: every<CheckOutcome, (n: string, count: number) => string>({
    pass: (n: string) => `${n} passed`,
    fail: (n: string) => `${n} failed`,
    warn: (n: string) => `${n} with warnings`,
    unknown: (n: string) => `${n} not checkable`,
    skip: (n: string) => `${n} skipped`,
  }),
  listSeparator: ', ',
  /** Names of the well-known check ids; others are derived from the id. */
  checkNames: keyed<CheckNameKey>({
    format: 'Format',
    fetch: 'Hosted copy',
    'hosted-id': 'Same badge',
    issuer: 'Issuer profile',
    origin: 'Hosting address',
    'badge-issuer': 'Same issuer',
    proof: 'Signature',
    algorithm: 'Algorithm',
    'key-binding': 'Key belongs to issuer',
    claims: 'Token claims',
    status: 'Revocation status',
    issued: 'Issue date',
    expiry: 'Expiry date',
    recipient: 'Recipient',
    endorsements: 'Endorsements',
    verify: 'Verification',
    'issuer-trusted': 'Trusted issuer',
  }),
  /** Labels of well-known technical detail keys; others are split from camelCase. */
  detailLabels: keyed<DetailLabelKey>({
    kid: 'Key id',
    keyId: 'Key id',
    alg: 'Algorithm',
    algorithm: 'Algorithm',
    proofType: 'Proof type',
    cryptosuite: 'Cryptosuite',
    verificationMethod: 'Verification method',
    url: 'URL',
    urls: 'Fetched URLs',
    status: 'HTTP status',
    statusListIndex: 'Status list index',
    statusListCredential: 'Status list',
    statusPurpose: 'Status purpose',
    controller: 'Key controller',
    did: 'DID',
    code: 'Code',
  }),
  checkId: 'Check id',
  technicalDetails: 'Technical details',
  technicalDetailsFor: (name: string) => ` for ${name}`,
  whatWasChecked: 'What was checked',
  // verdict
  reasonGiven: (reason: string) => `Reason given: ${reason}`,
  badgeLabel: 'Badge: ',
  issuedOn: (date: string) => `issued ${date}`,
  expiredOn: (date: string) => `expired ${date}`,
  expiresOn: (date: string) => `expires ${date}`,
  // element
  checking: 'Checking the badge…',
  cancel: 'Cancel',
  verifyABadge: 'Verify a badge',
  // issuer
  whoIssuedIt: 'Who issued it',
  issuerName: 'Name',
  issuerNameHint: '(as the issuer claims — not proven)',
  noName: 'No name given',
  claimedId: 'Claimed identifier',
  verifiedIdentity: 'Verified identity',
  verifiedIdentityHint: '(proven by the signing key)',
  notProven: 'Not proven — nothing confirms who issued this badge.',
  /** Only when the page gives a list of trusted issuers: where it stands (under the verified identity). */
  issuerOnList: 'On this site’s list of trusted issuers',
  issuerNotOnList: 'Not on this site’s list of trusted issuers',
  /** The `issuer-trusted` check's sentence by outcome (the core's English message is replaced). */
  trustMessages: every<'pass' | 'warn' | 'skip', string>({
    pass: 'The verified issuer is on this site’s list of trusted issuers.',
    warn: 'The badge is authentic, but its verified issuer is not on this site’s list of trusted issuers.',
    skip: 'Not compared with this site’s list of trusted issuers: the badge is not verified, so the issuer it names is not proven.',
  }),
  // recipient
  recipientHeading: 'Was it issued to this person?',
  recipientLabel: 'E-mail or web address of the person',
  recipientPrivacy: 'Compared on this device only. It is not sent, saved or logged.',
  recipientCheck: 'Check',
  recipientComparing: 'Comparing…',
  recipientNoRecipient: 'Not possible: this badge does not name its recipient, so it cannot be matched to a person.',
  recipientUnverified: 'Not possible: the badge itself is not verified, so the person it names cannot be trusted.',
  recipientResults: {
    match: 'Match: this badge was issued to the address you entered.',
    mismatch: 'No match: this badge was not issued to the address you entered.',
    unsupported: 'Not possible: this badge does not record its recipient in a way that can be compared.',
    'not-checked': 'Not possible: the recipient could not be compared.',
    error: 'Not possible: the check could not be completed.',
  },
  // actions
  reverify: 'Re-verify',
  copyReport: 'Copy JSON report',
  downloadCredential: 'Download credential',
  verifyAnother: 'Verify another badge',
  copied: 'Report copied to the clipboard.',
  copyRefused: 'Copying is not allowed here. Use “Download credential”, or select the technical details by hand.',
  downloaded: (filename: string) => `Downloaded ${filename}.`,
  nothingToDownload: 'There is no credential document to download.',
  // drop zone
  dropHint: 'Drop a badge image (PNG or SVG) here, choose a file, or paste the badge or its address below.',
  chooseFile: 'Choose a file…',
  pasteLabel: 'Badge JSON, signed text (JWS / JWT) or web address',
  verifyButton: 'Verify',
  /** Read after "Verify" on the card's button (visually hidden). */
  verifyThisBadge: (name: string) => ` this badge: ${name}`,
  /** The check shown when a verification was cancelled or stopped unexpectedly. */
  failureCancelled: 'The verification was cancelled before it finished.',
  failureStopped: (message: string) => `The verification stopped: ${message}`,
  inputErrors: {
    empty: 'Paste a badge, a signed badge text or its web address first.',
    badJson: 'This looks like JSON but cannot be read: check that it was pasted completely.',
    tooLarge: 'This file is too large to be a badge (more than 5 MB).',
  },
  // dialog
  dialogTitle: 'Badge verification',
  close: 'Close',
  closeSuffix: ' verification',
};
