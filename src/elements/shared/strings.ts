/**
 * Every user-visible string of the elements, in one typed catalogue.
 * English only for now; other languages plug in through `registerStrings()`
 * and are chosen by the element's language (the closest `lang`).
 */
export interface BadgeStrings {
  loading: string;
  loadingBadge: string;
  empty: string;
  errorTitle: string;
  revokedTitle: string;
  errorCode: (code: string) => string;
  retry: string;
  retryLabel: string;
  issuedBy: string;
  issuerOrigin: string;
  issuerOriginHint: (origin: string) => string;
  issued: string;
  expires: string;
  expired: string;
  notYetValid: string;
  validFrom: string;
  revoked: string;
  revokedReason: (reason: string) => string;
  criteria: string;
  viewCriteria: string;
  skills: string;
  tags: string;
  achievementType: string;
  opensInNewTab: string;
  imageAltFallback: (name: string) => string;
  /** Labels for well-known OB 3.0 achievement types; others are split from camelCase. */
  achievementTypes: Record<string, string>;
  /** Human messages for error codes, used when an error has no message. */
  errors: Record<string, string>;
}

export const en: BadgeStrings = {
  loading: 'Loading…',
  loadingBadge: 'Loading badge…',
  empty: 'No badge to show.',
  errorTitle: 'This badge could not be shown',
  revokedTitle: 'This badge was revoked by its issuer',
  errorCode: (code) => `Error code: ${code}`,
  retry: 'Try again',
  retryLabel: 'Try again to load the badge',
  issuedBy: 'Issued by',
  issuerOrigin: 'Issuer address',
  issuerOriginHint: (origin) =>
    `The issuer's name is self-declared. Its address is ${origin}.`,
  issued: 'Issued',
  expires: 'Expires',
  expired: 'Expired',
  notYetValid: 'Not yet valid',
  validFrom: 'Valid from',
  revoked: 'Revoked',
  revokedReason: (reason) => `Reason: ${reason}`,
  criteria: 'Criteria',
  viewCriteria: 'View criteria',
  skills: 'Skills',
  tags: 'Tags',
  achievementType: 'Type',
  opensInNewTab: '(opens in a new tab)',
  imageAltFallback: (name) => `Badge image: ${name}`,
  achievementTypes: {
    Achievement: 'Achievement',
    ApprenticeshipCertificate: 'Apprenticeship certificate',
    Assessment: 'Assessment',
    Assignment: 'Assignment',
    AssociateDegree: 'Associate degree',
    Award: 'Award',
    Badge: 'Badge',
    BachelorDegree: 'Bachelor degree',
    Certificate: 'Certificate',
    CertificateOfCompletion: 'Certificate of completion',
    Certification: 'Certification',
    CommunityService: 'Community service',
    Competency: 'Competency',
    Course: 'Course',
    CoCurricular: 'Co-curricular',
    Degree: 'Degree',
    Diploma: 'Diploma',
    DoctoralDegree: 'Doctoral degree',
    Fieldwork: 'Fieldwork',
    GeneralEducationDevelopment: 'GED',
    JourneymanCertificate: 'Journeyman certificate',
    LearningProgram: 'Learning program',
    License: 'License',
    Membership: 'Membership',
    MicroCredential: 'Micro-credential',
    ProfessionalDoctorate: 'Professional doctorate',
    QualityAssuranceCredential: 'Quality assurance credential',
    ResearchDoctorate: 'Research doctorate',
    SecondarySchoolDiploma: 'Secondary school diploma',
  },
  errors: {
    'fetch-failed': 'The badge could not be downloaded.',
    'fetch-timeout': 'The issuer’s server did not answer in time.',
    'fetch-too-large': 'The badge document is too large.',
    'not-json': 'The badge address did not return a badge document.',
    'unknown-format': 'This is not a badge format we can read.',
    'url-blocked': 'This address is not allowed.',
    cors: 'The issuer’s server does not allow other sites to read this badge.',
    malformed: 'The badge document is damaged or incomplete.',
    aborted: 'Loading was cancelled.',
  },
};

const catalogues = new Map<string, BadgeStrings>([['en', en]]);

/** Adds (or replaces) a language, e.g. `registerStrings('de', { ...en, retry: 'Erneut versuchen' })`. */
export function registerStrings(lang: string, strings: BadgeStrings): void {
  catalogues.set(lang.toLowerCase(), strings);
}

/** The catalogue for a BCP 47 tag (`de-CH` → `de-ch`, then `de`, then English). */
export function getStrings(lang?: string): BadgeStrings {
  if (lang) {
    const tag = lang.toLowerCase();
    const hit = catalogues.get(tag) ?? catalogues.get(tag.split('-')[0]!);
    if (hit) return hit;
  }
  return en;
}
