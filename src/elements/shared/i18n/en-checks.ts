/**
 * English sentences for each check of a verification report (`verify.checkMessages`) and for each failure
 * code (`verify.codeMessages`): the dialog's largest part, spread into `verify` by `en-verify.ts`.
 */
import { CODE_MESSAGES } from '../../../core/verify/code-messages.js';

/** The outcomes the verification engine gives each check (`checkMessages` has a sentence for each). */
export interface CheckOutcomes {
  format: 'pass' | 'fail';
  fetch: 'pass' | 'fail';
  'hosted-id': 'pass' | 'fail';
  issuer: 'pass' | 'fail';
  origin: 'pass' | 'fail';
  'badge-issuer': 'pass' | 'fail';
  proof: 'pass' | 'fail' | 'skip';
  algorithm: 'pass' | 'fail';
  'key-binding': 'pass' | 'fail';
  claims: 'pass' | 'fail';
  status: 'pass' | 'fail' | 'skip' | 'unknown';
  issued: 'pass' | 'fail' | 'skip';
  expiry: 'pass' | 'fail' | 'skip';
  recipient: 'pass' | 'fail' | 'skip' | 'unknown';
  endorsements: 'pass' | 'warn' | 'skip';
  baked: 'pass' | 'fail';
  verify: 'fail';
  'issuer-trusted': 'pass' | 'warn' | 'skip';
}

/** What a check's sentence may use. Dates arrive formatted for the language. */
export interface CheckValues {
  /**
   * The check's technical details as the report gives them (`alg`, `issuer`, `statusPurpose`, `count`…).
   * Strings are credential text, already cleaned by the engine; put them in the sentence as they are
   * (the dialog shows each one isolated, so it cannot reorder the words around it).
   */
  details: Readonly<Record<string, string | number | boolean | undefined>>;
  /** The failure code (`invalid-signature`…), when the check has one. */
  code?: string;
  /** The check's start date (`validFrom`, `issuanceDate`, `issuedOn`), formatted. */
  from?: string;
  /** The check's end date (`validUntil`, `expirationDate`, `expires`), formatted. */
  until?: string;
  /** Formats a number for the language. */
  number: (n: number) => string;
}

/**
 * A check's sentence: text, or made from the check's values. For a failed or uncheckable check with a
 * code, the code's sentence (`codeMessages`) replaces a text; a function comes first and returns
 * `undefined` to leave it to the code's sentence.
 */
export type CheckSentence = string | ((v: CheckValues) => string | undefined);

/** One sentence per outcome of each check the engine makes. */
export type CheckMessages = { [K in keyof CheckOutcomes]: Record<CheckOutcomes[K], CheckSentence> };

const STATUS_LISTS = new Set(['RevocationList', '1EdTechRevocationList']);

