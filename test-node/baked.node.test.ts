/**
 * Baked PNG/SVG reading and writing in Node (no DOM): the same cases as the Chromium suite,
 * on the sample issuer's real badge art read from disk.
 */
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { pngCases, svgCases, type Images } from '../test/baked/cases.js';

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
