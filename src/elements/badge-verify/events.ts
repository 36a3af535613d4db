import type { VerificationCheck, VerificationReport } from '../../core/types.js';

/** Fired once a verification finished (also when it found the badge invalid or uncheckable). */
export class BadgeVerifiedEvent extends CustomEvent<{ report: VerificationReport }> {
  static readonly eventName = 'badge-verified' as const;
  constructor(report: VerificationReport) {
    super(BadgeVerifiedEvent.eventName, { detail: { report }, bubbles: true, composed: true });
  }
}

/** Fired for each check of the report, in order, so a host page can show progress. */
export class BadgeVerifyStepEvent extends CustomEvent<{ check: VerificationCheck; index: number }> {
  static readonly eventName = 'badge-verify-step' as const;
  constructor(check: VerificationCheck, index: number) {
    super(BadgeVerifyStepEvent.eventName, { detail: { check, index }, bubbles: true, composed: true });
  }
}

/** Dispatches one `badge-verify-step` per check, in order, then `badge-verified`. */
export function emitReport(target: EventTarget, report: VerificationReport): void {
  report.checks.forEach((check, index) => target.dispatchEvent(new BadgeVerifyStepEvent(check, index)));
  target.dispatchEvent(new BadgeVerifiedEvent(report));
}

declare global {
  interface HTMLElementEventMap {
    'badge-verified': BadgeVerifiedEvent;
    'badge-verify-step': BadgeVerifyStepEvent;
  }
}
