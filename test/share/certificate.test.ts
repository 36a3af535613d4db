import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import jsQR from 'jsqr';
import '../../src/badge-certificate.js';
import { abs, entry } from '../elements/helpers.js';

describe('<badge-certificate>', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('renders the badge with its verification QR code and URL; prints without buttons; axe-clean', async () => {
    const e = await entry('ob3-jwt-didkey-v2');
    const el = document.createElement('badge-certificate');
    el.src = e.path;
    el.recipient = 'Amina Okafor';
    document.body.append(el);
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('h1'); i++) await new Promise((r) => setTimeout(r, 20));
    const root = el.shadowRoot!;
    expect(root.querySelector('h1')!.textContent!.trim()).to.equal('Data Practitioner Capstone');
    expect(root.querySelector('.recipient')!.textContent!.trim()).to.equal('Amina Okafor');
    const verify = new URL(`/verify.html?src=${encodeURIComponent(abs(e.path))}`, location.href).href;
    expect(root.querySelector('[part="verify-url"]')!.textContent).to.equal(verify);
    const qr = root.querySelector('badge-qr')!;
    await qr.ready();
    const png = (await qr.toPng())!;
    const bmp = await createImageBitmap(png);
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d')!;
    g.drawImage(bmp, 0, 0);
    expect(jsQR(g.getImageData(0, 0, bmp.width, bmp.height).data, bmp.width, bmp.height)?.data).to.equal(verify);
    await expect(el).to.be.accessible();
    await emulateMedia({ media: 'print' });
    expect(root.querySelectorAll('button').length).to.equal(0);
    expect(qr.checkVisibility()).to.equal(true);
    el.remove();
  });
});