export const checkSentences = {
  /**
   * Each check's sentence by check id and outcome (a check the catalogue does not know shows the
   * engine's English sentence, `check.message`).
   */
  checkMessages: {
    format: {
      pass: ({ details: d }) =>
        d.format === 'ob3-jwt'
          ? 'This is an Open Badges 3.0 credential signed as a JWT (VC-JWT).'
          : d.format === 'ob3-json'
            ? 'This is an Open Badges 3.0 credential (JSON-LD).'
            : d.format === 'ob2-signed'
              ? 'This is an Open Badges 2.0 signed assertion (JWS).'
              : d.format === 'ob2-hosted'
                ? 'This is an Open Badges 2.0 hosted assertion.'
                : d.format === 'ob1-hosted'
                  ? 'This is an Open Badges 1.x hosted assertion.'
                  : 'The badge format was recognised.',
      fail: 'The badge could not be read.',
    },
    fetch: {
      pass: 'The hosted badge was loaded from its own address; the hosted copy is the one checked.',
      fail: ({ details: d, code }) =>
        d.status === 410
          ? 'The issuer answers that this badge is gone (HTTP 410): it was revoked.'
          : code === 'fetch-failed' && typeof d.status === 'number'
            ? `The hosted badge could not be loaded (HTTP ${d.status}).`
            : code
              ? undefined
              : 'The hosted badge could not be loaded from its address.',
    },
    'hosted-id': {
      pass: 'The hosted copy names the same badge.',
      fail: 'The hosted copy names a different badge.',
    },
    issuer: {
      pass: 'The issuer profile was loaded from its own address.',
      fail: ({ details: d, code }) =>
        code === 'id-mismatch'
          ? 'The issuer profile at the issuer’s address names another issuer.'
          : d.url === undefined && (code === 'malformed' || code === 'key-not-bound-to-issuer')
            ? 'The badge’s issuer has no web address (HTTP id) to check it against.'
            : code
              ? undefined
              : 'The issuer profile could not be checked.',
    },
    origin: {
      pass: 'The badge is hosted where its issuer allows.',
      fail: 'The badge is hosted outside the places its issuer allows.',
    },
    'badge-issuer': {
      pass: 'The badge class names the same issuer.',
      fail: () => 'The badge class and the issuer profile name different issuers.',
    },
    proof: {
      pass: ({ details: d, number }) =>
        d.alg !== undefined
          ? `The ${d.alg} signature is valid.`
          : d.cryptosuite !== undefined
            ? typeof d.proofs === 'number' && d.proofs > 1
              ? `All ${number(d.proofs)} proofs (${d.cryptosuite}) were verified with the issuer’s key.`
              : `The ${d.cryptosuite} proof was verified with the issuer’s key.`
            : 'The signature is valid.',
      fail: 'The signature could not be verified.',
      skip: 'There is no signature to check: a hosted badge is checked by loading it from its issuer.',
    },
    algorithm: {
      pass: ({ details: d }) => (d.alg !== undefined ? `The algorithm ${d.alg} is on the allowed list.` : 'The signature algorithm is on the allowed list.'),
      fail: ({ details: d }) => (d.alg !== undefined ? `The badge is signed with the algorithm ${d.alg}, which is not on the allowed list.` : 'The signature algorithm is not allowed.'),
    },
    'key-binding': {
      pass: ({ details: d }) => (d.issuer !== undefined ? `The key is bound to the issuer ${d.issuer}.` : 'The signing key belongs to the issuer.'),
      fail: 'The signing key could not be tied to the issuer.',
    },
    claims: {
      pass: 'The token’s claims agree with the credential.',
      fail: ({ details: d }) => (d.claim !== undefined ? `The token’s “${d.claim}” claim disagrees with the credential.` : 'The token’s claims disagree with the credential.'),
    },
    status: {
      pass: ({ details: d }) =>
        d.statusPurpose === 'suspension'
          ? 'The issuer’s status list says the badge is not suspended.'
          : d.statusPurpose !== undefined && d.statusPurpose !== 'revocation'
            ? `The issuer’s status list was read for the purpose “${d.statusPurpose}”.`
            : STATUS_LISTS.has(String(d.type))
              ? 'The issuer’s revocation list does not list the badge.'
              : d.statusPurpose === 'revocation'
                ? 'The issuer’s status list says the badge has not been revoked.'
                : 'The badge is not marked as revoked.',
      fail: ({ details: d }) =>
        d.statusPurpose === 'suspension'
          ? 'The issuer’s status list marks the badge as suspended.'
          : d.statusPurpose === 'revocation'
            ? 'The issuer’s status list marks the badge as revoked.'
            : 'The issuer has revoked the badge.',
      skip: 'The badge declares no revocation or status list.',
      unknown: ({ details: d, code }) =>
        d.listIssuer !== undefined
          ? 'The status list was published by someone other than the badge’s issuer, so it is not known whether the badge was revoked.'
          : d.type !== undefined && d.statusPurpose === undefined && d.url === undefined && !STATUS_LISTS.has(String(d.type))
            ? `The status method ${d.type} is not supported, so it is not known whether the badge was revoked.`
            : code
              ? undefined
              : 'The status list could not be checked, so it is not known whether the badge was revoked.',
    },
    issued: {
      pass: ({ from }) => (from ? `The badge has been valid since ${from}.` : 'The badge was issued in the past.'),
      fail: ({ from, code }) => (from ? `The badge is not valid until ${from}.` : code ? undefined : 'The badge is not valid yet.'),
      skip: 'The badge gives no issue date.',
    },
    expiry: {
      pass: ({ until }) => (until ? `The badge is valid until ${until}.` : 'The badge has not expired.'),
      fail: ({ until, code }) => (until ? `The badge expired on ${until}.` : code ? undefined : 'The badge has expired.'),
      skip: 'The badge has no expiry date.',
    },
    recipient: {
      pass: 'The given identity matches the badge’s recipient.',
      fail: 'The given identity does not match the badge’s recipient.',
      skip: 'No identity was given to compare with the recipient.',
      unknown: 'The given identity could not be compared: the badge names no recipient in a form this verifier can compare.',
    },
    endorsements: {
      pass: ({ details: d, number }) =>
        typeof d.valid === 'number' ? `${number(d.valid)} ${d.valid === 1 ? 'endorsement' : 'endorsements'} verified.` : 'The endorsements were checked.',
      warn: ({ details: d, number }) =>
        typeof d.valid === 'number' && typeof d.verified === 'number'
          ? `${number(d.verified - d.valid)} of ${number(d.verified)} endorsements could not be verified as valid.`
          : 'Some endorsements could not be verified.',
      skip: 'Endorsements were not checked (depth limit).',
    },
    baked: {
      pass: ({ details: d }) => (d.image === 'png' || d.image === 'svg' ? `The badge was read from the ${d.image.toUpperCase()} image it is baked into.` : 'The badge was read from the image it is baked into.'),
      fail: 'No badge could be read from the image.',
    },
    verify: {
      fail: 'The badge could not be checked because of an unexpected error.',
    },
    'issuer-trusted': {
      pass: 'The verified issuer is on this site’s list of trusted issuers.',
      warn: 'The badge is authentic, but its verified issuer is not on this site’s list of trusted issuers.',
      skip: 'Not compared with this site’s list of trusted issuers: the badge is not verified, so the issuer it names is not proven.',
    },
  } satisfies CheckMessages as CheckMessages,
  /** A failed or uncheckable check's sentence by its code (a check's own sentence may say more): the engine's own words. */
  codeMessages: CODE_MESSAGES,
};
