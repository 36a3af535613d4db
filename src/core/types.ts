/**
 * The shared model: one normalized `Badge` for every supported format, and the
 * `VerificationReport` of the verification contract (see DESIGN.md).
 * DOM-free and Lit-free; plain serializable data only (dates are ISO strings).
 */

/** Where a badge came from. */
export type BadgeFormat =
  | 'ob1-hosted' // Open Badges 1.x hosted assertion, upgraded to the 2.0 shape
  | 'ob2-hosted' // Open Badges 2.0 hosted assertion
  | 'ob2-signed' // Open Badges 2.0 signed assertion (compact JWS)
  | 'ob3-json' // Open Badges 3.0 credential as JSON(-LD) (VCDM 1.1 or 2.0)
  | 'ob3-jwt'; // Open Badges 3.0 credential as VC-JWT

export interface BadgeImage {
  /** Absolute URL (https/http) or a `data:image/...` URL that passed the image policy. */
  url: string;
  /** Alt text: OB3 `image.caption`, else a text derived from the badge name. */
  alt: string;
}

export interface BadgeIssuer {
  /** IRI of the issuer profile (https URL or DID), when given. */
  id?: string;
  /** The name the issuer claims for itself: self-declared, not proven. */
  name: string;
  url?: string;
  email?: string;
  description?: string;
  image?: BadgeImage;
  /**
   * What the issuer's identity can be checked against, apart from its claimed name:
   * the host of an https issuer id (e.g. `issuer.example`) or the DID (`did:web:…`, `did:key:…`).
   */
  origin?: string;
}

export interface BadgeCriteria {
  /** A page describing the criteria. */
  url?: string;
  /** Markdown narrative (rendered as text until the Markdown renderer is loaded). */
  narrative?: string;
}

/** A skill / competency / standard the badge aligns to. */
export interface BadgeAlignment {
  name: string;
  url?: string;
  description?: string;
  framework?: string;
  code?: string;
  /** OB3 `alignmentType`, e.g. `CFItem`, `ceasn:Competency`. */
  type?: string;
}

export interface BadgeRecipient {
  /** `email`, `url`, `telephone`, `did`, `id` (OB3 `emailAddress` is mapped to `email`). */
  type: string;
  hashed: boolean;
  /** `sha256$…` / `md5$…` when hashed. */
  hash?: string;
  salt?: string;
  /**
   * The plaintext identity. Only present when loaded with `revealRecipient: true`
   * (never by default: the elements never show a learner's e-mail unless asked).
   */
  identity?: string;
}

export interface BadgeEvidence {
  id?: string;
  name?: string;
  description?: string;
  /** Markdown narrative. */
  narrative?: string;
  genre?: string;
  audience?: string;
}

export interface BadgeResult {
  /** The result's description or type. */
  name?: string;
  value?: string;
  status?: string;
}

export interface BadgeEndorsement {
  id?: string;
  issuerName?: string;
  issuerId?: string;
  /** Markdown comment. */
  comment?: string;
  issued?: string;
}

export interface Badge {
  /** Assertion / credential id (URL, URN or DID URL), when it has one. */
  id?: string;
  format: BadgeFormat;
  name: string;
  description?: string;
  image?: BadgeImage;
  criteria?: BadgeCriteria;
  issuer: BadgeIssuer;
  recipient?: BadgeRecipient;
  /** ISO 8601. OB2 `issuedOn`, VCDM 1.1 `issuanceDate`, VCDM 2.0 `validFrom`. */
  issued?: string;
  /** ISO 8601. OB2 `expires`, VCDM 1.1 `expirationDate`, VCDM 2.0 `validUntil`. */
  expires?: string;
  alignments: BadgeAlignment[];
  tags: string[];
  /** OB3 `achievementType` (e.g. `Badge`, `Certificate`, `MicroCredential`). */
  achievementType?: string;
  /** BadgeClass / Achievement id: groups badges of one kind (stacks, walls). */
  achievementId?: string;
  evidence: BadgeEvidence[];
  results: BadgeResult[];
  /** OB3 `creditsEarned` (or the achievement's `creditsAvailable`). */
  credits?: number;
  endorsements: BadgeEndorsement[];
  /** OB 2.0 hosted assertion answered 410 Gone or `revoked: true` (shown; the verifier decides). */
  revoked?: { reason?: string };
  /** The URL the badge was loaded from, when it was loaded from one. */
  source?: string;
  /** The original document: the JSON object, or the compact JWS/JWT string. */
  document: unknown;
}

/* ---------------------------------------------------------------- verification contract */

export type VerificationState =
  | 'valid'
  | 'expired'
  | 'not-yet-valid'
  | 'revoked'
  | 'suspended'
  | 'status-unknown'
  | 'invalid'
  | 'unverifiable';

export type VerificationCode =
  | 'invalid-signature'
  | 'no-proof'
  | 'malformed'
  | 'unsupported-proof'
  | 'unsupported-alg'
  | 'weak-key'
  | 'key-not-bound-to-issuer'
  | 'key-resolution-failed'
  | 'context-not-allowed'
  | 'data-loss'
  | 'claim-mismatch'
  | 'origin-not-allowed'
  | 'id-mismatch'
  | 'fetch-timeout'
  | 'fetch-too-large'
  | 'fetch-failed'
  | 'url-blocked'
  | 'unknown-format';

export type CheckOutcome = 'pass' | 'fail' | 'warn' | 'skip' | 'unknown';

export interface VerificationCheck {
  /** Stable id, e.g. `format`, `fetch`, `proof`, `key-binding`, `issuer-trusted`, `status`, `expiry`, `recipient`. */
  id: string;
  outcome: CheckOutcome;
  code?: VerificationCode | string;
  /** One human sentence. */
  message: string;
  /** Technical details for the expandable view (key id, algorithm, proof type, fetched URLs, status index…). */
  details?: Record<string, string | number | boolean | undefined>;
}

export type RecipientResult = 'match' | 'mismatch' | 'not-checked' | 'unsupported';

export interface VerificationReport {
  authentic: boolean;
  state: VerificationState;
  /** Present when not authentic. */
  code?: VerificationCode;
  recipient: RecipientResult;
  checks: VerificationCheck[];
  badge?: Badge;
  /** What the key was actually bound to: the issuer's DID or https host (shown apart from the claimed name). */
  verifiedIssuer?: string;
  /**
   * Only when a `trustedIssuers` list was given: true when the verified issuer (never the claimed name
   * or an unproven id) is on it. Always false when not authentic. Trust never changes `authentic`,
   * `state` or `code`; the `issuer-trusted` check says the same in words.
   */
  issuerTrusted?: boolean;
  /** Endorsements, verified the same way (depth-limited). */
  endorsements?: VerificationReport[];
  /** When revoked/suspended: the issuer's own stated reason (`revocationReason`…), only if it gives one. */
  reason?: string;
  /** ISO time the report was made at (the `now` used). */
  checkedAt: string;
}

/** Anything `loadBadge()` / `verify()` accept. */
export type BadgeInput = string | object | Uint8Array | ArrayBuffer;
