/**
 * Baked SVG badges, read and written WITHOUT a DOM parser (this runs in Node too): a small,
 * careful XML tag scanner (comments, CDATA, processing instructions, DOCTYPE, quoted attribute
 * values containing `>`), with namespace prefixes resolved along the element stack.
 *
 * - Open Badges 2.0: `<openbadges:assertion verify="URL-or-JWS">` (optional CDATA assertion JSON),
 *   `xmlns:openbadges="http://openbadges.org"`, directly after the `<svg>` start tag.
 * - Open Badges 3.0: `<openbadges:credential>` with the credential JSON as CDATA (or text), or a
 *   compact JWS in a `verify` attribute; `xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"`.
 * Only the predefined XML entities and character references are decoded; no DTD entity is ever
 * expanded (no XXE, no entity bombs). More than one badge element → BadgeError 'malformed'.
 */
import { BadgeError } from '../read-path.js';

export const OB2_SVG_NS = 'http://openbadges.org';
export const OB3_SVG_NS = 'https://purl.imsglobal.org/ob/v3p0';
/** Largest SVG document we scan. */
export const MAX_SVG_CHARS = 8 * 1024 * 1024;
/** Largest baked value we accept. */
export const MAX_SVG_VALUE = 4 * 1024 * 1024;
const MAX_DEPTH = 256;

export interface SvgBadgeElement {
  /** `assertion` (OB 2.0) or `credential` (OB 3.0). */
  local: 'assertion' | 'credential';
  ns: string | undefined;
  verify?: string;
  /** Text + CDATA content, entities decoded. */
  content: string;
  /** Offsets of the whole element in the source, for replacing it when re-baking. */
  start: number;
  end: number;
}

export interface SvgScan {
  /** Offsets of the root `<svg …>` start tag, and whether it is self-closing. */
  root: { start: number; end: number; selfClosing: boolean };
  badges: SvgBadgeElement[];
}

