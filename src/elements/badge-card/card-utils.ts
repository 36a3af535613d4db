import { toBadgeError } from '../../core/errors.js';
import type { BadgeErrorInfo } from '../shared/events.js';


export function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host || undefined : undefined;
  } catch {
    return undefined;
  }
}

export function errorInfo(e: unknown): BadgeErrorInfo {
  const err = toBadgeError(e, 'fetch-failed');
  return err.status === undefined ? { code: err.code, message: err.message } : { code: err.code, message: err.message, status: err.status };
}
