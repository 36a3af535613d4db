/**
 * The drop zone (no src / credential): paste a compact JWT or a URL, drop a baked PNG, choose a baked
 * SVG file — each verified with the real engine over HTTP from the sample issuer. Plus the actions.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/badge-verify.js';
import type { BadgeVerify } from '../../src/badge-verify.js';
import { bakePng, bakeSvg } from '../../src/core/baked/index.js';
import { createBadgeClient, type BadgeClient } from '../../src/core/client.js';
import type { VerificationReport } from '../../src/core/types.js';
import type { CatalogEntry } from '../../demo/issuer/types.js';

const catalog: CatalogEntry[] = await (await fetch('/issuer/catalog.json')).json();
const jwtEntry = catalog.find((e) => e.key === 'ob3-jwt-didkey-v2')!;
const hostedEntry = catalog.find((e) => e.key === 'ob2-hosted-valid')!;
const revokedEntry = catalog.find((e) => e.key === 'ob3-di-status-revoked')!;

function testClient(): BadgeClient {
  const inner = createBadgeClient({ timeoutMs: 4000 });
  const now = new Date('2027-06-01T12:00:00Z');
  return { fetcher: inner.fetcher, loadBadge: inner.loadBadge, verify: (input, opts = {}) => inner.verify(input, { ...opts, now }) };
}

async function empty(): Promise<{ el: BadgeVerify; next: () => Promise<VerificationReport> }> {
  const el = await fixture<BadgeVerify>(html`<badge-verify .client=${testClient()}></badge-verify>`);
  const next = () =>
    new Promise<VerificationReport>((resolve) => el.addEventListener('badge-verified', (e) => resolve(e.detail.report), { once: true }));
  return { el, next };
}

const $ = <T extends Element>(el: BadgeVerify, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const headline = (el: BadgeVerify) => $(el, '[part="headline"]').textContent!.trim();

async function paste(el: BadgeVerify, text: string) {
  const area = $<HTMLTextAreaElement>(el, 'textarea');
  area.value = text;
  area.focus();
  await sendKeys({ press: 'End' });
  $<HTMLButtonElement>(el, '.paste-form button[type="submit"]').click();
}

function drop(target: Element, file: File) {
  const dt = new DataTransfer();
  dt.items.add(file);
  target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
  target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
}

describe('<badge-verify> drop zone', () => {
  it('verifies a pasted compact JWT', async function () {
    this.timeout(15_000);
    const jwt = (await (await fetch(jwtEntry.url)).text()).trim();
    const { el, next } = await empty();
    const done = next();
    await paste(el, `  ${jwt}\n`);
    const report = await done;
    await el.updateComplete;
    expect(report.state).to.equal('valid');
    expect(headline(el)).to.equal('Verified');
    expect($(el, '[part="badge-name"]').textContent).to.equal(report.badge!.name);
  });

  it('verifies a pasted URL, and "Verify another badge" returns to the drop zone', async function () {
    this.timeout(15_000);
    const { el, next } = await empty();
    const done = next();
    await paste(el, hostedEntry.url);
    expect((await done).state).to.equal('valid');
    await el.updateComplete;
    const again = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button')).find((b) => b.textContent!.includes('Verify another'))!;
    again.click();
    await el.updateComplete;
    expect($(el, '[part="dropzone"]')).to.not.equal(null);
  });

  it('refuses broken JSON with a message, without verifying', async () => {
    const { el } = await empty();
    await paste(el, '{"@context": ');
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.match(/cannot be read/);
    expect($(el, '[part="dropzone"]')).to.not.equal(null);
  });

  it('verifies a dropped baked PNG (revoked credential inside)', async function () {
    this.timeout(15_000);
    const png = new Uint8Array(await (await fetch('/issuer/images/sql-querying.png')).arrayBuffer());
    const credential = await (await fetch(revokedEntry.url)).text();
    const baked = bakePng(png, credential, { ob3: true });
    const { el, next } = await empty();
    const done = next();
    drop($(el, '[part="dropzone"]'), new File([baked as BlobPart], 'badge.png', { type: 'image/png' }));
    const report = await done;
    await el.updateComplete;
    expect(report.state).to.equal('revoked');
    expect(headline(el)).to.match(/^Verified — revoked/);
  });

  it('verifies a baked SVG chosen with the file button', async function () {
    this.timeout(15_000);
    const svg = await (await fetch('/issuer/images/data-visualization.svg')).text();
    const baked = bakeSvg(svg, hostedEntry.url, { ob3: false });
    const { el, next } = await empty();
    const done = next();
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    const dt = new DataTransfer();
    dt.items.add(new File([baked], 'badge.svg', { type: 'image/svg+xml' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await done).state).to.equal('valid');
  });
});

describe('<badge-verify> actions', () => {
  it('downloads the original credential (.jwt for a JWT) and copies the JSON report', async function () {
    this.timeout(15_000);
    const el = await fixture<BadgeVerify>(html`<badge-verify .client=${testClient()} src=${jwtEntry.url}></badge-verify>`);
    const report = (await el.verificationComplete())!;
    const jwt = (await (await fetch(jwtEntry.url)).text()).trim();

    let saved: { name: string; blob?: Blob } | undefined;
    const origCreate = URL.createObjectURL;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (b: Blob | MediaSource) => {
      const url = origCreate.call(URL, b as Blob);
      blobs.set(url, b as Blob);
      return url;
    };
    const onClick = (e: MouseEvent) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName === 'a' && a.download) {
        e.preventDefault();
        saved = { name: a.download, blob: blobs.get(a.href) };
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      const buttons = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button'));
      buttons.find((b) => b.textContent!.includes('Download'))!.click();
    } finally {
      document.removeEventListener('click', onClick, true);
      URL.createObjectURL = origCreate;
    }
    expect(saved!.name).to.match(/\.jwt$/);
    expect(await saved!.blob!.text()).to.equal(jwt);

    // copy: observe what is written (clipboard read is not permitted in the test browser)
    let written: string | undefined;
    const clip = navigator.clipboard;
    const origWrite = clip.writeText;
    clip.writeText = (t: string) => ((written = t), origWrite.call(clip, t));
    try {
      const copy = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button')).find((b) => b.textContent!.includes('Copy'))!;
      copy.click();
      const status = $(el, '.action-status');
      await waitUntil(() => /copied|not allowed/.test(status.textContent!), 'copy status');
      expect(JSON.parse(written!)).to.deep.equal(JSON.parse(JSON.stringify(report)));
      expect(status.textContent).to.match(/copied|not allowed/);
    } finally {
      clip.writeText = origWrite;
    }
  });
});
