/**
 * The Markdown renderer (marked + DOMPurify, lazily loaded) and the card's details panel:
 * strict allow-list, safe links and images, headings below the card's, plain text until loaded,
 * long / bidirectional text isolated and clamped. Also checks that the invariant checker itself
 * catches what it must (so the other suites cannot pass by checking nothing).
 */
import { expect } from '@open-wc/testing';
import '../../src/badge-card.js';
import type { BadgeCard } from '../../src/elements/badge-card/badge-card.js';
import { ALLOWED_TAGS } from '../../src/elements/shared/markdown.js';
import { loadMarkdownEngine, markdownEngineLoaded } from '../../src/elements/shared/markdown-directive.js';
import { BIDI_NAME, CANARY, XSS_MARKDOWN, xssCredential } from './payloads.js';
import { deepElements, problems } from './invariants.js';

const render = async (md: string, opts = {}): Promise<HTMLElement> => {
  const { renderMarkdown } = await loadMarkdownEngine();
  const div = document.createElement('div');
  div.append(renderMarkdown(md, opts));
  return div;
};

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!test()) throw new Error(`timed out: ${what}`);
}

describe('Markdown renderer (sanitizing)', () => {
  afterEach(() => { (globalThis as Record<string, unknown>)[CANARY] = undefined; });

  it('keeps Markdown structure: emphasis, lists, code, quotes, safe links', async () => {
    const div = await render('Some **bold**, _em_ and `code`.\n\n- one\n- two\n\n1. first\n\n> quoted\n\n```\nblock\n```\n\n[link](https://example.org/a?b=1)');
    expect(div.querySelector('strong')!.textContent).to.equal('bold');
    expect(div.querySelector('em')!.textContent).to.equal('em');
    expect(div.querySelectorAll('ul li').length).to.equal(2);
    expect(div.querySelector('ol li')!.textContent).to.equal('first');
    expect(div.querySelector('blockquote')).to.exist;
    expect(div.querySelector('pre code')!.textContent).to.equal('block\n');
    const a = div.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://example.org/a?b=1');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(a.getAttribute('target')).to.equal('_blank');
  });

  it('every hostile payload: only allowed tags, no event attributes, no script runs', async () => {
    for (const md of XSS_MARKDOWN) {
      const div = await render(md, { images: true });
      document.body.append(div);
      await new Promise((r) => setTimeout(r, 20));
      for (const el of Array.from(div.querySelectorAll('*'))) {
        expect(ALLOWED_TAGS, `${el.tagName} from ${md}`).to.include(el.tagName.toLowerCase());
        for (const name of el.getAttributeNames()) expect(['href', 'src', 'alt', 'title', 'rel', 'target', 'referrerpolicy', 'loading', 'decoding'], `${name} from ${md}`).to.include(name);
      }
      for (const a of Array.from(div.querySelectorAll('a'))) expect(a.href, md).to.match(/^https:\/\//);
      for (const img of Array.from(div.querySelectorAll('img'))) expect(img.src, md).to.match(/^https:\/\//);
      div.remove();
    }
    expect((globalThis as Record<string, unknown>)[CANARY]).to.equal(undefined);
  });

  it('raw HTML written in the Markdown is shown as text, not parsed', async () => {
    const div = await render('<b>not bold</b> <script>x()</script>');
    expect(div.querySelector('b, script')).to.equal(null);
    expect(div.textContent).to.include('<b>not bold</b>');
  });

  it('links: javascript:, data:, relative and reference-style javascript: links lose their href (text stays)', async () => {
    const div = await render('[a](javascript:alert(1)) [b](data:text/html,x) [c](/relative) [d][1]\n\n[1]: javascript:alert(2)');
    expect(div.querySelectorAll('a').length).to.equal(0);
    expect(div.textContent).to.include('a').and.include('b').and.include('c').and.include('d');
  });

  it('images: only https, with referrerpolicy="no-referrer"; dropped to alt text when images are off or unsafe', async () => {
    const on = await render('![ok](https://img.example/a.png) ![http](http://evil.example/p.png) ![data](data:image/png;base64,AAAA)', { images: true });
    const imgs = on.querySelectorAll('img');
    expect(imgs.length).to.equal(1);
    expect(imgs[0]!.getAttribute('src')).to.equal('https://img.example/a.png');
    expect(imgs[0]!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(on.textContent).to.include('http').and.include('data');
    const off = await render('![ok](https://img.example/a.png)', { images: false });
    expect(off.querySelector('img')).to.equal(null);
    expect(off.textContent).to.include('ok');
  });

  it('headings are mapped below the card heading (h1 → headingLevel, capped at h6)', async () => {
    const div = await render('# One\n\n## Two\n\n###### Six', { headingLevel: 5 });
    expect(Array.from(div.querySelectorAll('h1,h2,h3,h4,h5,h6')).map((h) => h.tagName)).to.deep.equal(['H5', 'H6', 'H6']);
  });

  it('no forms, styles, SVG, MathML or iframes survive, even nested', async () => {
    const div = await render('<form><input></form><style>*{}</style><svg><circle/></svg><math><mi>x</mi></math><iframe></iframe><object></object>\n\n**x**');
    expect(div.querySelector('form, input, style, svg, math, iframe, object')).to.equal(null);
  });
});

describe('<badge-card> details panel: Markdown fields', function () {
  this.timeout(15_000);
  let stage: HTMLElement;
  beforeEach(() => {
    stage = document.createElement('div');
    stage.style.cssText = 'position:relative;padding:40px';
    document.body.append(stage);
  });
  afterEach(() => stage.remove());

  async function xssCard(setup: (c: BadgeCard) => void = () => {}): Promise<BadgeCard> {
    const card = document.createElement('badge-card');
    const loaded = new Promise((r) => card.addEventListener('badge-load', r, { once: true }));
    card.credential = xssCredential();
    setup(card);
    stage.append(card);
    await loaded;
    await card.updateComplete;
    return card;
  }

  it('criteria, evidence and endorsement narratives render as sanitized Markdown inside the card box', async () => {
    const card = await xssCard();
    const root = card.shadowRoot!;
    expect(root.querySelector('[part~="details"]')).to.equal(null);
    root.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
    await card.updateComplete;
    const panel = root.querySelector('[part~="details"]')!;
    expect(panel).to.exist;
    await until(() => markdownEngineLoaded() && root.querySelectorAll('.md strong').length >= 3, 'Markdown rendered');
    expect(root.querySelector('[part~="details-criteria"] .md strong')!.textContent).to.equal('Bold');
    expect(root.querySelector('[part~="details-evidence"] .md')).to.exist;
    expect(root.querySelector('[part~="details-endorsements"] .md')).to.exist;
    // headings inside a card whose name is h3 start at h5 (h4 is the section heading level)
    expect(root.querySelector('[part~="details-criteria"] .md h5')).to.exist;
    expect(problems(card)).to.deep.equal([]);
    // Escape closes and gives focus back to the toggle
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await card.updateComplete;
    expect(root.querySelector('[part~="details"]')).to.equal(null);
  });

  it('images="none": no <img> anywhere, also not from Markdown', async () => {
    const card = await xssCard((c) => { c.images = 'none'; });
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
    await card.updateComplete;
    await until(() => Boolean(card.shadowRoot!.querySelector('.md strong')), 'Markdown rendered');
    expect(deepElements(card.shadowRoot!).filter((e) => e.tagName === 'IMG')).to.deep.equal([]);
    expect(card.shadowRoot!.querySelector('[part~="image-placeholder"]')).to.exist;
  });

  it('bidi / long issuer and badge names are isolated (<bdi>) and clamped inside their line', async () => {
    const card = await xssCard();
    const root = card.shadowRoot!;
    const issuer = root.querySelector('[part~="issuer"]')!;
    const bdi = issuer.querySelector('bdi')!;
    expect(bdi.textContent).to.include('\u202E');
    expect(getComputedStyle(issuer).unicodeBidi).to.equal('isolate');
    expect(getComputedStyle(issuer).textOverflow).to.equal('ellipsis');
    expect(issuer.getBoundingClientRect().height).to.be.lessThan(40);
    expect(root.querySelector('[part~="name"] bdi')).to.exist;
    // the names never reach outside the card box
    expect(getComputedStyle(card).contain, 'the host clips its paint').to.include('paint');
    expect(problems(card)).to.deep.equal([]);
    expect(BIDI_NAME.length).to.be.greaterThan(400);
  });
});

describe('the invariant checker catches what it must', () => {
  it('flags javascript: links, event attributes, forbidden elements and content outside the box', () => {
    const host = document.createElement('div');
    host.style.cssText = 'display:block;width:100px;height:100px';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const a = document.createElement('a');
    a.setAttribute('href', 'javascript:alert(1)');
    const b = document.createElement('span');
    b.setAttribute('onclick', 'x()');
    const big = document.createElement('div');
    big.style.cssText = 'width:500px;height:10px';
    root.append(a, b, big, document.createElement('iframe'));
    const found = problems(host).join('\n');
    host.remove();
    expect(found).to.include('href javascript:');
    expect(found).to.include('event attribute onclick');
    expect(found).to.include('forbidden element <iframe>');
    expect(found).to.include('drawn outside the host');
  });
});
