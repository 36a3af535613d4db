/**
 * Hostile payloads shared by the hostile tests and the CSP page. Every script payload tries to flip
 * `globalThis.__hostileCanary` (from the page, or from a parent frame); the tests assert it never flips.
 * DOM-free (used by Node tests too).
 */
export const CANARY = '__hostileCanary';
const flip = `(window.__hostileCanary='flipped')`;
const flipTop = `(top.__hostileCanary='flipped')`;

/** Text payloads: HTML, attribute breakouts, template syntax, SVG, iframes, CSS. */
export const XSS_TEXT = [
  `<img src=x onerror="${flip}">`,
  `<script>${flip}</script>`,
  `"><svg onload="${flip}"><"`,
  `'><iframe srcdoc="<script>${flipTop}</script>"></iframe>`,
  `\${${flip}}{{constructor.constructor('${flip}')()}}`,
  `<a href="javascript:${flip}">click</a>`,
  `<style>*{display:none!important}</style><form action="https://evil.example"><input name=x></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${flip}">`,
  `<details open ontoggle="${flip}">`,
];

/** URL payloads: none may end up in an href or src. */
export const XSS_URLS = [
  `javascript:${flip}`,
  ` JaVaScRiPt:${flip}`,
  `java\tscript:${flip}`,
  `data:text/html,<script>${flip}</script>`,
  `vbscript:msgbox(1)`,
  `file:///etc/passwd`,
  `http://evil.example/tracker.png`,
  `//evil.example/x`,
  `/relative/path`,
];

/** Markdown payloads (narratives): raw HTML, dangerous link and image targets, reference links. */
export const XSS_MARKDOWN = [
  `**Bold** and _em_ and a [safe link](https://example.org/ok) and \`code\`.`,
  `[click me](javascript:${flip})`,
  `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `![pixel](http://evil.example/pixel.png)`,
  `![inline](data:image/svg+xml,<svg onload="${flip}">)`,
  `<img src=x onerror="${flip}">`,
  `<script>${flip}</script>`,
  `<iframe src="javascript:${flip}"></iframe>`,
  `<svg><script>${flip}</script></svg>`,
  `[ref][1]\n\n[1]: javascript:${flip}`,
  `<a href="https://example.org" onclick="${flip}" style="position:fixed;inset:0">overlay</a>`,
  `# Heading one\n\n## Heading two\n\n- item <b onmouseover="${flip}">x</b>\n- item 2`,
  `> quote\n\n\`\`\`\n<script>${flip}</script>\n\`\`\``,
  `<form><button formaction="javascript:${flip}">go</button></form>`,
  `<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;background:red">cover</div>`,
];

/** A right-to-left override issuer name that tries to read as a verdict. */
export const BIDI_NAME = `\u202Edeifirev \u2713 \u202C Evil Corp\u2066 VERIFIED \u2069${'W'.repeat(400)}`;

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/**
 * An unsigned OB 3.0 credential with a hostile payload in every text and URL field
 * (loads offline: nothing in it needs a request, except an image when `image` is given).
 */
export function xssCredential(opts: { image?: string; text?: string; url?: string; markdown?: string } = {}): Record<string, unknown> {
  const text = opts.text ?? XSS_TEXT.join(' ');
  const url = opts.url ?? XSS_URLS[0]!;
  const md = opts.markdown ?? XSS_MARKDOWN.join('\n\n');
  return {
    '@context': [VC2, OB3],
    id: `urn:uuid:0d5a9f3e-7b1c-4e8a-9c2d-${'x'.repeat(0)}000000000001`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:example:xss', type: ['Profile'], name: `${BIDI_NAME} ${text}`, url, email: `${text}@evil.example`, image: { id: url, type: 'Image' } },
    validFrom: '2025-01-01T00:00:00Z',
    name: `Badge ${text}`,
    description: `Description ${text}`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: false, identityHash: 'learner@example.org' }],
      achievement: {
        id: 'urn:uuid:0d5a9f3e-7b1c-4e8a-9c2d-000000000002',
        type: ['Achievement'],
        name: `Badge ${text}`,
        description: `Description ${text}`,
        achievementType: `Type ${text}`,
        image: { id: opts.image ?? url, type: 'Image', caption: `Caption ${text}` },
        criteria: { id: url, narrative: md },
        alignment: XSS_URLS.map((u, i) => ({ type: ['Alignment'], targetName: `Skill ${i} ${text}`, targetUrl: u, targetFramework: text })),
        tag: XSS_TEXT.map((t) => `tag ${t}`),
      },
    },
    evidence: [
      { id: url, type: ['Evidence'], name: `Evidence ${text}`, narrative: md, description: text },
      ...XSS_URLS.map((u) => ({ id: u, type: ['Evidence'], name: 'e', narrative: `[x](${u})` })),
    ],
    endorsement: [
      {
        '@context': [VC2, OB3], id: 'urn:uuid:0d5a9f3e-7b1c-4e8a-9c2d-000000000003', type: ['VerifiableCredential', 'EndorsementCredential'],
        issuer: { id: 'did:example:endorser', type: ['Profile'], name: `${BIDI_NAME} ${text}` }, validFrom: '2025-01-01T00:00:00Z', name: 'e',
        credentialSubject: { id: 'urn:uuid:0d5a9f3e-7b1c-4e8a-9c2d-000000000002', type: ['EndorsementSubject'], endorsementComment: md },
      },
    ],
  };
}
