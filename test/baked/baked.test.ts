/**
 * Baked PNG/SVG reading and writing in Chromium: the same cases as the Node suite, on the sample
 * issuer's real badge art, served by the sample issuer (/issuer/images/) on the test server.
 */
import { expect } from '@open-wc/testing';
import { bakePng, bakeSvg } from '../../src/core/baked/index.js';
import { pngCases, svgCases, type Images } from './cases.js';

async function load(): Promise<Images> {
  const base = '/issuer/images/data-cleaning';
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

describe('baked images still display (Chromium decodes them)', () => {
  it('a baked PNG decodes to the same picture size', async () => {
    const png = new Uint8Array(await (await fetch('/issuer/images/sql-querying.png')).arrayBuffer());
    const baked = bakePng(png, 'https://issuer.example/assertions/1', { ob3: false });
    const [a, b] = await Promise.all([createImageBitmap(new Blob([png as BlobPart])), createImageBitmap(new Blob([baked as BlobPart], { type: 'image/png' }))]);
    expect([b.width, b.height]).to.deep.equal([a.width, a.height]);
    expect(b.width).to.be.greaterThan(0);
  });

  it('a baked SVG loads as an image', async () => {
    const svg = await (await fetch('/issuer/images/data-visualization.svg')).text();
    const baked = bakeSvg(svg, '{"id":"urn:uuid:1","type":["VerifiableCredential"]}', { ob3: true });
    const url = URL.createObjectURL(new Blob([baked], { type: 'image/svg+xml' }));
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      expect(img.naturalWidth).to.equal(256);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
