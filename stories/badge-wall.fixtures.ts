/**
 * Inline data for the `<badge-wall>` stories (Storybook cannot reach the sample issuer): OB 2.0 assertions with
 * their BadgeClass and issuer embedded (so nothing is fetched), cloned into a wall of members' badges, and a
 * feed with a pathway. Artwork from `fixtures.ts`.
 */
import { images, ob2Hosted } from './fixtures.js';

const ORIGIN = 'https://badges.opendataguild.example';
const issuer = ob2Hosted.badge.issuer;

interface ClassDef { slug: string; name: string; image: string; skills: string[]; tags: string[]; description: string }

const CLASSES: ClassDef[] = [
  { slug: 'sql-querying', name: 'SQL Querying', image: images.sql, skills: ['Relational querying', 'Database administration'], tags: ['SQL', 'databases'], description: 'Writes correct SELECT queries with joins, grouping and window functions.' },
  { slug: 'data-visualization', name: 'Data Visualization', image: images.viz, skills: ['Data visualisation', 'Accessible charts'], tags: ['visualization', 'accessibility'], description: 'Chooses honest chart types and publishes an accessible interactive chart.' },
  { slug: 'python-for-data', name: 'Python for Data', image: images.python, skills: ['Programming/software development'], tags: ['Python', 'pandas'], description: 'Loads, reshapes and analyses tabular data in Python with pandas.' },
  { slug: 'applied-statistics', name: 'Applied Statistics', image: images.stats, skills: ['Statistical inference', 'Data science'], tags: ['statistics'], description: 'Uses confidence intervals, hypothesis tests and simple regression.' },
  { slug: 'open-data-ethics', name: 'Open Data Ethics', image: images.ethics, skills: ['Responsible release'], tags: ['ethics', 'privacy'], description: 'Assesses a data release for privacy and re-identification risk.' },
  { slug: 'data-practitioner-capstone', name: 'Data Practitioner Capstone', image: images.capstone, skills: ['Data science', 'Practitioner'], tags: ['capstone'], description: 'An end-to-end project for a community partner.' },
];

export const classId = (slug: string): string => `${ORIGIN}/badges/${slug}.json`;

function badgeClass(c: ClassDef) {
  return {
    type: 'BadgeClass', id: classId(c.slug), name: c.name, description: c.description, image: c.image,
    criteria: { narrative: 'Assessed by two guild mentors.' }, issuer,
    alignment: c.skills.map((s) => ({ targetName: s, targetUrl: `https://opendataguild.example/framework/2024#${encodeURIComponent(s)}` })),
    tags: c.tags,
  };
}

/** One member's award of a class: an OB 2.0 assertion with everything embedded. */
export function award(slug: string, n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const c = CLASSES.find((x) => x.slug === slug)!;
  const day = (n * 37) % 1800;
  const issued = new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString();
  return { ...ob2Hosted, id: `${ORIGIN}/assertions/${slug}-${n}.json`, issuedOn: issued, badge: badgeClass(c), ...extra };
}

/** A wall of `count` members' badges (a few expired, one revoked). */
export function memberBadges(count: number): Record<string, unknown>[] {
  const slugs = ['sql-querying', 'data-visualization', 'python-for-data', 'applied-statistics', 'sql-querying', 'data-visualization'];
  return [...Array(count)].map((_, n) => award(slugs[n % slugs.length]!, n,
    n % 17 === 3 ? { expires: '2024-06-30T00:00:00Z' } : n === 11 ? { revoked: true, revocationReason: 'Awarded twice by mistake.' } : {}));
}

/** A learner's portfolio feed with the Data Analyst pathway: 3 of 5 earned, the capstone missing. */
export const portfolioFeed = {
  type: 'BadgeFeed',
  name: 'Amina Okafor: badges',
  description: 'Micro-credentials from the Lindqvist Open Data Guild.',
  items: [award('sql-querying', 1), award('data-visualization', 2), award('python-for-data', 3), award('open-data-ethics', 4)].map((credential) => ({ credential })),
  stacks: [
    {
      id: 'analyst', name: 'Data Analyst pathway', description: 'Four skills badges, then a capstone project for a community partner.',
      badges: [
        { id: classId('sql-querying') }, { id: classId('data-visualization') }, { id: classId('python-for-data') },
        { id: classId('applied-statistics'), name: 'Applied Statistics', image: images.stats },
      ],
      capstone: { id: classId('data-practitioner-capstone'), name: 'Data Practitioner Capstone', image: images.capstone },
    },
  ],
};

/** Items that cannot be read: they become error tiles next to the good ones. */
export const brokenItems: unknown[] = [award('sql-querying', 90), { hello: 'not a badge' }, 'not.a.jwt', award('python-for-data', 91)];
