/** Renders a VerificationReport as a readable terminal checklist (no DOM, no Lit). */
import type { CheckOutcome, VerificationReport, VerificationState } from '../core/types.js';

const SYMBOL: Record<CheckOutcome, string> = { pass: '✓', fail: '✗', warn: '!', skip: '–', unknown: '?' };
const COLOR: Record<CheckOutcome, string> = { pass: '32', fail: '31', warn: '33', skip: '90', unknown: '33' };

const STATE_TEXT: Record<VerificationState, string> = {
  valid: 'valid',
  expired: 'expired',
  'not-yet-valid': 'not yet valid',
  revoked: 'revoked by its issuer',
  suspended: 'suspended by its issuer',
  'status-unknown': 'of unknown status (its revocation status could not be checked)',
  invalid: 'invalid',
  unverifiable: 'unverifiable',
};

/**
 * Untrusted text (names, messages quoting credential data) goes to a terminal: strip control
 * characters (ANSI escape injection) and bidirectional overrides (spoofed verdicts), and cap length.
 */
export function safeText(s: unknown, max = 200): string {
  const str = String(s ?? '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '')
    .replace(/\s*\n\s*/g, ' ');
  return str.length > max ? `${str.slice(0, max - 1)}…` : str;
}

/** Exit status for a report: 0 only when authentic and valid (and, if a recipient was given, matching). */
export function exitCodeFor(report: VerificationReport, recipientGiven: boolean): 0 | 1 {
  if (!report.authentic || report.state !== 'valid') return 1;
  if (recipientGiven && report.recipient !== 'match') return 1;
  return 0;
}

function headline(r: VerificationReport, recipientGiven: boolean): { outcome: CheckOutcome; text: string } {
  const code = r.code ? ` (${r.code})` : '';
  if (!r.authentic) {
    if (r.state === 'unverifiable') return { outcome: 'fail', text: `NOT VERIFIED: this badge could not be checked${code}` };
    return { outcome: 'fail', text: `NOT VERIFIED: this badge is not authentic${code}` };
  }
  if (r.state === 'valid') {
    if (recipientGiven && r.recipient !== 'match') {
      const why = r.recipient === 'mismatch' ? 'was not issued to that recipient' : `recipient could not be checked (${r.recipient})`;
      return { outcome: 'fail', text: `AUTHENTIC AND VALID, but it ${why}` };
    }
    return { outcome: 'pass', text: 'VERIFIED: authentic and valid' };
  }
  const reason = r.reason ? `: ${safeText(r.reason)}` : '';
  const outcome: CheckOutcome = r.state === 'revoked' || r.state === 'suspended' ? 'fail' : 'warn';
  return { outcome, text: `AUTHENTIC, but ${STATE_TEXT[r.state]}${reason}` };
}

export interface FormatOptions {
  color: boolean;
  recipientGiven: boolean;
  /** What was read, e.g. "baked PNG (Open Badges 3.0) from badge.png". */
  description?: string;
}

export function formatChecklist(r: VerificationReport, opts: FormatOptions): string {
  const paint = (outcome: CheckOutcome, s: string): string => (opts.color ? `\x1b[${COLOR[outcome]}m${s}\x1b[0m` : s);
  const dim = (s: string): string => (opts.color ? `\x1b[2m${s}\x1b[0m` : s);
  const bold = (s: string): string => (opts.color ? `\x1b[1m${s}\x1b[0m` : s);
  const lines: string[] = [];
  const head = headline(r, opts.recipientGiven);
  lines.push(paint(head.outcome, bold(`${SYMBOL[head.outcome]} ${head.text}`)));

  const b = r.badge;
  if (b) {
    lines.push(`  Badge:     ${safeText(b.name)}${b.achievementType ? dim(` (${safeText(b.achievementType, 40)})`) : ''}`);
    const claimed = safeText(b.issuer.name) + (b.issuer.id ? ` <${safeText(b.issuer.id)}>` : '');
    lines.push(`  Issuer:    ${claimed} ${dim('— as claimed by the badge')}`);
  }
  if (r.verifiedIssuer) lines.push(`  Verified:  ${safeText(r.verifiedIssuer)} ${dim('— the identity the checks proved')}`);
  else if (b) lines.push(`  Verified:  ${dim('no issuer identity could be verified')}`);
  if (r.issuerTrusted !== undefined && r.authentic) {
    lines.push(`  Trusted:   ${r.issuerTrusted ? 'yes — on your list of trusted issuers (--trust)' : 'no — not on your list of trusted issuers (--trust)'}`);
  }
  if (b?.issued) lines.push(`  Issued:    ${safeText(b.issued, 40)}`);
  if (b?.expires) lines.push(`  Expires:   ${safeText(b.expires, 40)}`);
  if (opts.recipientGiven || r.recipient !== 'not-checked') lines.push(`  Recipient: ${r.recipient}`);
  if (opts.description) lines.push(`  Read:      ${safeText(opts.description, 300)}`);
  lines.push(`  Checked:   ${r.checkedAt}`);

  lines.push('', 'Checks:');
  const width = Math.min(18, Math.max(0, ...r.checks.map((c) => safeText(c.id, 18).length)));
  for (const c of r.checks) {
    const sym = paint(c.outcome, SYMBOL[c.outcome] ?? '?');
    const code = c.code && c.outcome !== 'pass' ? dim(` [${safeText(c.code, 40)}]`) : '';
    lines.push(`  ${sym} ${safeText(c.id, 18).padEnd(width)}  ${safeText(c.message, 400)}${code}`);
  }
  if (r.checks.length === 0) lines.push(`  ${dim('(no checks were reported)')}`);

  if (r.endorsements?.length) {
    lines.push('', 'Endorsements:');
    for (const e of r.endorsements) {
      const h = headline(e, false);
      const who = e.badge?.issuer.name ? ` — ${safeText(e.badge.issuer.name)}` : '';
      lines.push(`  ${paint(h.outcome, SYMBOL[h.outcome])} ${h.text}${who}`);
    }
  }
  lines.push('', dim(`Legend: ${SYMBOL.pass} passed  ${SYMBOL.fail} failed  ${SYMBOL.warn} warning  ${SYMBOL.skip} skipped  ${SYMBOL.unknown} unknown`));
  return lines.join('\n') + '\n';
}
