/**
 * Strings for the card's details panel and privacy modes (kept apart from `strings.ts` so the two
 * catalogues can be edited independently). Other languages: `registerDetailStrings()`.
 */
export interface DetailStrings {
  details: string;
  detailsLabel: (name: string) => string;
  close: string;
  evidence: string;
  viewEvidence: string;
  endorsements: string;
  endorsedBy: string;
  unknownEndorser: string;
  showBadge: string;
  willContact: (host: string) => string;
  nothingLoaded: string;
}

export const detailsEn: DetailStrings = {
  details: 'Details',
  detailsLabel: (name) => `Details: ${name}`,
  close: 'Close',
  evidence: 'Evidence',
  viewEvidence: 'View evidence',
  endorsements: 'Endorsements',
  endorsedBy: 'Endorsed by',
  unknownEndorser: 'an unnamed endorser',
  showBadge: 'Show badge',
  willContact: (host) => `Nothing is loaded until you ask. Showing it contacts ${host}.`,
  nothingLoaded: 'Nothing is loaded until you ask.',
};

const catalogues = new Map<string, DetailStrings>([['en', detailsEn]]);

export function registerDetailStrings(lang: string, strings: DetailStrings): void {
  catalogues.set(lang.toLowerCase(), strings);
}

export function detailStrings(lang?: string): DetailStrings {
  if (lang) {
    const tag = lang.toLowerCase();
    const hit = catalogues.get(tag) ?? catalogues.get(tag.split('-')[0]!);
    if (hit) return hit;
  }
  return detailsEn;
}
