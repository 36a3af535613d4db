/**
 * English `verify` section (`<badge-verify>` and its dialog), in its own module so it travels with
 * the code that shows it (bundlers split chunks by module). The part the card's verify mark and button
 * also show is in `en-verdict.ts` (spread in below), so the card's lazy verify controls load that, not
 * this. Re-exported by `en.ts`.
 */
import type { CheckOutcome } from '../../../core/types.js';
import { checkSentences } from './en-checks.js';
import { verdict } from './en-verdict.js';
import { every, keyed } from './keyed.js';

export type { StateStrings } from './en-verdict.js';

export type CheckNameKey =
  | 'format' | 'fetch' | 'hosted-id' | 'issuer' | 'origin' | 'badge-issuer' | 'proof' | 'algorithm' | 'key-binding'
  | 'claims' | 'status' | 'issued' | 'expiry' | 'recipient' | 'endorsements' | 'baked' | 'verify' | 'issuer-trusted';

export type { CheckOutcomes, CheckValues, CheckSentence, CheckMessages } from './en-checks.js';


export type DetailLabelKey =
  | 'kid' | 'keyId' | 'alg' | 'algorithm' | 'proofType' | 'cryptosuite' | 'verificationMethod' | 'url' | 'urls' | 'status'
  | 'statusListIndex' | 'statusListCredential' | 'statusPurpose' | 'controller' | 'did' | 'code';

/** `<badge-verify>` and `<badge-verify-dialog>`: the verdict's strings, then the dialog's own. */
export const verify = {
  ...verdict,
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
    baked: 'Badge image',
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
  ...checkSentences,
  /** In a failed check's technical details: the engine's own (English) sentence, when the check's sentence above replaced it. */
  engineMessage: 'Message from the verification engine',
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
