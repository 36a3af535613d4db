/**
 * Baked PNG/SVG reading and writing in Chromium: the same cases as the Node suite, on the sample
 * issuer's real badge art fetched over HTTP from the test server.
 */
import { pngCases, svgCases, type Images } from './cases.js';

async function load(): Promise<Images> {
  const base = '/demo/issuer/art/data-cleaning';
  const [png, svg] = await Promise.all([fetch(`${base}.png`), fetch(`${base}.svg`)]);
  if (!png.ok || !svg.ok) throw new Error(`could not fetch the sample art (${png.status}, ${svg.status})`);
  return { png: new Uint8Array(await png.arrayBuffer()), svg: await svg.text() };
}

describe('baked PNG (Chromium)', () => {
  let images: Images;
  before(async () => {
    images = await load();
  });
  for (const c of pngCases) it(c.name, () => c.run(images));
});

describe('baked SVG (Chromium)', () => {
  let images: Images;
  before(async () => {
    images = await load();
  });
  for (const c of svgCases) it(c.name, () => c.run(images));
});
