/**
 * Baking test cases shared by the Chromium suite (test/baked/baked.test.ts) and the Node suite
 * (test-node/baked.node.test.ts): the same code must behave the same in both.
 * Each case throws on failure. Real images are passed in by the runner (fetched over HTTP in
 * Chromium, read from disk in Node).
 */
import { BadgeError, isBadgeError } from '../../src/core/errors.js';
import { bake, bakePng, bakeSvg, crc32, isPng, isSvg, readChunks, unbake, writeChunks } from '../../src/core/baked/index.js';

export interface Images {
  /** A real badge PNG (the sample issuer's art). */
  png: Uint8Array;
  /** The same badge as SVG text. */
  svg: string;
}
export interface Case {
  name: string;
  run(images: Images): void | Promise<void>;
}

/* ------------------------------------------------------------------ tiny helpers */

function ok(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}
function eq<T>(actual: T, expected: T, msg: string): void {
  if (actual !== expected) throw new Error(`${msg}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
function malformed(fn: () => unknown, pattern: RegExp, what: string): BadgeError {
  try {
    fn();
  } catch (e) {
    ok(isBadgeError(e), `${what}: throws a BadgeError (got ${String(e)})`);
    eq(e.code, 'malformed', `${what}: code`);
    ok(pattern.test(e.message), `${what}: message ${JSON.stringify(e.message)} matches ${pattern}`);
    return e;
  }
  throw new Error(`${what}: expected a 'malformed' BadgeError, nothing was thrown`);
}

const enc = new TextEncoder();
const b64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** A 2×2 RGB PNG built by hand (IHDR, zlib IDAT, IEND). */
export const TINY_PNG = b64('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFElEQVR4nGP4z8DAwAAi/v///x8AHu8F+5BApdwAAAAASUVORK5CYII=');

const OB2_URL = 'https://issuer.example/assertions/123';
const OB2_JSON = JSON.stringify({ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: OB2_URL, recipient: { type: 'email', hashed: true, identity: 'sha256$abc' } });
const JWS = 'eyJhbGciOiJSUzI1NiJ9.eyJpZCI6Imh0dHBzOi8vaXNzdWVyLmV4YW1wbGUvYSJ9.c2lnbmF0dXJl';
const OB3_JSON = JSON.stringify({
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'Zoë’s “Data” badge 🎓 with ]]> and <tags> & ampersands',
  issuer: { id: 'did:key:z6Mk', type: ['Profile'], name: 'Guilde' },
});

/** Builds a PNG from TINY_PNG's IHDR/IDAT/IEND plus extra chunks inserted after IHDR. */
function pngWith(...extra: { type: string; data: Uint8Array }[]): Uint8Array {
  const chunks = readChunks(TINY_PNG);
  chunks.splice(1, 0, ...extra);
  return writeChunks(chunks);
}
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
};
const itxt = (keyword: string, text: string, flag = 0): { type: string; data: Uint8Array } => ({
  type: 'iTXt',
  data: concat(enc.encode(keyword), Uint8Array.of(0, flag, 0, 0, 0), enc.encode(text)),
});
const textChunk = (keyword: string, text: string): { type: string; data: Uint8Array } => ({ type: 'tEXt', data: concat(enc.encode(keyword), Uint8Array.of(0), enc.encode(text)) });

/* ------------------------------------------------------------------ PNG cases */

export const pngCases: Case[] = [
  {
    name: 'detects PNG and SVG by content',
    run: ({ png, svg }) => {
      ok(isPng(png) && isPng(TINY_PNG), 'PNGs are PNG');
      ok(!isSvg(png), 'a PNG is not SVG');
      ok(isSvg(svg) && isSvg(enc.encode(svg)), 'the SVG text and bytes are SVG');
      ok(isSvg('\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE svg [ <!ENTITY a "b"> ]>\n<svg/>'), 'prolog, comment and doctype are skipped');
      ok(!isSvg('<html><svg></svg></html>'), 'HTML is not SVG');
      ok(!isPng(enc.encode('{"id":1}')), 'JSON is not PNG');
    },
  },
  {
    name: 'PNG round-trip: OB 2.0 JSON, URL and JWS, OB 3.0 JSON and JWT (UTF-8 kept exactly)',
    run: ({ png }) => {
      for (const [value, ob3] of [[OB2_JSON, false], [OB2_URL, false], [JWS, false], [OB3_JSON, true], [JWS, true]] as const) {
        for (const image of [png, TINY_PNG]) {
          const baked = bakePng(image, value, { ob3 });
          const u = unbake(baked);
          ok(u, 'unbakes');
          eq(u.kind, 'png', 'kind');
          eq(u.value, value, 'value');
          eq(u.ob3, ob3, 'ob3');
          eq(u.legacy, undefined, 'not legacy');
        }
      }
    },
  },
  {
    name: 'PNG baking: one uncompressed iTXt right after IHDR, valid CRCs, image chunks unchanged',
    run: ({ png }) => {
      const before = readChunks(png);
      const baked = bakePng(png, OB3_JSON, { ob3: true });
      const after = readChunks(baked); // re-reads every CRC
      eq(after.length, before.length + 1, 'one chunk added');
      eq(after[0]!.type, 'IHDR', 'IHDR first');
      eq(after[1]!.type, 'iTXt', 'iTXt right after IHDR');
      const d = after[1]!.data;
      const kw = 'openbadgecredential';
      eq(new TextDecoder().decode(d.subarray(0, kw.length)), kw, 'keyword');
      eq([...d.subarray(kw.length, kw.length + 5)].join(','), '0,0,0,0,0', 'NUL, flag 0, method 0, empty language and translated keyword');
      eq(after[after.length - 1]!.type, 'IEND', 'IEND last');
      for (let i = 0; i < before.length; i++) {
        const a = before[i]!;
        const b = after[i === 0 ? 0 : i + 1]!;
        eq(b.type, a.type, `chunk ${i} type`);
        eq(b.data.length, a.data.length, `chunk ${i} length`);
        eq(crc32(b.data), crc32(a.data), `chunk ${i} data unchanged`);
      }
    },
  },
  {
    name: 'PNG re-baking replaces the badge (OB 2.0 → OB 3.0): still exactly one',
    run: ({ png }) => {
      const once = bakePng(png, OB2_URL, { ob3: false });
      const twice = bakePng(once, OB3_JSON, { ob3: true });
      const u = unbake(twice);
      eq(u?.value, OB3_JSON, 'the new value');
      eq(u?.ob3, true, 'ob3');
      eq(readChunks(twice).filter((c) => c.type === 'iTXt').length, 1, 'one iTXt chunk');
    },
  },
  {
    name: 'legacy tEXt "openbadges" chunk: the assertion URL',
    run: () => {
      const u = unbake(pngWith(textChunk('openbadges', ` ${OB2_URL}\n`)));
      eq(u?.value, OB2_URL, 'value (trimmed)');
      eq(u?.legacy, true, 'legacy');
      eq(u?.ob3, false, 'ob3');
    },
  },
  {
    name: 'duplicated badge chunks are malformed ("more than one badge"), in every combination',
    run: () => {
      const combos = [
        [itxt('openbadges', OB2_URL), itxt('openbadges', OB2_URL)],
        [itxt('openbadges', OB2_URL), itxt('openbadges', 'https://evil.example/a')],
        [itxt('openbadgecredential', OB3_JSON), itxt('openbadgecredential', OB3_JSON)],
        [itxt('openbadges', OB2_URL), itxt('openbadgecredential', OB3_JSON)],
        [itxt('openbadges', OB2_URL), textChunk('openbadges', OB2_URL)],
      ];
      for (const [i, combo] of combos.entries()) malformed(() => unbake(pngWith(...combo)), /more than one badge/, `combo ${i}`);
      // a duplicate hidden after IDAT is found too
      const chunks = readChunks(bakePng(TINY_PNG, OB2_URL, { ob3: false }));
      chunks.splice(chunks.length - 1, 0, itxt('openbadges', 'https://evil.example/b'));
      malformed(() => unbake(writeChunks(chunks)), /more than one badge/, 'duplicate before IEND');
    },
  },
  {
    name: 'a corrupt CRC is malformed',
    run: () => {
      const baked = bakePng(TINY_PNG, OB2_URL, { ob3: false });
      const bad = baked.slice();
      bad[8 + 25 + 8 + 3] ^= 0x20; // a byte inside the iTXt data (after signature + IHDR chunk + iTXt header)
      malformed(() => unbake(bad), /iTXt chunk fails its CRC-32/, 'flipped data byte');
      const badCrc = baked.slice();
      badCrc[8 + 8 + 13] ^= 0xff; // IHDR's CRC
      malformed(() => unbake(badCrc), /IHDR chunk fails its CRC-32/, 'flipped CRC byte');
    },
  },
  {
    name: 'a truncated PNG is malformed, wherever it is cut',
    run: ({ png }) => {
      const baked = bakePng(png, OB3_JSON, { ob3: true });
      for (const cut of [9, 20, 33, 60, baked.length - 13, baked.length - 1]) {
        malformed(() => unbake(baked.subarray(0, cut)), /truncated/, `cut at ${cut}`);
      }
      eq(unbake(baked.subarray(0, 4)), undefined, 'shorter than the signature: not a PNG');
    },
  },
  {
    name: 'impossible chunk length, bad chunk type and missing IHDR are malformed',
    run: () => {
      const big = TINY_PNG.slice();
      new DataView(big.buffer).setUint32(8 + 25, 0xfffffff0); // IDAT length
      malformed(() => unbake(big), /impossible length/, 'length > 2^31-1');
      const type = TINY_PNG.slice();
      type[8 + 25 + 4] = 0x31; // IDAT -> 1DAT
      malformed(() => unbake(type), /invalid type/, 'bad type');
      const noIhdr = writeChunks(readChunks(TINY_PNG).slice(1));
      malformed(() => unbake(noIhdr), /IHDR/, 'no IHDR');
    },
  },
  {
    name: 'compressed baked data is refused with a clear reason',
    run: () => {
      malformed(() => unbake(pngWith(itxt('openbadges', 'x\u0000', 1))), /compressed.*forbids compression/, 'iTXt flag 1');
      const z = { type: 'zTXt', data: concat(enc.encode('openbadgecredential'), Uint8Array.of(0, 0, 0x78, 0x9c)) };
      malformed(() => unbake(pngWith(z)), /compressed \(zTXt\)/, 'zTXt');
    },
  },
  {
    name: 'non-UTF-8 and empty baked text are malformed',
    run: () => {
      const bad = { type: 'iTXt', data: concat(enc.encode('openbadges'), Uint8Array.of(0, 0, 0, 0, 0, 0xff, 0xfe, 0x41)) };
      malformed(() => unbake(pngWith(bad)), /UTF-8/, 'invalid UTF-8');
      malformed(() => unbake(pngWith(itxt('openbadges', '  '))), /empty/, 'blank');
    },
  },
  {
    name: 'non-PNG bytes and images without a badge give undefined',
    run: ({ png }) => {
      eq(unbake(new Uint8Array(0)), undefined, 'empty');
      eq(unbake(enc.encode(OB2_JSON)), undefined, 'JSON bytes');
      eq(unbake(Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)), undefined, 'noise');
      eq(unbake(png), undefined, 'the unbaked art');
      eq(unbake(pngWith(itxt('Comment', 'openbadges'), textChunk('Software', 'x'))), undefined, 'other text chunks');
      eq(unbake(new Uint8Array(TINY_PNG).buffer), undefined, 'an ArrayBuffer works too');
    },
  },
  {
    name: 'baking refuses non-images and empty values',
    run: ({ svg }) => {
      malformed(() => bakePng(enc.encode('GIF89a'), OB2_URL, { ob3: false }), /not a PNG/, 'GIF');
      malformed(() => bakePng(TINY_PNG, ' ', { ob3: false }), /empty/, 'empty value');
      malformed(() => bake(enc.encode('hello'), OB2_URL, { ob3: false }), /Only PNG and SVG/, 'text');
      const r = bake(enc.encode(svg), OB2_URL, { ob3: false });
      eq(r.mediaType, 'image/svg+xml', 'bake() detects SVG');
      eq(unbake(r.bytes)?.value, OB2_URL, 'bake() SVG round-trip');
    },
  },
];

/* ------------------------------------------------------------------ SVG cases */

const SVG_MIN = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

export const svgCases: Case[] = [
  {
    name: 'SVG round-trip: OB 2.0 URL, JWS and hosted JSON; OB 3.0 JSON (with "]]>") and JWT',
    run: ({ svg }) => {
      for (const image of [svg, SVG_MIN]) {
        eq(unbake(bakeSvg(image, OB2_URL, { ob3: false }))?.value, OB2_URL, 'OB2 URL');
        eq(unbake(bakeSvg(image, JWS, { ob3: false }))?.value, JWS, 'OB2 JWS');
        // hosted JSON: verify="<id>" + the assertion in CDATA; the verifier re-fetches the id
        const hosted = bakeSvg(image, OB2_JSON, { ob3: false });
        ok(hosted.includes(`verify="${OB2_URL}"`) && hosted.includes('<![CDATA[{'), 'hosted: verify + CDATA');
        eq(unbake(hosted)?.value, OB2_URL, 'OB2 hosted JSON → its id');
        const ob3 = unbake(enc.encode(bakeSvg(image, OB3_JSON, { ob3: true })));
        eq(ob3?.value, OB3_JSON, 'OB3 JSON exact');
        eq(ob3?.ob3, true, 'ob3');
        eq(ob3?.kind, 'svg', 'kind');
        eq(unbake(bakeSvg(image, JWS, { ob3: true }))?.value, JWS, 'OB3 JWT');
      }
    },
  },
  {
    name: 'SVG baking: namespace declared on <svg>, element directly after the start tag',
    run: () => {
      const ob3 = bakeSvg('<?xml version="1.0"?>\n<!-- art -->\n' + SVG_MIN, JWS, { ob3: true });
      ok(ob3.startsWith('<?xml version="1.0"?>\n<!-- art -->\n<svg xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" xmlns="http://www.w3.org/2000/svg" width="10" height="10">'), `root tag: ${ob3.slice(0, 140)}`);
      ok(ob3.includes(`height="10"><openbadges:credential verify="${JWS}"></openbadges:credential><rect`), 'placement');
      const ob2 = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', OB2_URL, { ob3: false });
      eq(ob2, `<svg xmlns:openbadges="http://openbadges.org" xmlns="http://www.w3.org/2000/svg"><openbadges:assertion verify="${OB2_URL}"></openbadges:assertion></svg>`, 'self-closing root');
    },
  },
  {
    name: 'SVG re-baking replaces the badge and re-points the namespace (OB 2.0 → OB 3.0)',
    run: ({ svg }) => {
      const twice = bakeSvg(bakeSvg(svg, OB2_URL, { ob3: false }), OB3_JSON, { ob3: true });
      eq((twice.match(/<openbadges:/g) ?? []).length, 1, 'one element');
      ok(twice.includes('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"') && !twice.includes('http://openbadges.org'), 'namespace re-pointed');
      eq(unbake(twice)?.value, OB3_JSON, 'value');
    },
  },
  {
    name: 'SVG reading: entities decoded, any prefix bound to the namespace, nested elements, ">" in attributes',
    run: () => {
      const src = `<svg xmlns="http://www.w3.org/2000/svg"><title a="x > y">T &amp; U</title><metadata>
        <ob:credential xmlns:ob="https://purl.imsglobal.org/ob/v3p0"><!-- note --> {"a":"&lt;&#x41;&#66;&gt;"} </ob:credential></metadata></svg>`;
      const u = unbake(src);
      eq(u?.value, '{"a":"<AB>"}', 'decoded text content');
      eq(u?.ob3, true, 'ob3');
      const attr = unbake(`<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://x.example/a?b=1&amp;c=2"/></svg>`);
      eq(attr?.value, 'https://x.example/a?b=1&c=2', 'decoded attribute');
    },
  },
  {
    name: 'SVG without a badge, or with look-alikes in other namespaces, gives undefined',
    run: ({ svg }) => {
      eq(unbake(svg), undefined, 'the art');
      eq(unbake('<svg xmlns:x="https://evil.example/ns"><x:assertion verify="https://evil.example/a"/><assertion verify="y"/></svg>'), undefined, 'other namespaces');
      eq(unbake('<svg><!-- <openbadges:assertion verify="https://a.example/x"/> --><![CDATA[<openbadges:assertion verify="z"/>]]></svg>'), undefined, 'inside a comment or CDATA');
      eq(unbake('<html><body>hi</body></html>'), undefined, 'HTML');
    },
  },
  {
    name: 'SVG with two badge elements is malformed ("more than one badge")',
    run: () => {
      const two = `<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="${OB2_URL}"/><g><openbadges:assertion verify="https://evil.example/x"/></g></svg>`;
      malformed(() => unbake(two), /more than one badge/, 'two assertions');
      const mixed = bakeSvg(SVG_MIN, OB2_URL, { ob3: false }).replace('</svg>', `<openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><![CDATA[${OB3_JSON.replace(/]]>/g, ']]]]><![CDATA[>')}]]></openbadges:credential></svg>`);
      malformed(() => unbake(mixed), /more than one badge/, 'assertion + credential');
    },
  },
  {
    name: 'SVG contradictions and broken markup are malformed; DTD entities are never expanded',
    run: () => {
      const contradictory = `<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="${OB2_URL}"><![CDATA[{"id":"https://evil.example/other"}]]></openbadges:assertion></svg>`;
      malformed(() => unbake(contradictory), /contradictory/, 'verify vs id');
      const xxe = `<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion>&xxe;</openbadges:assertion></svg>`;
      malformed(() => unbake(xxe), /unknown entity &xxe;/, 'external entity');
      malformed(() => unbake(`<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="${OB2_URL}">`), /not closed/, 'unclosed element');
      malformed(() => unbake('<svg><g></svg>'), /does not match/, 'mismatched end tag');
      malformed(() => unbake('<svg xmlns:openbadges="http://openbadges.org"><openbadges:credential><b>x</b></openbadges:credential></svg>'), /unexpected markup/, 'markup inside');
      malformed(() => unbake('<svg xmlns:openbadges="http://openbadges.org"><openbadges:credential></openbadges:credential></svg>'), /empty/, 'empty element');
      malformed(() => unbake('<svg a="1" a="2"/>'), /twice/, 'duplicate attribute');
      // a stray "&" elsewhere is tolerated (real-world art), but not in the badge data itself
      eq(unbake('<svg aria-label="A & B" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://a.example/x"/></svg>')?.value, 'https://a.example/x', 'stray & elsewhere');
      malformed(() => unbake('<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://a.example/?a&b"/></svg>'), /"&" is not part of an entity/, 'stray & in verify');
      malformed(() => unbake(enc.encode('<svg>\u00ff</svg>').map((b) => (b === 0xc3 ? 0xff : b))), /UTF-8/, 'bad UTF-8 bytes');
      let deep = '<svg>';
      for (let i = 0; i < 300; i++) deep += '<g>';
      malformed(() => unbake(deep), /nested too deeply/, 'deep nesting');
    },
  },
];
