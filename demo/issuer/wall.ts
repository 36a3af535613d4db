/**
 * The badge wall's data (`<badge-wall>` demo, tests and bench), under `/issuer/wall/`:
 *
 * - `/issuer/wall/assertions/<n>.json` (0 ≤ n < 10,000): generated OB 2.0 hosted assertions of the guild's
 *   members, all pointing at six of the guild's BadgeClasses and its one issuer profile. Generated on request
 *   (cheap: a hash and a template), so 10,000 of them cost nothing until asked for. Every 500th (n ≡ 137) is
 *   revoked (410 Gone with the assertion), some old ones have expired.
 * - `/issuer/wall/feed-<N>.json` (1 ≤ N ≤ 10,000): a BadgeFeed of the first N assertions, in cohort groups,
 *   with two pathways (stacks). `feed-1000.json` is the demo's wall.
 * - `/issuer/wall/badge-classes.json`: the issuer's BadgeClasses (an OB 2.0 list: "available" achievements).
 * - `/issuer/wall/presentation.json`: an OB 3.0 VerifiablePresentation (JSON and JWT credentials).
 * - `/issuer/wall/clr.json`: a CLR 2.0 ClrCredential (unsigned) with associations (a pathway).
 * - `/issuer/wall/portfolio.json`: one learner's portfolio feed (a pathway 3 of 5 earned).
 * - `/issuer/wall/broken-feed.json`: good items mixed with unreachable and unreadable ones (error tiles).
 */
import { BADGES, GUILD } from './data.js';
import { BuildCtx, CORS, sha256Hex, uuidFrom } from './ctx.js';
import { ob2BadgeClass, ob2Paths } from './ob2.js';
import { ob3Paths, VC_V2, OB3_303 } from './ob3.js';
import type { ServedFile } from './types.js';

const OB2 = 'https://w3id.org/openbadges/v2';
export const WALL_MAX = 10_000;
const CLR_V2 = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

/** The six BadgeClasses the members earn, with weights (the capstone and ethics are never in the wall). */
const WALL_BADGES: [string, number][] = [
  ['data-analysis-foundations', 30], ['sql-querying', 22], ['data-visualization', 16], ['python-for-data', 14], ['data-cleaning', 10], ['applied-statistics', 8],
];
const WEIGHT_TOTAL = WALL_BADGES.reduce((s, [, w]) => s + w, 0);

export const wallPaths = {
  assertion: (n: number) => `/issuer/wall/assertions/${n}.json`,
  feed: (n: number) => `/issuer/wall/feed-${n}.json`,
};

/** Deterministic per-member numbers. */
function hashInt(seed: string): number {
  return parseInt(sha256Hex(seed).slice(0, 8), 16);
}

export function wallAward(n: number): { slug: string; issuedOn: string; expires?: string; revoked: boolean; email: string; salt: string } {
  const h = hashInt(`wall:${n}`);
  let pick = h % WEIGHT_TOTAL;
  let slug = WALL_BADGES[0]![0];
  for (const [s, w] of WALL_BADGES) {
    if (pick < w) { slug = s; break; }
    pick -= w;
  }
  // issued between 2019-01-01 and 2026-03-31, newest for the highest numbers on average
  const day = Math.floor(((n / WALL_MAX) * 0.6 + ((h >>> 8) % 1000) / 1000 * 0.4) * 2646);
  const issued = new Date(Date.UTC(2019, 0, 1) + day * 86_400_000 + ((h >>> 4) % 10) * 3_600_000 + 17 * 3_600_000);
  const issuedOn = issued.toISOString().replace('.000Z', 'Z');
  const expires = n % 41 === 5 && issued.getUTCFullYear() < 2024 ? `${issued.getUTCFullYear() + 2}-01-01T00:00:00Z` : undefined;
  return { slug, issuedOn, ...(expires ? { expires } : {}), revoked: n % 500 === 137, email: `member${n}@members.opendataguild.example`, salt: sha256Hex(`salt:${n}`).slice(0, 10) };
}

