/** The report's normalized badge, made with the formats' normalizers; a normalizer error never stops verification. */
import { normalizeOb2, normalizeOb3, type Ob2Parts } from '../read-path.js';
import type { Badge, BadgeFormat } from '../types.js';

export function ob2Badge(parts: Ob2Parts, format: BadgeFormat, document: unknown, source?: string): Badge | undefined {
  try {
    return normalizeOb2(parts, { format, source, document });
  } catch {
    return undefined;
  }
}

export function ob3Badge(credential: Record<string, unknown>, format: BadgeFormat, document: unknown, source?: string): Badge | undefined {
  try {
    return normalizeOb3(credential, { format, source, document });
  } catch {
    return undefined;
  }
}
