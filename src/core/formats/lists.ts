/**
 * Lists of badges (DESIGN.md "formats: lists"): what `<badge-wall src>` reads. DOM-free.
 *
 * Accepted documents (detected in this order):
 *
 * 1. **BadgeFeed** (this library's format, `docs/feed-format.md`):
 *    ```json
 *    { "type": "BadgeFeed", "name": "…", "description": "…",
 *      "items": [ { "url": "https://…/assertion.json", "group": "g1" },
 *                 { "credential": { …OB 2.0 assertion or OB 3.0 credential… } },
 *                 { "jwt": "eyJ…" } ],
 *      "groups": [ { "id": "g1", "name": "Spring cohort", "description": "…" } ],
 *      "stacks": [ { "id": "…", "name": "Data Analyst pathway", "description": "…",
 *                    "badges": [ "https://…/badges/sql.json", { "id": "urn:…", "name": "…", "image": "…" } ],
 *                    "capstone": "https://…/badges/capstone.json" } ] }
 *    ```
 *    `url` may be relative to the feed. `badges` hold BadgeClass / Achievement ids (or small objects that
 *    also describe them); the capstone may be listed in `badges` or not. Unknown fields are ignored.
 * 2. **OB 3.0 VerifiablePresentation** (JSON, or a VP-JWT with a `vp` claim): `verifiableCredential` is an
 *    object or an array of credentials as JSON objects, compact JWTs, or `EnvelopedVerifiableCredential`s.
 * 3. **CLR 2.0 `ClrCredential`** (JSON or JWT): the credentials in `credentialSubject.verifiableCredential`;
 *    `credentialSubject.association` (or `associations`) becomes stacks: a parent achievement
 *    (`isParentOf` source, `isChildOf`/`isPartOf` target) with its children, the parent as capstone.
 * 4. **An OB 2.0 issuer's BadgeClasses**: a JSON array of BadgeClass objects, `{ "badgeClasses": […] }`
 *    (objects or IRIs) or a Badgr-style `{ "result": [ …BadgeClass… ] }`: shown as *available* achievements.
 * 5. Anything else that is one badge (OB 1.x/2.0/3.0 object, compact JWS/JWT): a list of one.
 *
 * Reading a list does not verify anything (a presentation's own proof is not checked: every credential
 * in it is verified on its own).
 */
import type { Fetcher } from '../fetch.js';
import { BadgeError } from '../errors.js';
import type { BadgeImage, BadgeInput } from '../types.js';
import { safeLinkUrl } from '../url-policy.js';
import { detectFormat } from './detect.js';
import { image as readImage, isObj, iri, list, own, ownObj, text, types, MAX_NAME, type Obj } from './fields.js';
import { decodeJws, isCompactJws } from './jws.js';
import { fetchListDocument } from './list-fetch.js';

export { MAX_LIST_BYTES } from './list-fetch.js';

export type ListKind = 'feed' | 'presentation' | 'clr' | 'badge-classes' | 'single';

export interface ListEntry {
  /** What `loadBadge()` gets: an absolute URL, a credential object or a compact JWS/JWT. */
  input: BadgeInput;
  /** `earned`: an awarded badge; `available`: a BadgeClass that can be earned (no recipient). */
  kind: 'earned' | 'available';
  /** The feed group id, when the feed put the item in one. */
  group?: string;
}

/** A BadgeClass / Achievement as far as a list describes it (name and image for the "missing" ones). */
export interface AchievementRef {
  id: string;
  name?: string;
  description?: string;
  image?: BadgeImage;
}

export interface StackDef {
  id: string;
  name: string;
  description?: string;
  /** The achievements of the stack, in order (the capstone included, last, when it was not listed). */
  badges: AchievementRef[];
  /** Id of the capstone achievement, when the stack has one. */
  capstone?: string;
}

export interface ListGroup {
  id: string;
  name: string;
  description?: string;
}

export interface BadgeList {
  kind: ListKind;
  name?: string;
  description?: string;
  /** Where the list was loaded from. */
  url?: string;
  entries: ListEntry[];
  groups: ListGroup[];
  stacks: StackDef[];
}

