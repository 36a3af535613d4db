/**
 * English `card` section of the catalogue, in its own module: bundlers split chunks by module, so
 * the card's entry carries only these strings (the `verify` section and the rest of `en.ts` load
 * with the parts that use them). Re-exported by `en.ts`, the catalogue's source of truth.
 */
import { keyed } from './keyed.js';

export type AchievementTypeKey =
  | 'Achievement' | 'ApprenticeshipCertificate' | 'Assessment' | 'Assignment' | 'AssociateDegree' | 'Award' | 'Badge'
  | 'BachelorDegree' | 'Certificate' | 'CertificateOfCompletion' | 'Certification' | 'CommunityService' | 'Competency'
  | 'Course' | 'CoCurricular' | 'Degree' | 'Diploma' | 'DoctoralDegree' | 'Fieldwork' | 'GeneralEducationDevelopment'
  | 'JourneymanCertificate' | 'LearningProgram' | 'License' | 'Membership' | 'MicroCredential' | 'ProfessionalDoctorate'
  | 'QualityAssuranceCredential' | 'ResearchDoctorate' | 'SecondarySchoolDiploma';

export type LoadErrorKey =
  | 'fetch-failed' | 'fetch-timeout' | 'fetch-too-large' | 'not-json' | 'unknown-format' | 'url-blocked' | 'cors' | 'malformed' | 'aborted';

/** `<badge-card>`. */
export const card = {
  loading: 'Loading…',
  loadingBadge: 'Loading badge…',
  empty: 'No badge to show.',
  errorTitle: 'This badge could not be shown',
  revokedTitle: 'This badge was revoked by its issuer',
  errorCode: (code: string) => `Error code: ${code}`,
  retry: 'Try again',
  retryLabel: 'Try again to load the badge',
  issuedBy: 'Issued by',
  issuerOrigin: 'Issuer address',
  issuerOriginHint: (origin: string) => `The issuer's name is self-declared. Its address is ${origin}.`,
  issued: 'Issued',
  expires: 'Expires',
  expired: 'Expired',
  notYetValid: 'Not yet valid',
  validFrom: 'Valid from',
  revoked: 'Revoked',
  revokedReason: (reason: string) => `Reason: ${reason}`,
  criteria: 'Criteria',
  viewCriteria: 'View criteria',
  skills: 'Skills',
  tags: 'Tags',
  achievementType: 'Type',
  opensInNewTab: '(opens in a new tab)',
  imageAltFallback: (name: string) => `Badge image: ${name}`,
  /** Labels for well-known OB 3.0 achievement types; others are split from camelCase. */
  achievementTypes: keyed<AchievementTypeKey>({
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
  }),
  /** Human messages for error codes, used when an error has no message. */
  errors: keyed<LoadErrorKey>({
    'fetch-failed': 'The badge could not be downloaded.',
    'fetch-timeout': 'The issuer’s server did not answer in time.',
    'fetch-too-large': 'The badge document is too large.',
    'not-json': 'The badge address did not return a badge document.',
    'unknown-format': 'This is not a badge format we can read.',
    'url-blocked': 'This address is not allowed.',
    cors: 'The issuer’s server does not allow other sites to read this badge.',
    malformed: 'The badge document is damaged or incomplete.',
    aborted: 'Loading was cancelled.',
  }),
};
