/** Registers `<badge-verify>` and `<badge-verify-dialog>` (skipped if already defined) and exports their classes. */
import { BadgeVerify } from './elements/badge-verify/badge-verify.js';
import { BadgeVerifyDialog, BadgeVerifyDialogCloseEvent } from './elements/badge-verify/badge-verify-dialog.js';
import { defineBadgeVerify, defineBadgeVerifyDialog } from './elements/badge-verify/define.js';

defineBadgeVerify();
defineBadgeVerifyDialog();

export { BadgeVerify, BadgeVerifyDialog, BadgeVerifyDialogCloseEvent, defineBadgeVerify, defineBadgeVerifyDialog };
export { BadgeVerifiedEvent, BadgeVerifyStepEvent } from './elements/badge-verify/events.js';
export { STATE_TEXT, CODE_TEXT, verdictOf, type VerdictTone } from './elements/badge-verify/verdict-text.js';
export { badgeClientContext } from './elements/shared/client-context.js';
// i18n: add or override a language (`registerLocale('fr', { card: { issuedBy: 'Délivré par' } })`), the page default
// (`setDefaultLocale('de')`, as `configureBadgeElements({ locale })` in define.js), types of the catalogue
export { registerLocale, setDefaultLocale, getDefaultLocale, directionOf, LOCALE_CHANGE_EVENT, type LocaleStrings, type Catalogue } from './elements/shared/i18n/index.js';
export { stateText, codeText } from './elements/badge-verify/verdict-text.js';
