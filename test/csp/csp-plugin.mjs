// A wtr plugin serving the strict-CSP test page: `/test/csp/page.html` with the header below.
// The page loads `/test/csp/csp-app.ts` (same origin, transformed by wtr), which mounts every
// element, exercises it, and records every `securitypolicyviolation` (read by csp.test.ts).
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html badge-elements dompurify',
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>badge-elements under a strict CSP</title></head>
<body>
<main id="root"></main>
<script type="module" src="/test/csp/csp-app.ts"></script>
</body>
</html>`;

export function cspPagePlugin() {
  return {
    name: 'badge-elements-csp-page',
    serve(context) {
      if (context.path !== '/test/csp/page.html') return undefined;
      return { body: PAGE, type: 'html', headers: { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' } };
    },
  };
}
