import { expect, html, fixture } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { createBadgeClient, getDefaultClient, setDefaultClient } from '../../src/core/client.js';
import '../../src/badge-card.js';
import { preloadCss, type BadgeCard } from '../../src/badge-card.js';
import { badgeClientContext } from '../../src/badge-provider.js';
import { markdownToPlainText } from '../../src/elements/shared/plain-text.js';
import { safeImageUrl, safeLinkUrl, middleEllipsis } from '../../src/elements/shared/safe-url.js';
import { $, abs, cleanup, entry, loadCard, mount, text } from './helpers.js';

const never = () => createBadgeClient({ fetch: () => new Promise<Response>(() => {}) });
const box = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 };
};

describe('<badge-card> layout, theme and loading behaviour', () => {
  afterEach(cleanup);

  for (const size of ['small', 'medium', 'large'] as const) {
    for (const layout of ['full', 'compact'] as const) {
      it(`the skeleton has the loaded card's box (${size}/${layout}), and both match the preload rule`, async () => {
        const src = abs((await entry('ob2-hosted-evidence')).path);
        const style = document.createElement('style');
        style.textContent = preloadCss;
        document.head.append(style);
        try {
          const undefinedEl = document.createElement('badge-card-not-yet-defined');
          // the preload rule applies to `badge-card:not(:defined)`; measure it on an unknown tag styled the same way
          style.textContent += preloadCss.replaceAll('badge-card', 'badge-card-not-yet-defined');
          undefinedEl.setAttribute('size', size);
          undefinedEl.setAttribute('layout', layout);
          document.body.append(undefinedEl);
          const preloaded = box(undefinedEl);
          undefinedEl.remove();

          const { el: skeleton } = mount((c) => {
            c.client = never();
            c.size = size;
            c.layout = layout;
            c.src = src;
          });
          await skeleton.updateComplete;
          expect($(skeleton, '[part~="skeleton"]')).to.exist;
          const { el: card } = await loadCard(src, (c) => {
            c.size = size;
            c.layout = layout;
          });
          expect(card.badge).to.exist;
          expect(box(skeleton)).to.deep.equal(box(card));
          expect(box($(skeleton, '[part~="base"]')!)).to.deep.equal(box($(card, '[part~="base"]')!));
          expect(box(card)).to.deep.equal(preloaded);
          await expect(card).to.be.accessible();
        } finally {
          style.remove();
        }
      });
    }
  }

  it('sizes grow small < medium < large; compact is shorter than full', async () => {
    const cards = await Promise.all(
      (['small', 'medium', 'large'] as const).map((size) =>
        fixture<BadgeCard>(html`<badge-card size=${size} .client=${never()} src="https://x.example/a"></badge-card>`),
      ),
    );
    const [s, m, l] = cards.map(box);
    expect(s!.w).to.be.lessThan(m!.w);
    expect(m!.w).to.be.lessThan(l!.w);
    const compact = await fixture<BadgeCard>(html`<badge-card layout="compact" .client=${never()} src="https://x.example/a"></badge-card>`);
    expect(box(compact).h).to.be.lessThan(m!.h / 3);
    expect(compact.getAttribute('layout')).to.equal('compact');
  });

  it('theme="dark" and theme="light" switch the palette; the attribute reflects', async () => {
    const { el } = await loadCard(abs((await entry('ob3-jwt-didkey-v2')).path), (c) => c.setAttribute('theme', 'light'));
    const bg = () => getComputedStyle($(el, '[part~="base"]')!).backgroundColor;
    expect(bg()).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(bg()).to.equal('rgb(26, 30, 39)');
    await expect(el).to.be.accessible();
    el.style.setProperty('--badge-dark-color-surface', 'rgb(1, 2, 3)');
    expect(bg()).to.equal('rgb(1, 2, 3)');
  });

  it('heading-level sets the name heading level', async () => {
    const { el } = await loadCard(abs((await entry('ob2-hosted-valid')).path), (c) => c.setAttribute('heading-level', '2'));
    expect($(el, 'h2[part="name"]')).to.exist;
  });

  it('changing src aborts the old load and shows the new badge', async () => {
    const signals: AbortSignal[] = [];
    const client = createBadgeClient({
      fetch: (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return String(input).includes('slow') ? new Promise<Response>(() => {}) : fetch(input, init);
      },
    });
    const { el } = mount((c) => {
      c.client = client;
      c.src = abs('/issuer/slow/never.json');
    });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(signals.length).to.equal(1);
    const loaded = new Promise((r) => el.addEventListener('badge-load', r, { once: true }));
    let errors = 0;
    el.addEventListener('badge-error', () => errors++);
    el.src = abs((await entry('ob2-hosted-valid')).path);
    await loaded;
    await el.updateComplete;
    expect(signals[0]!.aborted).to.equal(true);
    expect(errors).to.equal(0);
    expect(text(el, '[part="name"]')).to.equal('SQL Querying');
  });

  it('disconnecting aborts the load; reconnecting loads again', async () => {
    const signals: AbortSignal[] = [];
    let hold = true;
    const client = createBadgeClient({
      fetch: (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return hold ? new Promise<Response>(() => {}) : fetch(input, init);
      },
    });
    const src = abs((await entry('ob2-hosted-valid')).path);
    const { el, outcome } = mount((c) => {
      c.client = client;
      c.src = src;
    });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
    hold = false;
    document.body.append(el);
    const o = await outcome;
    expect(o.type).to.equal('load');
    el.remove();
  });

  it('uses the client from a @lit/context provider above it', async () => {
    const calls: string[] = [];
    const provided = createBadgeClient({ fetch: (input, init) => (calls.push(String(input)), fetch(input, init)) });
    const wrapper = document.createElement('div');
    new ContextProvider(wrapper, { context: badgeClientContext, initialValue: provided });
    document.body.append(wrapper);
    const { outcome } = mount((c) => (c.src = abs('/issuer/ob2/assertions/viz-mei.json')), wrapper);
    expect((await outcome).type).to.equal('load');
    expect(calls.some((u) => u.endsWith('/issuer/ob2/assertions/viz-mei.json'))).to.equal(true);
    wrapper.remove();
  });

  it('1,000 cards of one issuer → exactly 1 issuer-profile request (all share the default client)', async function () {
    this.timeout(60000);
    const previous = getDefaultClient();
    setDefaultClient(createBadgeClient());
    try {
      await fetch('/__requests/reset', { method: 'POST' });
      const paths = ['sql-querying-amina', 'foundations-lukas', 'python-mei-2023', 'stats-diego-2099', 'viz-mei'].map((id) => abs(`/issuer/ob2/assertions/${id}.json`));
      const host = document.createElement('div');
      document.body.append(host);
      const outcomes = Array.from({ length: 1000 }, (_, i) => mount((c) => {
        c.layout = 'compact';
        c.size = 'small';
        c.src = paths[i % paths.length]!;
      }, host).outcome);
      const results = await Promise.all(outcomes);
      expect(results.filter((o) => o.type === 'load').length).to.equal(1000);
      const log = (await (await fetch('/__requests')).json()) as { method: string; url: string }[];
      const profile = log.filter((r) => new URL(r.url, location.origin).pathname === '/issuer/ob2/issuer.json');
      expect(profile.length).to.equal(1);
      for (const p of paths) expect(log.filter((r) => abs(r.url) === p).length, p).to.equal(1);
      host.remove();
    } finally {
      setDefaultClient(previous);
    }
  });

  it('preload.css (for the README / CDN) has the same rules as the exported preloadCss', async () => {
    const file = await (await fetch('/src/elements/shared/preload.css')).text();
    expect(file.replace(/\/\*[\s\S]*?\*\/\s*/, '').trim()).to.equal(preloadCss.trim());
  });

  it('compact layout shows the issued date as a <time>', async () => {
    const { el } = await loadCard(abs((await entry('ob2-hosted-valid')).path), (c) => (c.layout = 'compact'));
    expect($(el, '.when time')!.getAttribute('datetime')).to.equal('2025-03-14T18:30:00.000Z');
    await expect(el).to.be.accessible();
  });
});

describe('badge-card helpers', () => {
  it('markdownToPlainText turns Markdown criteria into sentences of text', () => {
    expect(markdownToPlainText('## Requirements\n\n1. Pass the **exam** (80%)\n2. See [the rubric](https://x.example/r)\n\n_Assessed on PostgreSQL 16._'))
      .to.equal('Requirements: Pass the exam (80%). See the rubric. Assessed on PostgreSQL 16.');
    expect(markdownToPlainText('<script>alert(1)</script>')).to.equal('<script>alert(1)</script>.');
  });

  it('safe URLs: http(s) links only; images also data:image', () => {
    expect(safeLinkUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeLinkUrl(' https://a.example/x ')).to.equal('https://a.example/x');
    expect(safeLinkUrl('data:text/html,<b>x</b>')).to.equal(undefined);
    expect(safeImageUrl('data:image/png;base64,AAAA')).to.equal('data:image/png;base64,AAAA');
    expect(safeImageUrl('data:text/html;base64,AAAA')).to.equal(undefined);
    expect(middleEllipsis('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', 26)).to.equal('did:key:z6Mkha…ta2doK');
  });
});