/** More entries than this are cut (a wall is for people, not for bulk export). */
export const MAX_LIST_ENTRIES = 50_000;
const MAX_STACKS = 100;
const MAX_STACK_BADGES = 100;

const OB2 = 'https://w3id.org/openbadges/v2';

const cap = (v: unknown, max: number): unknown[] => (Array.isArray(v) ? v.slice(0, max) : v === undefined || v === null ? [] : [v]);

/** An absolute http(s) URL on one line: taken as is (the fetcher applies the URL policy before any request). */
const PLAIN_ABSOLUTE = /^https?:\/\/[^\s"<>\\^`{|}]{1,2040}$/i;

function absolute(v: unknown, base?: string): string | undefined {
  if (typeof v !== 'string') return undefined;
  // fast path for feeds of 10,000 URLs: no URL parsing for what is already absolute and plain
  if (PLAIN_ABSOLUTE.test(v)) return v;
  return safeLinkUrl(v, base) ?? iri(v);
}

/** A credential value (object, JWT, enveloped VC, URL) → loader input. */
function credentialInput(v: unknown, base?: string): BadgeInput | undefined {
  if (isCompactJws(v)) return v.trim();
  if (typeof v === 'string') return absolute(v, base);
  if (!isObj(v)) return undefined;
  if (types(v).includes('EnvelopedVerifiableCredential')) {
    const id = own(v, 'id');
    const m = typeof id === 'string' ? /^data:application\/(?:vc\+jwt|vc-ld\+jwt|jwt)[^,]*,(.+)$/i.exec(id) : null;
    return m && isCompactJws(m[1]) ? m[1] : undefined;
  }
  return v;
}

function achievementRef(v: unknown, base?: string): AchievementRef | undefined {
  if (typeof v === 'string') {
    const id = absolute(v, base);
    return id ? { id } : undefined;
  }
  const id = absolute(own(v, 'id'), base);
  if (!id) return undefined;
  const name = text(own(v, 'name'), MAX_NAME);
  const out: AchievementRef = { id };
  if (name) out.name = name;
  const description = text(own(v, 'description'), 1000);
  if (description) out.description = description;
  const img = readImage(own(v, 'image'), name ? `${name} badge` : 'Badge image');
  if (img) out.image = img;
  return out;
}

function readStacks(v: unknown, base?: string): StackDef[] {
  const out: StackDef[] = [];
  for (const s of cap(v, MAX_STACKS)) {
    if (!isObj(s)) continue;
    const badges = cap(own(s, 'badges'), MAX_STACK_BADGES).map((b) => achievementRef(b, base)).filter((b): b is AchievementRef => !!b);
    const capstoneRef = achievementRef(own(s, 'capstone'), base);
    if (capstoneRef && !badges.some((b) => b.id === capstoneRef.id)) badges.push(capstoneRef);
    if (badges.length === 0) continue;
    const id = text(own(s, 'id'), 300) ?? `stack-${out.length + 1}`;
    out.push({
      id, name: text(own(s, 'name'), MAX_NAME) ?? 'Pathway',
      ...(text(own(s, 'description'), 2000) ? { description: text(own(s, 'description'), 2000) } : {}),
      badges, ...(capstoneRef ? { capstone: capstoneRef.id } : {}),
    });
  }
  return out;
}

function readFeed(doc: Obj, base?: string): BadgeList {
  const groups: ListGroup[] = [];
  for (const g of cap(own(doc, 'groups'), 500)) {
    const id = text(own(g, 'id'), 300);
    if (!id) continue;
    groups.push({ id, name: text(own(g, 'name'), MAX_NAME) ?? id, ...(text(own(g, 'description'), 2000) ? { description: text(own(g, 'description'), 2000) } : {}) });
  }
  const entries: ListEntry[] = [];
  for (const item of cap(own(doc, 'items'), MAX_LIST_ENTRIES)) {
    let input: BadgeInput | undefined;
    if (typeof item === 'string') input = credentialInput(item, base);
    else if (own(item, 'url') !== undefined) input = absolute(own(item, 'url'), base);
    else if (own(item, 'jwt') !== undefined) input = isCompactJws(own(item, 'jwt')) ? (own(item, 'jwt') as string).trim() : undefined;
    else if (own(item, 'credential') !== undefined) input = credentialInput(own(item, 'credential'), base);
    const group = text(own(item, 'group'), 300);
    // an unreadable item still takes its place: it becomes an error tile, not a silent gap
    entries.push({ input: input ?? JSON.stringify(item ?? null).slice(0, 200), kind: own(item, 'available') === true ? 'available' : 'earned', ...(group ? { group } : {}) });
  }
  return { kind: 'feed', ...meta(doc), entries, groups, stacks: readStacks(own(doc, 'stacks'), base) };
}

function meta(doc: Obj): { name?: string; description?: string } {
  const name = text(own(doc, 'name'), MAX_NAME);
  const description = text(own(doc, 'description'), 2000);
  return { ...(name ? { name } : {}), ...(description ? { description } : {}) };
}

function readPresentation(vp: Obj, base?: string): BadgeList {
  const entries = cap(own(vp, 'verifiableCredential'), MAX_LIST_ENTRIES)
    .map((c) => credentialInput(c, base))
    .filter((i): i is BadgeInput => i !== undefined)
    .map((input): ListEntry => ({ input, kind: 'earned' }));
  return { kind: 'presentation', ...meta(vp), entries, groups: [], stacks: [] };
}

/** The credential object inside a JWT (VCDM 1.1 `vc`/`vp` claims or a VCDM 2.0 payload). */
function jwtObject(jwt: string): Obj | undefined {
  try {
    const { payload } = decodeJws(jwt);
    return ownObj(payload, 'vp') ?? ownObj(payload, 'vc') ?? (isObj(payload) ? payload : undefined);
  } catch {
    return undefined;
  }
}

/** The achievement an OB 3.0 credential (object or JWT) is about. */
function achievementOf(input: BadgeInput): AchievementRef | undefined {
  const cred = typeof input === 'string' ? (isCompactJws(input) ? jwtObject(input) : undefined) : isObj(input) ? input : undefined;
  const subject = list(own(cred, 'credentialSubject'))[0];
  return achievementRef(own(subject, 'achievement'));
}

function readClr(clr: Obj, base?: string): BadgeList {
  const subject = (list(own(clr, 'credentialSubject')).find(isObj) ?? {}) as Obj;
  const entries = cap(own(subject, 'verifiableCredential'), MAX_LIST_ENTRIES)
    .map((c) => credentialInput(c, base))
    .filter((i): i is BadgeInput => i !== undefined)
    .map((input): ListEntry => ({ input, kind: 'earned' }));
  // what the CLR says about each achievement: its own `achievement` list, then the credentials' achievements
  const known = new Map<string, AchievementRef>();
  for (const a of cap(own(subject, 'achievement'), 1000)) {
    const r = achievementRef(a, base);
    if (r) known.set(r.id, r);
  }
  for (const e of entries) {
    const r = achievementOf(e.input);
    if (r && !known.has(r.id)) known.set(r.id, r);
  }
  const children = new Map<string, string[]>();
  const link = (parent: string | undefined, child: string | undefined): void => {
    if (!parent || !child || parent === child) return;
    const c = children.get(parent) ?? [];
    if (!c.includes(child)) c.push(child);
    children.set(parent, c);
  };
  for (const a of cap(own(subject, 'association') ?? own(subject, 'associations'), 1000)) {
    const t = text(own(a, 'associationType'), 50);
    const source = absolute(own(a, 'sourceId'), base);
    const target = absolute(own(a, 'targetId'), base);
    if (t === 'isParentOf') link(source, target);
    else if (t === 'isChildOf' || t === 'isPartOf') link(target, source);
  }
  const stacks: StackDef[] = [];
  for (const [parent, kids] of [...children].slice(0, MAX_STACKS)) {
    const ref = known.get(parent) ?? { id: parent };
    stacks.push({
      id: parent, name: ref.name ?? 'Pathway', ...(ref.description ? { description: ref.description } : {}),
      badges: [...kids.slice(0, MAX_STACK_BADGES).map((k) => known.get(k) ?? { id: k }), ref], capstone: parent,
    });
  }
  return { kind: 'clr', ...meta(clr), entries, groups: [], stacks };
}

function isBadgeClass(v: unknown): boolean {
  return types(v).includes('BadgeClass');
}

function readBadgeClasses(items: unknown[], base?: string): BadgeList {
  const entries: ListEntry[] = [];
  for (const bc of items.slice(0, MAX_LIST_ENTRIES)) {
    const badge = typeof bc === 'string' ? absolute(bc, base) : isObj(bc) ? bc : undefined;
    if (badge === undefined) continue;
    // a BadgeClass alone is not a badge: the loader reads it through an assertion that has no recipient
    entries.push({ input: { '@context': OB2, type: 'Assertion', badge }, kind: 'available' });
  }
  return { kind: 'badge-classes', entries, groups: [], stacks: [] };
}

/** Reads a parsed list document (or a compact JWS/JWT). `base`: the URL it came from. Throws BadgeError 'unknown-format'. */
export function readList(doc: unknown, base?: string): BadgeList {
  const withUrl = (l: BadgeList): BadgeList => (base ? { ...l, url: base } : l);
  if (isCompactJws(doc)) {
    const inner = jwtObject(doc);
    if (inner && types(inner).includes('VerifiablePresentation')) return withUrl(readPresentation(inner, base));
    if (inner && types(inner).includes('ClrCredential')) return withUrl(readClr(inner, base));
    return withUrl({ kind: 'single', entries: [{ input: doc.trim(), kind: 'earned' }], groups: [], stacks: [] });
  }
  if (Array.isArray(doc)) {
    if (doc.some(isBadgeClass)) return withUrl(readBadgeClasses(doc, base));
    return withUrl(readFeed({ items: doc }, base));
  }
  if (!isObj(doc)) throw new BadgeError('unknown-format', 'This is not a list of badges.');
  const t = types(doc);
  if (t.includes('BadgeFeed')) return withUrl(readFeed(doc, base));
  if (t.includes('VerifiablePresentation')) return withUrl(readPresentation(doc, base));
  if (t.includes('ClrCredential')) return withUrl(readClr(doc, base));
  const classes = own(doc, 'badgeClasses') ?? (list(own(doc, 'result')).some(isBadgeClass) ? own(doc, 'result') : undefined);
  if (Array.isArray(classes)) return withUrl({ ...readBadgeClasses(classes, base), ...meta(doc) });
  if (detectFormat(doc) !== 'unknown') return withUrl({ kind: 'single', entries: [{ input: base && own(doc, 'badge') !== undefined && !types(doc).includes('VerifiableCredential') ? base : doc, kind: 'earned' }], groups: [], stacks: [] });
  if (Array.isArray(own(doc, 'items'))) return withUrl(readFeed(doc, base));
  throw new BadgeError('unknown-format', 'This is not a list of badges: expected a BadgeFeed, a VerifiablePresentation, a CLR 2.0 credential or a list of BadgeClasses.');
}

/** Fetches `url` through the shared fetcher and reads it as a list (see `readList`). Throws BadgeError. */
export async function loadList(url: string, opts: { fetcher: Fetcher; signal?: AbortSignal }): Promise<BadgeList> {
  const { doc, url: final } = await fetchListDocument(url, opts);
  return readList(doc, final);
}

/**
 * What a BadgeClass / Achievement id says about itself (for the missing badges of a stack): fetched when it
 * is an http(s) URL; `ref` as given when it cannot be read.
 */
export async function describeAchievement(ref: AchievementRef, opts: { fetcher: Fetcher; signal?: AbortSignal }): Promise<AchievementRef> {
  if (ref.name || !safeLinkUrl(ref.id)) return ref;
  try {
    const { data } = await opts.fetcher.getJson(ref.id, { signal: opts.signal });
    const read = achievementRef(isObj(data) ? { ...data, id: ref.id } : ref.id, ref.id);
    return read ? { ...read, ...ref, name: read.name, image: ref.image ?? read.image } : ref;
  } catch {
    return ref;
  }
}
