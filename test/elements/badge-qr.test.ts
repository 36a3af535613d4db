import { expect } from '@open-wc/testing';
import jsQR from 'jsqr';
import '../../src/badge-card.js';
import { defineBadgeQr, type BadgeQr } from '../../src/elements/badge-qr/define.js';
import { abs, cleanup, entry, loadCard } from './helpers.js';

defineBadgeQr();

/** Decodes a QR code from any drawable (canvas, image, bitmap) with jsQR. */
function decode(source: CanvasImageSource, width: number, height: number): string | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, width, height);
  g.drawImage(source, 0, 0, width, height);
  const { data } = g.getImageData(0, 0, width, height);
  return jsQR(data, width, height)?.data;
}

async function imageFrom(blob: Blob): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = URL.createObjectURL(blob);
  await img.decode();
  return img;
}

/**
 * Rasterizes the SVG as the page renders it: a clone with the computed fill of every shape inlined
 * (the colours come from the shadow root's CSS), drawn into a canvas.
 */
async function decodeRendered(svg: SVGSVGElement, px = 400): Promise<string | undefined> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const shapes = svg.querySelectorAll('rect, path');
  clone.querySelectorAll('rect, path').forEach((el, i) => el.setAttribute('fill', getComputedStyle(shapes[i]!).fill));
  clone.setAttribute('width', String(px));
  clone.setAttribute('height', String(px));
  const img = await imageFrom(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  return decode(img, px, px);
}

async function mountQr(attrs: Record<string, string>): Promise<BadgeQr> {
  const el = document.createElement('badge-qr');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.ready();
  return el;
}

describe('<badge-qr>', () => {
  afterEach(() => {
    document.querySelectorAll('badge-qr').forEach((e) => e.remove());
    cleanup();
  });

  it('renders an SVG role=img with a label naming the target, that decodes to the URL; axe-clean', async () => {
    const url = 'https://verify.example/verify.html?src=https%3A%2F%2Fissuer.example%2Fa%2F1.json';
    const el = await mountQr({ url });
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg[role="img"]')!;
    expect(svg).to.exist;
    expect(svg.getAttribute('aria-label')).to.equal(`QR code linking to ${url}`);
    expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
    expect(svg.querySelectorAll('path').length).to.equal(1);
    expect(await decodeRendered(svg)).to.equal(url);
    await expect(el).to.be.accessible();
  });

  it('resolves relative URLs against the page and refuses other schemes', async () => {
    const el = await mountQr({ url: '/verify.html?src=x' });
    expect(await decodeRendered(el.shadowRoot!.querySelector('svg')!)).to.equal(new URL('/verify.html?src=x', location.href).href);
    const bad = await mountQr({ url: 'javascript:alert(1)' });
    expect(bad.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('downloads: the PNG and the SVG file both decode to the URL; buttons are labelled; axe-clean', async () => {
    const url = 'https://verify.example/v?src=abc';
    const el = await mountQr({ url, downloads: '' });
    const buttons = el.shadowRoot!.querySelectorAll('button');
    expect([...buttons].map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Download the QR code as PNG', 'Download the QR code as SVG']);
    const png = (await el.toPng())!;
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(decode(bitmap, bitmap.width, bitmap.height)).to.equal(url);
    const svgText = (await el.toSvg())!;
    expect(svgText).to.match(/^<\?xml/);
    expect(svgText).to.not.match(/<script/);
    const img = await imageFrom(new Blob([svgText], { type: 'image/svg+xml' }));
    expect(decode(img, 512, 512)).to.equal(url);
    await expect(el).to.be.accessible();
  });

  it('<badge-card show-qr>: the QR code links to the verification page of this badge', async () => {
    const e = await entry('ob2-hosted-valid');
    const { el: card } = await loadCard(abs(e.path), (c) => c.setAttribute('show-qr', ''));
    const qr = card.shadowRoot!.querySelector('badge-qr')!;
    expect(qr).to.exist;
    await customElements.whenDefined('badge-qr');
    await qr.ready();
    const svg = qr.shadowRoot!.querySelector<SVGSVGElement>('svg')!;
    const expected = new URL(`/verify.html?src=${encodeURIComponent(card.badge!.id!)}`, location.href).href;
    expect(await decodeRendered(svg)).to.equal(expected);
    expect(svg.getAttribute('aria-label')).to.equal(`QR code: verify “${card.badge!.name}” at ${location.host}`);
    await expect(card).to.be.accessible();
  });

  it('<badge-card show-qr qr-target>: a custom verification page template', async () => {
    const e = await entry('ob3-jwt-didkey-v2');
    const { el: card } = await loadCard(abs(e.path), (c) => {
      c.setAttribute('show-qr', '');
      c.setAttribute('qr-target', 'https://badges.example.org/check?u={url}');
    });
    const qr = card.shadowRoot!.querySelector('badge-qr')!;
    await customElements.whenDefined('badge-qr');
    await qr.ready();
    expect(await decodeRendered(qr.shadowRoot!.querySelector('svg')!)).to.equal(`https://badges.example.org/check?u=${encodeURIComponent(abs(e.path))}`);
  });
});
