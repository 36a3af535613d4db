import type { Badge } from '../../core/types.js';
import { parseDate } from '../shared/format-date.js';

/** What the card shows about a badge's validity at a given time (display only; the verifier decides). */
export interface CardValidity {
  revoked?: { reason?: string };
  expired: boolean;
  notYetValid: boolean;
}

export function cardValidity(badge: Badge, now: Date): CardValidity {
  const issued = parseDate(badge.issued);
  const expires = parseDate(badge.expires);
  return {
    revoked: badge.revoked,
    expired: !!expires && expires.getTime() <= now.getTime(),
    notYetValid: !!issued && issued.getTime() > now.getTime(),
  };
}

/** `MicroCredential` → label from the catalogue, else `ext:FooBar` → `Foo bar`. */
export function achievementTypeLabel(type: string, known: Record<string, string>): string {
  if (known[type]) return known[type];
  const bare = type.replace(/^[a-z]+:/i, '');
  if (known[bare]) return known[bare];
  const words = bare.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}
