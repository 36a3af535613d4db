/**
 * Every element under a strict CSP + Trusted Types page (served by csp-plugin.mjs with
 * `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self';
 * require-trusted-types-for 'script'; trusted-types lit-html badge-elements dompurify`):
 * they load, render Markdown, verify and open dialogs with zero `securitypolicyviolation`s.
 */
import { expect } from '@open-wc/testing';
import type { CspPhase, CspRunResult } from './csp-app.js';

async function openPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1200px;height:900px;border:0';
  frame.src = '/test/csp/page.html';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & { cspApp?: unknown };
  for (let i = 0; i < 500 && !win.cspApp; i++) await new Promise((r) => setTimeout(r, 20));
  if (!win.cspApp) throw new Error('the CSP page did not start (module blocked or failed to load)');
  return frame;
}

describe('strict CSP + Trusted Types', function () {
  this.timeout(60_000);

  it('the page really is served with the strict policy', async () => {
    const r = await fetch('/test/csp/page.html');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).to.include("script-src 'self'");
    expect(csp).to.include("style-src 'self'");
    expect(csp).to.include("require-trusted-types-for 'script'");
    expect(csp).to.include('trusted-types lit-html badge-elements dompurify');
  });

  it('the policy is enforced in the page: an inline script and an HTML string sink are refused', async () => {
    const frame = await openPage();
    try {
      const doc = frame.contentDocument!;
      const div = doc.createElement('div');
      expect(() => { div.innerHTML = '<b>x</b>'; }).to.throw();
      const win = frame.contentWindow as Window & { __inline?: boolean };
      const s = doc.createElement('script');
      expect(() => { s.textContent = 'window.__inline = true'; doc.body.append(s); }).to.throw();
      expect(win.__inline).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  describe('every element on the strict page', () => {
    let frame: HTMLIFrameElement;
    let app: { run(phase: CspPhase): Promise<CspRunResult> };
    before(async () => {
      frame = await openPage();
      app = (frame.contentWindow as Window & { cspApp: typeof app }).cspApp;
    });
    after(() => frame.remove());
    afterEach(() => {
      expect((frame.contentWindow as Window & { __hostileCanary?: string }).__hostileCanary).to.equal(undefined);
    });

    it('<badge-card>: skeleton, loaded, compact, error, images="none", load="on-click", details with sanitized Markdown', async () => {
      const r = await app.run('cards');
      expect(r.violations, JSON.stringify(r.violations, null, 1)).to.deep.equal([]);
      expect(r.steps).to.include.members([
        'skeleton full: true', 'skeleton compact: true', 'full: load', 'compact: load', 'error: error',
        'images none: load', 'deferred then shown: load', 'xss credential: load',
      ]);
      expect(r.steps.some((s) => /^markdown: [1-9]\d* elements$/.test(s)), r.steps.join('\n')).to.equal(true);
    });

    it('<badge-verify>: Data Integrity (jsonld), VC-JWT, OB 2.0, status lists, failures, drop zone', async () => {
      const r = await app.run('verify');
      expect(r.violations, JSON.stringify(r.violations, null, 1)).to.deep.equal([]);
      expect(r.steps).to.include.members([
        'verify ob3-di-rdfc-didweb-v2: true/valid', 'verify ob3-jwt-didkey-v2: true/valid', 'verify ob2-hosted-valid: true/valid',
        'verify ob3-di-status-revoked: true/revoked', 'verify broken-jwt-alg-none: false/invalid', 'dropzone: true',
      ]);
    });

    it('<badge-card verify>: verify="auto" status mark, and the Verify button opening <badge-verify-dialog>', async () => {
      const r = await app.run('card-verify');
      expect(r.violations, JSON.stringify(r.violations, null, 1)).to.deep.equal([]);
      expect(r.steps).to.include.members(['card verify=auto: valid', 'card dialog: shown']);
    });

    for (const which of ['wall', 'share', 'qr', 'certificate'] as const) {
      it(`<badge-${which}> (when present)`, async () => {
        const r = await app.run(which);
        console.log(`CSP page: ${JSON.stringify(r.optional)}`);
        expect(r.violations, JSON.stringify(r.violations, null, 1)).to.deep.equal([]);
      });
    }
  });
});