function assertionFile(origin: string, n: number): ServedFile {
  const a = wallAward(n);
  const id = `${origin}${wallPaths.assertion(n)}`;
  const doc: Record<string, unknown> = {
    '@context': OB2, type: 'Assertion', id,
    recipient: { type: 'email', hashed: true, salt: a.salt, identity: `sha256$${sha256Hex(a.email + a.salt)}` },
    badge: `${origin}${ob2Paths.badge(a.slug)}`, issuedOn: a.issuedOn, verification: { type: 'HostedBadge' },
  };
  if (a.expires) doc.expires = a.expires;
  if (a.revoked) Object.assign(doc, { revoked: true, revocationReason: 'Awarded twice by mistake; the other award stands.' });
  return { status: a.revoked ? 410 : 200, contentType: 'application/ld+json', body: JSON.stringify(doc), headers: { ...CORS } };
}

function cohort(issuedOn: string): string {
  return `cohort-${issuedOn.slice(0, 4)}`;
}

const badgeUrl = (c: BuildCtx, slug: string) => c.url(ob2Paths.badge(slug));

/** The two pathways (stacks) of the guild, by BadgeClass URL. */
function pathways(c: BuildCtx): Record<string, unknown>[] {
  return [
    {
      id: 'data-analyst', name: 'Data Analyst pathway',
      description: 'Four skills badges, then a capstone project for a community partner.',
      badges: ['data-analysis-foundations', 'sql-querying', 'data-visualization', 'applied-statistics'].map((s) => badgeUrl(c, s)),
      capstone: badgeUrl(c, 'data-practitioner-capstone'),
    },
    {
      id: 'data-engineer', name: 'Responsible Data Engineer pathway',
      description: 'Programming, cleaning and querying data, released responsibly.',
      badges: ['python-for-data', 'data-cleaning', 'sql-querying', 'open-data-ethics'].map((s) => badgeUrl(c, s)),
    },
  ];
}

function feedFile(c: BuildCtx, count: number): ServedFile {
  const items: Record<string, unknown>[] = [];
  const years = new Set<string>();
  for (let n = 0; n < count; n++) {
    const g = cohort(wallAward(n).issuedOn);
    years.add(g);
    items.push({ url: c.url(wallPaths.assertion(n)), group: g });
  }
  const feed = {
    type: 'BadgeFeed', name: `${GUILD.shortName}: members' badges`,
    description: `${count.toLocaleString('en')} badges awarded by the ${GUILD.name} to its members.`,
    url: c.url('/'),
    groups: [...years].sort().map((y) => ({ id: y, name: `Class of ${y.slice(7)}` })),
    stacks: pathways(c),
    items,
  };
  return { contentType: 'application/json', body: JSON.stringify(feed), headers: { ...CORS } };
}

/** Lazily generated wall files on top of the issuer's map (`get`/`has` only: not listed by iteration). */
class WallFiles extends Map<string, ServedFile> {
  constructor(entries: Map<string, ServedFile>, private readonly c: BuildCtx) {
    super(entries);
  }
  override get(path: string): ServedFile | undefined {
    const hit = super.get(path);
    if (hit) return hit;
    let m = /^\/issuer\/wall\/assertions\/(\d{1,5})\.json$/.exec(path);
    if (m && Number(m[1]) < WALL_MAX && String(Number(m[1])) === m[1]) return assertionFile(this.c.origin, Number(m[1]));
    m = /^\/issuer\/wall\/feed-(\d{1,5})\.json$/.exec(path);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= WALL_MAX && String(Number(m[1])) === m[1]) {
      const f = feedFile(this.c, Number(m[1]));
      super.set(path, f); // feeds are cached once built
      return f;
    }
    return undefined;
  }
  override has(path: string): boolean {
    return this.get(path) !== undefined;
  }
}