const malformed = (msg: string): BadgeError => new BadgeError('malformed', `The SVG image is malformed: ${msg}.`);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined XML entities and numeric character references; anything else is refused. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([^;\s&<]{0,12});?/g, (m, name: string) => {
    if (!m.endsWith(';')) throw malformed('an "&" is not part of an entity');
    if (name in ENTITIES) return ENTITIES[name]!;
    const num = /^#x([0-9a-fA-F]{1,6})$/.exec(name) ?? /^#([0-9]{1,7})$/.exec(name);
    if (num) {
      const cp = parseInt(num[1]!, name[1] === 'x' ? 16 : 10);
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw malformed(`invalid character reference &${name};`);
      return String.fromCodePoint(cp);
    }
    throw malformed(`unknown entity &${name}; (only XML's predefined entities are read)`);
  });
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Wraps text in CDATA, splitting any `]]>` it contains. */
export function cdata(s: string): string {
  return `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

const NAME = /^[A-Za-z_][\w.:-]*/;

interface Tag {
  name: string;
  attrs: Map<string, string>;
  selfClosing: boolean;
  end: number;
}

/** Parses a start tag beginning at `src[pos] === '<'`. */
function parseStartTag(src: string, pos: number): Tag {
  const m = NAME.exec(src.slice(pos + 1, pos + 257));
  if (!m) throw malformed(`unexpected "<" at offset ${pos}`);
  const name = m[0];
  const attrs = new Map<string, string>();
  let i = pos + 1 + name.length;
  for (;;) {
    while (i < src.length && /\s/.test(src[i]!)) i++;
    if (i >= src.length) throw malformed(`the <${name}> tag is not closed`);
    if (src[i] === '>') return { name, attrs, selfClosing: false, end: i + 1 };
    if (src.startsWith('/>', i)) return { name, attrs, selfClosing: true, end: i + 2 };
    const a = NAME.exec(src.slice(i, i + 257));
    if (!a) throw malformed(`bad attribute in <${name}> at offset ${i}`);
    i += a[0].length;
    while (/\s/.test(src[i] ?? '')) i++;
    if (src[i] !== '=') throw malformed(`attribute ${a[0]} of <${name}> has no value`);
    i++;
    while (/\s/.test(src[i] ?? '')) i++;
    const q = src[i];
    if (q !== '"' && q !== "'") throw malformed(`attribute ${a[0]} of <${name}> is not quoted`);
    const close = src.indexOf(q, i + 1);
    if (close < 0) throw malformed(`attribute ${a[0]} of <${name}> is not closed`);
    if (attrs.has(a[0])) throw malformed(`attribute ${a[0]} appears twice in <${name}>`);
    const raw = src.slice(i + 1, close);
    if (raw.includes('<')) throw malformed(`attribute ${a[0]} of <${name}> contains "<"`);
    // raw here; only the attributes we use (verify, xmlns…) are decoded, strictly (see attr())
    attrs.set(a[0], raw);
    i = close + 1;
  }
}

/** Skips `<!-- -->`, `<![CDATA[ ]]>`, `<? ?>`, `<!DOCTYPE …>`; returns the offset after it, or -1 if `pos` is none of them. */
function skipSpecial(src: string, pos: number): number {
  const endOf = (token: string, from: number, what: string): number => {
    const e = src.indexOf(token, from);
    if (e < 0) throw malformed(`${what} is not closed`);
    return e + token.length;
  };
  if (src.startsWith('<!--', pos)) return endOf('-->', pos + 4, 'a comment');
  if (src.startsWith('<![CDATA[', pos)) return endOf(']]>', pos + 9, 'a CDATA section');
  if (src.startsWith('<?', pos)) return endOf('?>', pos + 2, 'a processing instruction');
  if (src.startsWith('<!', pos)) {
    // DOCTYPE, possibly with an internal subset [ … ] (never interpreted)
    let i = pos + 2;
    let bracket = 0;
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === '"' || c === "'") {
        const e = src.indexOf(c, i + 1);
        if (e < 0) break;
        i = e;
      } else if (c === '[') bracket++;
      else if (c === ']') bracket--;
      else if (c === '>' && bracket <= 0) return i + 1;
    }
    throw malformed('a declaration (<!…>) is not closed');
  }
  return -1;
}

/** An attribute's value with entities decoded (strict: an unknown entity is malformed). */
function attr(attrs: Map<string, string>, name: string): string | undefined {
  const raw = attrs.get(name);
  return raw === undefined ? undefined : decodeEntities(raw);
}

function split(name: string): [string | undefined, string] {
  const c = name.indexOf(':');
  return c < 0 ? [undefined, name] : [name.slice(0, c), name.slice(c + 1)];
}

type Frame = { name: string; ns: Map<string, string> };

function resolvePrefix(stack: Frame[], prefix: string | undefined): string | undefined {
  const key = prefix === undefined ? 'xmlns' : `xmlns:${prefix}`;
  for (let i = stack.length - 1; i >= 0; i--) {
    const v = stack[i]!.ns.get(key);
    if (v !== undefined) return v;
  }
  return undefined;
}

function nsDecls(attrs: Map<string, string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const k of attrs.keys()) if (k === 'xmlns' || k.startsWith('xmlns:')) m.set(k, attr(attrs, k)!);
  return m;
}

function isBadgeElement(stack: Frame[], name: string): 'assertion' | 'credential' | undefined {
  const [prefix, local] = split(name);
  if (local !== 'assertion' && local !== 'credential') return undefined;
  if (prefix === undefined) return undefined; // an unprefixed <assertion> belongs to the SVG namespace
  const ns = resolvePrefix(stack, prefix);
  if (ns === OB2_SVG_NS || ns === OB3_SVG_NS) return local;
  // lenient: an undeclared `openbadges:` prefix (seen in hand-made badges) still counts
  if (ns === undefined && prefix === 'openbadges') return local;
  return undefined;
}

/** Reads the content of a badge element up to its end tag: text and CDATA only. */
function readContent(src: string, from: number, name: string): { content: string; end: number } {
  let out = '';
  let i = from;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) break;
    out += decodeEntities(src.slice(i, lt));
    if (src.startsWith('<![CDATA[', lt)) {
      const e = src.indexOf(']]>', lt + 9);
      if (e < 0) throw malformed('a CDATA section is not closed');
      out += src.slice(lt + 9, e);
      i = e + 3;
    } else if (src.startsWith('<!--', lt)) {
      i = skipSpecial(src, lt);
    } else if (src.startsWith('</', lt)) {
      const close = src.indexOf('>', lt);
      if (close < 0 || src.slice(lt + 2, close).trim() !== name) throw malformed(`<${name}> is not closed properly`);
      return { content: out, end: close + 1 };
    } else {
      throw malformed(`unexpected markup inside <${name}>`);
    }
    if (out.length > MAX_SVG_VALUE) throw new BadgeError('malformed', `The baked badge data is too large (over ${MAX_SVG_VALUE} characters).`);
  }
  throw malformed(`<${name}> is not closed`);
}

/** Scans an SVG document: its root element and every Open Badges element in it. */
export function scanSvg(src: string): SvgScan {
  if (src.length > MAX_SVG_CHARS) throw new BadgeError('malformed', `The SVG image is too large to read (over ${MAX_SVG_CHARS} characters).`);
  const stack: Frame[] = [];
  const badges: SvgBadgeElement[] = [];
  let root: SvgScan['root'] | undefined;
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) break;
    const special = skipSpecial(src, lt);
    if (special >= 0) {
      i = special;
      continue;
    }
    if (src[lt + 1] === '/') {
      const close = src.indexOf('>', lt);
      if (close < 0) throw malformed('an end tag is not closed');
      const name = src.slice(lt + 2, close).trim();
      const top = stack.pop();
      if (!top || top.name !== name) throw malformed(`</${name}> does not match an open element`);
      i = close + 1;
      if (stack.length === 0) break; // end of the root element
      continue;
    }
    const tag = parseStartTag(src, lt);
    if (!root) {
      if (split(tag.name)[1] !== 'svg') throw malformed(`the root element is <${tag.name}>, not <svg>`);
      root = { start: lt, end: tag.end, selfClosing: tag.selfClosing };
    }
    const frame: Frame = { name: tag.name, ns: nsDecls(tag.attrs) };
    const kind = isBadgeElement([...stack, frame], tag.name);
    if (kind) {
      const body = tag.selfClosing ? { content: '', end: tag.end } : readContent(src, tag.end, tag.name);
      const verify = attr(tag.attrs, 'verify');
      if (verify !== undefined && verify.length > MAX_SVG_VALUE) throw new BadgeError('malformed', 'The baked badge data is too large.');
      badges.push({ local: kind, ns: resolvePrefix([...stack, frame], split(tag.name)[0]), verify, content: body.content, start: lt, end: body.end });
      i = body.end;
      continue;
    }
    i = tag.end;
    if (!tag.selfClosing) {
      if (stack.length >= MAX_DEPTH) throw malformed('elements are nested too deeply');
      stack.push(frame);
    } else if (stack.length === 0) break;
  }
  if (!root) throw malformed('no <svg> element found');
  if (stack.length > 0) throw malformed(`<${stack[stack.length - 1]!.name}> is not closed`);
  return { root, badges };
}

export interface SvgBaked {
  value: string;
  ob3: boolean;
}

/**
 * The baked value of an SVG (verify attribute, else the element's text/CDATA), or undefined
 * when it carries none. Throws BadgeError 'malformed' on duplicates or contradictions.
 */
export function readBakedSvg(src: string): SvgBaked | undefined {
  const { badges } = scanSvg(src);
  if (badges.length === 0) return undefined;
  if (badges.length > 1) {
    throw new BadgeError('malformed', `The image carries more than one badge (${badges.length} Open Badges elements); a baked image must carry exactly one.`);
  }
  const b = badges[0]!;
  const verify = b.verify?.trim() || undefined;
  const content = b.content.replace(/^\uFEFF/, '').trim() || undefined;
  const ob3 = b.local === 'credential';
  if (verify && content) {
    // OB 2.0 hosted: verify = the assertion URL, content = a copy of the assertion. They must agree.
    let id: unknown;
    try {
      id = (JSON.parse(content) as { id?: unknown } | null)?.id;
    } catch {
      id = undefined;
    }
    if (typeof id === 'string' && /^https?:/i.test(verify) && id !== verify) {
      throw new BadgeError('malformed', `The image's badge is contradictory: verify="${verify}" but the embedded assertion's id is "${id}".`);
    }
    if (!/^https?:/i.test(verify) && content !== verify && content.startsWith('ey')) {
      throw new BadgeError('malformed', 'The image carries two different signed badges in one element.');
    }
  }
  const value = verify ?? content;
  if (!value) throw new BadgeError('malformed', `The image's <${b.local}> element is empty.`);
  return { value, ob3 };
}

