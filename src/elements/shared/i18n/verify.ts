/** The `verify` section (imported by `<badge-verify>` and the card's verify mark); other languages load on first use. */
import { verify } from './en-verify.js';
import { section } from './registry.js';

/** `verifyStrings('ar')` → the Arabic verifier strings once loaded (with registered overrides), else English. */
export const verifyStrings = section('verify', verify);