function catalogBody(c: BuildCtx, key: string): string | undefined {
  const e = c.catalog.find((x) => x.key === key);
  const f = e ? c.files.get(e.path) : undefined;
  return f ? String(f.body) : undefined;
}

/** Adds the fixed wall documents; returns the file map with the generated ones on top (see `WallFiles`). */
export function buildWall(c: BuildCtx): Map<string, ServedFile> {
  c.json('/issuer/wall/badge-classes.json', BADGES.map((b) => ob2BadgeClass(c, b)), { contentType: 'application/json' });

  const json = (key: string) => { const b = catalogBody(c, key); return b ? JSON.parse(b) as Record<string, unknown> : undefined; };
  const jwt = (key: string) => catalogBody(c, key);
  const vcs = [json('ob3-di-rdfc-didkey-v2'), jwt('ob3-jwt-didweb-v1'), json('ob3-di-jcs-didkey'), jwt('ob3-jwt-didkey-v1')].filter(Boolean);
  c.json('/issuer/wall/presentation.json', {
    '@context': [VC_V2], type: ['VerifiablePresentation'], id: `urn:uuid:${uuidFrom('wall-vp')}`,
    holder: 'did:example:learner-amina', name: 'Amina Okafor: data badges', verifiableCredential: vcs,
  });

  // a CLR 2.0 (unsigned here: the wall reads it, every credential inside is verified on its own)
  const ach = (slug: string) => c.url(ob3Paths.achievement(slug));
  const clrVcs = [jwt('ob3-jwt-didweb-v2'), jwt('ob3-jwt-didkey-v1'), jwt('ob3-jwt-didweb-v1'), json('ob3-di-rdfc-didkey-v1')].filter(Boolean);
  const capstone = BADGES.find((b) => b.slug === 'data-practitioner-capstone')!;
  c.json('/issuer/wall/clr.json', {
    '@context': [VC_V2, CLR_V2, OB3_303], id: `urn:uuid:${uuidFrom('wall-clr')}`, type: ['VerifiableCredential', 'ClrCredential'],
    issuer: { id: c.url(ob3Paths.profile), type: ['Profile'], name: GUILD.name }, name: `${GUILD.shortName} learner record`,
    validFrom: '2025-12-01T00:00:00Z',
    credentialSubject: {
      type: ['ClrSubject'], verifiableCredential: clrVcs,
      achievement: [{ id: ach(capstone.slug), type: ['Achievement'], name: capstone.name, description: capstone.description, image: { id: c.url(ob2Paths.image(capstone.slug, 'svg')), type: 'Image' } }],
      association: ['data-analysis-foundations', 'sql-querying', 'data-visualization', 'applied-statistics'].map((s) => ({
        type: 'Association', associationType: 'isChildOf', sourceId: ach(s), targetId: ach(capstone.slug),
      })),
    },
  });

  // one learner's portfolio: 3 of the Data Analyst pathway's 5 badges, in several formats
  const portfolioItems = [
    { url: c.url(ob2Paths.assertion('sql-querying-amina')) },
    { url: c.url(ob2Paths.assertion('foundations-lukas')) },
    { url: c.url(ob2Paths.assertion('viz-mei')) },
    { jwt: jwt('ob3-jwt-didkey-v2') },
    { credential: json('ob3-di-jcs-didkey') },
  ];
  c.json('/issuer/wall/portfolio.json', {
    type: 'BadgeFeed', name: 'Portfolio', items: portfolioItems,
    stacks: [pathways(c)[0]],
  }, { contentType: 'application/json' });

  c.json('/issuer/wall/broken-feed.json', {
    type: 'BadgeFeed', name: 'Feed with broken items',
    items: [
      { url: c.url(wallPaths.assertion(0)) },
      { url: c.url('/issuer/wall/assertions/does-not-exist.json') },
      { credential: { hello: 'not a badge' } },
      { url: c.url(wallPaths.assertion(1)) },
      { jwt: 'not.a.jwt' },
    ],
  }, { contentType: 'application/json' });

  return new WallFiles(c.files, c);
}
