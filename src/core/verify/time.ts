/**
 * Validity dates: issued / validFrom in the future → not-yet-valid; a past expires / validUntil → expired;
 * validUntil before validFrom (or an unreadable date) → malformed. The clock is `ctx.now`.
 */
import type { ReportBuilder } from './pipeline.js';

const ISO = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO 8601 date(-time) (or an OB 1.0 unix timestamp in seconds); undefined when absent; NaN when unreadable. */
export function parseDate(v: unknown): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v * 1000 : NaN;
  if (typeof v !== 'string') return NaN;
  const s = v.trim();
  if (/^\d{9,11}$/.test(s)) return Number(s) * 1000;
  if (!ISO.test(s)) return NaN;
  return Date.parse(s);
}

export interface Dates {
  /** Issued / validFrom / nbf. */
  from?: unknown;
  /** Expires / validUntil / exp. */
  until?: unknown;
  /** Labels for the details, e.g. `validFrom`, `issuedOn`. */
  fromLabel: string;
  untilLabel: string;
}

/** Adds the `issued` and `expiry` checks and flags not-yet-valid / expired; halts with `malformed` on bad dates. */
export function checkDates(b: ReportBuilder, now: Date, d: Dates): void {
  const from = parseDate(d.from);
  const until = parseDate(d.until);
  if (from !== undefined && Number.isNaN(from)) b.halt('issued', 'malformed', `The ${d.fromLabel} date is not a valid date.`);
  if (until !== undefined && Number.isNaN(until)) b.halt('expiry', 'malformed', `The ${d.untilLabel} date is not a valid date.`);
  if (from !== undefined && until !== undefined && until < from) {
    b.halt('expiry', 'malformed', `The badge expires (${d.untilLabel}) before it becomes valid (${d.fromLabel}).`);
  }
  const t = now.getTime();
  if (from === undefined) b.add('issued', 'skip');
  else if (from > t) {
    b.add('issued', 'fail', { message: `The badge is not valid until ${new Date(from).toISOString()}.`, details: { [d.fromLabel]: new Date(from).toISOString() } });
    b.flag('not-yet-valid');
  } else b.add('issued', 'pass', { details: { [d.fromLabel]: new Date(from).toISOString() } });
  if (until === undefined) b.add('expiry', 'skip');
  else if (until <= t) {
    b.add('expiry', 'fail', { message: `The badge expired on ${new Date(until).toISOString()}.`, details: { [d.untilLabel]: new Date(until).toISOString() } });
    b.flag('expired');
  } else b.add('expiry', 'pass', { message: `The badge is valid until ${new Date(until).toISOString()}.`, details: { [d.untilLabel]: new Date(until).toISOString() } });
}
