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
// (the i18n API — registerLocale, setDefaultLocale… — is in `badge-elements/i18n.js`)
export { stateText, codeText } from './elements/badge-verify/verdict-text.js';
