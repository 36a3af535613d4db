/**
 * Every element under a strict CSP + Trusted Types page (served by csp-plugin.mjs with
 * `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self';
 * require-trusted-types-for 'script'; trusted-types lit-html badge-elements dompurify`):
 * they load, render Markdown, verify and open dialogs with zero `securitypolicyviolation`s.
 */
import { expect } from '@open-wc/testing';
import type { CspRunResult } from './csp-app.js';

async function openPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1200px;height:900px;border:0';
  frame.src = '/test/csp/page.html';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & { cspApp?: { run(): Promise<CspRunResult> } };
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

  it('card (every state, details with Markdown), badge-verify, card verification and dialog: zero violations', async () => {
    const frame = await openPage();
    try {
      const win = frame.contentWindow as Window & { cspApp: { run(): Promise<CspRunResult> }; __hostileCanary?: string };
      const result = await win.cspApp.run();
      expect(result.violations, JSON.stringify(result.violations, null, 1)).to.deep.equal([]);
      expect(result.steps).to.include.members([
        'skeleton full: true', 'skeleton compact: true', 'full: load', 'compact: load', 'error: error',
        'images none: load', 'deferred then shown: load', 'xss credential: load', 'dropzone: true',
        'verify ob3-di-rdfc-didweb-v2: true/valid', 'verify ob3-jwt-didkey-v2: true/valid', 'verify ob2-hosted-valid: true/valid',
        'verify ob3-di-status-revoked: true/revoked', 'verify broken-jwt-alg-none: false/invalid',
        'card verify=auto: valid',
      ]);
      expect(result.steps.some((s) => /^markdown: [1-9]\d* elements$/.test(s)), result.steps.join('\n')).to.equal(true);
      expect(win.__hostileCanary).to.equal(undefined);
      expect((window as { __hostileCanary?: string }).__hostileCanary).to.equal(undefined);
      console.log(`CSP run: ${result.steps.join(' | ')} | optional: ${JSON.stringify(result.optional)}`);
    } finally {
      frame.remove();
    }
  });
});
