/**
 * Baked PNG/SVG reading and writing in Node (no DOM): the same cases as the Chromium suite,
 * on the sample issuer's real badge art read from disk.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { bakePng, bakeSvg, unbake } from '../src/core/baked/index.js';
import { isBadgeError } from '../src/core/errors.js';
import { pngCases, svgCases, TINY_PNG, type Images } from '../test/baked/cases.js';

const art = new URL('../demo/issuer/art/', import.meta.url);
const images: Images = {
  png: new Uint8Array(readFileSync(new URL('data-cleaning.png', art))),
  svg: readFileSync(new URL('data-cleaning.svg', art), 'utf8'),
};

describe('baked PNG (Node)', () => {
  for (const c of pngCases) test(c.name, () => c.run(images));
});
describe('baked SVG (Node)', () => {
  for (const c of svgCases) test(c.name, () => c.run(images));
});

describe('baked images never fail with anything but a BadgeError (fast-check)', () => {
  const baked = bakePng(images.png, '{"id":"https://issuer.example/a"}', { ob3: true });
  const bakedSvg = bakeSvg(images.svg, 'https://issuer.example/a', { ob3: false });
  const outcome = (f: () => unknown): void => {
    try {
      const r = f() as { value?: unknown } | undefined;
      if (r !== undefined) assert.equal(typeof r.value, 'string');
    } catch (e) {
      assert.ok(isBadgeError(e), `only BadgeError may escape, got ${String(e)}`);
      assert.equal(e.code, 'malformed');
    }
  };

  test('mutated and truncated PNGs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(), (edits, cut) => {
        const b = baked.slice();
        for (const [at, v] of edits) b[at % b.length] = v;
        outcome(() => unbake(b.subarray(0, b.length - (cut % 64))));
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary bytes behind a PNG signature, and arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (tail) => {
        outcome(() => unbake(new Uint8Array([...TINY_PNG.subarray(0, 8), ...tail])));
        outcome(() => unbake(tail));
      }),
      { numRuns: 300 },
    );
  });

  test('mutated SVG text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom('<', '>', '&', '"', "'", '/', ']]>', '<![CDATA[', '<!--', 'x', '')), { maxLength: 6 }), (edits) => {
        let s = bakedSvg;
        for (const [at, v] of edits) {
          const i = at % s.length;
          s = s.slice(0, i) + v + s.slice(i + 1);
        }
        outcome(() => unbake(s));
      }),
      { numRuns: 300 },
    );
  });
});