/**
 * Bakes `value` into an SVG: an `<openbadges:assertion>` (OB 2.0) or `<openbadges:credential>` (OB 3.0)
 * element placed directly after the `<svg>` start tag, with `xmlns:openbadges` declared on it.
 * JSON goes in CDATA (an OB 2.0 hosted assertion's `id` also in `verify`); a URL or a compact JWS
 * goes in `verify`. Existing badge elements are replaced.
 */
export function bakeSvgText(svg: string, value: string, ob3: boolean): string {
  const text = value.trim();
  if (!text) throw new BadgeError('malformed', 'Nothing to bake: the badge value is empty.');
  if (text.length > MAX_SVG_VALUE) throw new BadgeError('malformed', 'The badge value is too large to bake.');
  const { root, badges } = scanSvg(svg);
  // drop existing badge elements (from the end, so offsets stay valid)
  let out = svg;
  for (const b of [...badges].sort((x, y) => y.start - x.start)) out = out.slice(0, b.start) + out.slice(b.end);

  const ns = ob3 ? OB3_SVG_NS : OB2_SVG_NS;
  const local = ob3 ? 'credential' : 'assertion';
  let verify: string | undefined;
  let body = '';
  if (text.startsWith('{')) {
    body = cdata(text);
    if (!ob3) {
      let id: unknown;
      try {
        id = (JSON.parse(text) as { id?: unknown }).id;
      } catch (cause) {
        throw new BadgeError('malformed', 'The badge value starts like JSON but does not parse.', { cause });
      }
      if (typeof id === 'string') verify = id;
    }
  } else {
    verify = text;
  }
  const element = `<openbadges:${local}${verify === undefined ? '' : ` verify="${escapeAttr(verify)}"`}>${body}</openbadges:${local}>`;

  // rewrite the root start tag: declare (or re-point) the openbadges prefix
  const tag = out.slice(root.start, root.end);
  let newTag: string;
  const decl = /(\sxmlns:openbadges\s*=\s*)("[^"]*"|'[^']*')/;
  if (decl.test(tag)) newTag = tag.replace(decl, `$1"${ns}"`);
  else newTag = tag.replace(/^(<[^\s/>]+)/, `$1 xmlns:openbadges="${ns}"`);
  const rootName = /^<([^\s/>]+)/.exec(tag)![1]!;
  if (root.selfClosing) newTag = `${newTag.replace(/\s*\/>$/, '>')}${element}</${rootName}>`;
  else newTag = `${newTag}${element}`;
  return out.slice(0, root.start) + newTag + out.slice(root.end);
}
