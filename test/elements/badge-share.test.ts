import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/badge-card.js';
import type { BadgeCard } from '../../src/badge-card.js';
import { defineBadgeShare, type BadgeShare } from '../../src/elements/badge-share/define.js';
import type { BadgeShareEvent } from '../../src/elements/badge-share/events.js';
import { abs, cleanup, entry, loadCard } from './helpers.js';

defineBadgeShare();

/** A card with `share` (and extra attributes), loaded, with its <badge-share> rendered. */
async function shareCard(key: string, share = '', extra: Record<string, string> = {}): Promise<{ card: BadgeCard; share: BadgeShare }> {
  const e = await entry(key);
  const { card } = await loadCard(abs(e.path), (c) => {
    c.setAttribute('share', share);
    for (const [k, v] of Object.entries(extra)) c.setAttribute(k, v);
  }).then((r) => ({ card: r.el }));
  const share$ = card.shadowRoot!.querySelector('badge-share')!;
  expect(share$, 'badge-share rendered').to.exist;
  await customElements.whenDefined('badge-share');
  await share$.updateComplete;
  return { card, share: share$ };
}

const button = (s: BadgeShare) => s.shadowRoot!.querySelector<HTMLButtonElement>('#button')!;
const menu = (s: BadgeShare) => s.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
const items = (s: BadgeShare) => [...s.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
const focused = (s: BadgeShare) => s.shadowRoot!.activeElement as HTMLElement | null;
const label = (el: HTMLElement | null) => (el?.querySelector('span')?.textContent ?? '').trim();

async function press(s: BadgeShare, key: string): Promise<void> {
  await sendKeys({ press: key });
  await s.updateComplete;
  await s.updateComplete;
}

describe('<badge-share> in <badge-card share>', () => {
  afterEach(cleanup);

  it('is a menu button: aria-haspopup, aria-expanded, aria-controls a role=menu of menuitems; axe-clean closed and open', async () => {
    const { card, share } = await shareCard('ob2-hosted-valid');
    const b = button(share);
    expect(b.getAttribute('aria-haspopup')).to.equal('menu');
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    expect(share.shadowRoot!.getElementById(b.getAttribute('aria-controls')!)).to.equal(menu(share));
    expect(menu(share).checkVisibility()).to.equal(false);
    await expect(card).to.be.accessible();
    b.focus();
    await press(share, 'Enter');
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(menu(share).checkVisibility()).to.equal(true);
    // native share is only listed where the browser offers it (not in headless Linux Chromium)
    const labels = items(share).map(label);
    expect(labels).to.include.members(['Add to LinkedIn profile', 'Post on LinkedIn', 'Post on X', 'Share on Facebook', 'Send by e-mail', 'Copy link', 'Download baked badge']);
    expect(labels.includes('More options…')).to.equal(typeof navigator.share === 'function');
    await expect(share).to.be.accessible();
    await expect(card).to.be.accessible();
  });

  it('works by keyboard alone: Enter opens on the first item, arrows wrap, Home/End, letters, Escape returns to the button', async () => {
    const { share } = await shareCard('ob2-hosted-valid');
    button(share).focus();
    await press(share, 'Enter');
    const all = items(share);
    expect(focused(share)).to.equal(all[0]);
    await press(share, 'ArrowDown');
    expect(focused(share)).to.equal(all[1]);
    await press(share, 'End');
    expect(focused(share)).to.equal(all[all.length - 1]);
    await press(share, 'ArrowDown');
    expect(focused(share), 'wraps to the first').to.equal(all[0]);
    await press(share, 'ArrowUp');
    expect(focused(share), 'wraps to the last').to.equal(all[all.length - 1]);
    await press(share, 'Home');
    expect(focused(share)).to.equal(all[0]);
    await press(share, 'c');
    expect(label(focused(share))).to.equal('Copy link');
    await press(share, 'Escape');
    expect(share.isOpen).to.equal(false);
    expect(button(share).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(share)).to.equal(button(share));
    // ArrowUp on the button opens on the last item, ArrowDown on the first
    await press(share, 'ArrowUp');
    expect(focused(share)).to.equal(items(share).at(-1));
    await press(share, 'Escape');
    await press(share, 'ArrowDown');
    expect(focused(share)).to.equal(items(share)[0]);
    // Tab closes the menu and moves on
    await press(share, 'Tab');
    expect(share.isOpen).to.equal(false);
    expect(menu(share).checkVisibility()).to.equal(false);
    expect(items(share).includes(focused(share)!)).to.equal(false);
  });

  it('Copy link by keyboard: copies the verification page URL, shows a confirmation in a live region, returns focus', async () => {
    const { card, share } = await shareCard('ob2-hosted-valid', 'copy email');
    const events: BadgeShareEvent[] = [];
    card.addEventListener('badge-share', (e) => events.push(e));
    expect(items(share).map(label)).to.deep.equal(['Send by e-mail', 'Copy link']);
    button(share).focus();
    await press(share, 'Enter');
    await press(share, 'ArrowDown');
    expect(label(focused(share))).to.equal('Copy link');
    await press(share, 'Enter');
    await new Promise((r) => setTimeout(r, 50));
    await share.updateComplete;
    const expected = new URL(`/verify.html?src=${encodeURIComponent(card.badge!.id!)}`, location.href).href;
    expect(events.length).to.equal(1);
    expect(events[0]!.detail.target).to.equal('copy');
    expect(events[0]!.detail.url).to.equal(expected);
    const status = share.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
    expect(status.checkVisibility()).to.equal(true);
    if (events[0]!.detail.ok) {
      expect(status.textContent!.trim()).to.equal('Link copied to the clipboard');
      // the clipboard holds the link where the page may read it back
      const read = await navigator.clipboard.readText().catch(() => undefined);
      if (read !== undefined) expect(read).to.equal(expected);
    } else expect(status.textContent!.trim()).to.equal(`Could not copy. The link is ${expected}`);
    expect(focused(share)).to.equal(button(share));
    expect(share.isOpen).to.equal(false);
  });

  it('plain links only: new tab, noopener noreferrer, no tracking parameters; qr-target is the shared URL', async () => {
    const { card, share } = await shareCard('ob2-hosted-valid', 'linkedin x facebook email', { 'qr-target': 'https://verify.example/v?src={url}' });
    const target = `https://verify.example/v?src=${encodeURIComponent(card.badge!.id!)}`;
    const links = share.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[role="menuitem"]');
    expect(links.length).to.equal(5);
    for (const a of links) {
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.href).to.not.match(/utm_|fbclid/);
      if (a.href.startsWith('mailto:')) expect(a.hasAttribute('target')).to.equal(false);
      else expect(a.target).to.equal('_blank');
    }
    const profile = new URL(links[0]!.href);
    expect(profile.origin + profile.pathname).to.equal('https://www.linkedin.com/profile/add');
    expect(profile.searchParams.get('certUrl')).to.equal(target);
    expect(new URL(links[1]!.href).searchParams.get('url')).to.equal(target);
    expect(new URL(links[3]!.href).searchParams.get('u')).to.equal(target);
    expect(decodeURIComponent(links[4]!.href)).to.contain(target);
    expect(document.querySelectorAll('script[src*="linkedin"], script[src*="facebook"], script[src*="twitter"], iframe').length).to.equal(0);
  });

  it('closes on a click outside', async () => {
    const { share } = await shareCard('ob3-jwt-didkey-v2', 'copy');
    button(share).click();
    await share.updateComplete;
    expect(share.isOpen).to.equal(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await share.updateComplete;
    expect(share.isOpen).to.equal(false);
  });

  it('compact layout: icon button named after the badge', async () => {
    const { card, share } = await shareCard('ob2-hosted-valid', '', { layout: 'compact' });
    expect(share.compact).to.equal(true);
    expect(button(share).getAttribute('aria-label')).to.equal(`Share “${card.badge!.name}”`);
    await expect(card).to.be.accessible();
  });

  it('standalone <badge-share src>: loads the badge through the client and shares its verification page', async () => {
    const e = await entry('ob3-jwt-didkey-v2');
    const el = document.createElement('badge-share');
    el.setAttribute('src', e.path);
    el.setAttribute('targets', 'linkedin-profile copy');
    el.setAttribute('verify-url', 'https://verify.example/v?src={url}');
    document.body.append(el);
    for (let i = 0; i < 100 && !el.current; i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.current!.format).to.equal('ob3-jwt');
    expect(el.shareUrl).to.equal(`https://verify.example/v?src=${encodeURIComponent(abs(e.path))}`);
    expect(items(el).map(label)).to.deep.equal(['Add to LinkedIn profile', 'Copy link']);
    await expect(el).to.be.accessible();
    el.remove();
  });
});
