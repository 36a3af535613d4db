/**
 * English `details` section (the card's details panel and privacy modes), in its own module so
 * it travels with the code that shows it (bundlers split chunks by module). Re-exported by `en.ts`.
 */
/** The card's details panel and privacy modes (`load="on-click"`). */
export const details = {
  details: 'Details',
  detailsLabel: (name: string) => `Details: ${name}`,
  close: 'Close',
  evidence: 'Evidence',
  viewEvidence: 'View evidence',
  endorsements: 'Endorsements',
  endorsedBy: 'Endorsed by',
  unknownEndorser: 'an unnamed endorser',
  showBadge: 'Show badge',
  willContact: (host: string) => `Nothing is loaded until you ask. Showing it contacts ${host}.`,
  nothingLoaded: 'Nothing is loaded until you ask.',
};
