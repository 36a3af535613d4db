/** <badge-wall> browsing: search, faceted filters with counts, sort, group, layout, sync-url, keyboard, details. */
import { expect, waitUntil } from '@open-wc/testing';
import type { BadgeWall } from '../../src/badge-wall.js';
import { cleanupWalls, mountWall, optionTexts, q, qa, setControl, settle, tileNames, txt } from './badge-wall.helpers.js';

const SRC = '/issuer/wall/feed-120.json /issuer/wall/presentation.json';

const shownCount = (w: BadgeWall): number => {
  const m = /, ([\d,]+) shown$/.exec(txt(q(w, '.count')));
  return m ? Number(m[1]!.replace(/,/g, '')) : w.items.length;
};
const loaded = (w: BadgeWall) => w.items.filter((i) => i.badge);

describe('<badge-wall> browsing', () => {
  let wall: BadgeWall;
  beforeEach(async function () {
    this.timeout(30_000);
    history.replaceState(null, '', location.pathname);
    ({ wall } = await mountWall((w) => (w.src = SRC)));
  });
  afterEach(cleanupWalls);

  it('searches name, issuer and skill', async () => {
    expect(wall.items.length).to.equal(124);
    await setControl(wall, 'q', 'relational');
    const expected = loaded(wall).filter((i) => i.badge!.alignments.some((a) => a.name === 'Relational querying')).length;
    expect(expected).to.be.greaterThan(5);
    expect(shownCount(wall)).to.equal(expected);
    expect(new Set(tileNames(wall))).to.deep.equal(new Set(['SQL Querying']));
    await setControl(wall, 'q', 'lindqvist sql');
    expect(shownCount(wall)).to.equal(loaded(wall).filter((i) => i.badge!.name === 'SQL Querying').length);
    await setControl(wall, 'q', 'no such badge');
    expect(txt(q(wall, '.empty'))).to.equal('No badges match. Clear filters');
    await expect(wall).to.be.accessible();
  });

  it('filters are real form controls with faceted counts per value', async () => {
    // issuers are told apart by id: the same name under different ids gets its origin in the label
    expect(optionTexts(wall, 'issuer').filter((t) => t.startsWith('Lindqvist Open Data Guild (')).length).to.be.greaterThan(1);
    const skills = optionTexts(wall, 'skill');
    expect(skills[0]).to.equal('All skills');
    const sqlCount = loaded(wall).filter((i) => i.badge!.alignments.some((a) => a.name === 'Relational querying')).length;
    expect(skills).to.include(`Relational querying (${sqlCount})`);
    expect(q(wall, 'label[for="w-skill"]')!.textContent).to.equal('Skill');
    await setControl(wall, 'skill', 'Relational querying');
    expect(shownCount(wall)).to.equal(sqlCount);
    // the type counts now count only the chosen skill's badges: OB 2.0 BadgeClasses have no type ("Badge")
    const types = optionTexts(wall, 'type');
    const ob3Sql = loaded(wall).filter((i) => i.badge!.name === 'SQL Querying' && i.badge!.achievementType).length;
    expect(types).to.include(`Badge (${sqlCount - ob3Sql})`);
    expect(types).to.include(`Competency (${ob3Sql})`);
    // the skill select still counts every skill under the other filters (so a user can switch)
    expect(optionTexts(wall, 'skill').length).to.equal(skills.length);
    const expired = loaded(wall).filter((i) => i.badge!.expires && Date.parse(i.badge!.expires) < Date.now()).length;
    expect(expired).to.be.greaterThan(0);
    await setControl(wall, 'skill', '');
    expect(optionTexts(wall, 'state')).to.include(`Expired (${expired})`);
    await setControl(wall, 'state', 'expired');
    expect(shownCount(wall)).to.equal(expired);
    expect(qa(wall, '.tile .pill').map(txt).every((t) => t === 'Expired')).to.equal(true);
    await expect(wall).to.be.accessible();
  });

  it('sorts by name and by newest', async () => {
    await setControl(wall, 'sort', 'name');
    const names = tileNames(wall).slice(0, 6);
    expect(names[0]).to.equal('Applied Statistics');
    expect([...names].sort((a, b) => a.localeCompare(b))).to.deep.equal(names);
    await setControl(wall, 'sort', 'newest');
    const newest = Math.max(...loaded(wall).map((i) => Date.parse(i.badge!.issued ?? '0')));
    const first = wall.items[Number(q(wall, '.tile')!.getAttribute('data-index'))]!;
    expect(Date.parse(first.badge!.issued!)).to.equal(newest);
  });

  it('groups by issuer, skill, type and feed group, with a heading and count per group', async () => {
    await setControl(wall, 'group', 'type');
    const heads = qa(wall, '.group-title').map(txt);
    expect(heads[0]).to.match(/^Badge \d+$/);
    expect(heads.map((h) => Number(h.split(' ').pop())).reduce((a, b) => a + b, 0)).to.equal(124);
    expect(qa(wall, '.list[role="list"]').length).to.equal(heads.length);
    await setControl(wall, 'group', 'group');
    expect(qa(wall, '.group-title').map(txt).some((h) => /^Class of 20\d\d \d+$/.test(h))).to.equal(true);
    await setControl(wall, 'group', 'issuer');
    expect(qa(wall, '.group-title').length).to.be.greaterThan(1);
    await expect(wall).to.be.accessible();
  });

  it('switches between grid and list layouts (a radio group)', async () => {
    const tile = () => q(wall, '.tile')!;
    expect(tile().getBoundingClientRect().height).to.equal(104);
    await setControl(wall, 'layout', 'list');
    expect(wall.getAttribute('layout')).to.equal('list');
    expect(tile().getBoundingClientRect().height).to.equal(64);
    expect(tile().getBoundingClientRect().width).to.be.greaterThan(q(wall, '.list')!.clientWidth - 2);
    await expect(wall).to.be.accessible();
  });

  it('a pathway step filters the wall to that achievement', async () => {
    const btn = q<HTMLButtonElement>(wall, '.stack .step.earned button')!;
    const name = txt(btn.querySelector('.step-name'));
    btn.click();
    await settle(wall);
    expect(shownCount(wall)).to.equal(loaded(wall).filter((i) => i.badge!.name === name && i.badge!.format === 'ob2-hosted').length);
    expect(new Set(tileNames(wall))).to.deep.equal(new Set([name]));
    expect(txt(q(wall, '[part="active-achievement"]'))).to.equal(`Showing ${name}`);
  });

  it('keyboard: one tab stop, arrow keys move between tiles (roving tabindex), Home/End', async () => {
    const tiles = () => qa(wall, '.tile');
    expect(tiles().filter((t) => t.tabIndex === 0).length).to.equal(1);
    const first = tiles()[0]!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(wall);
    const focused = () => wall.shadowRoot!.activeElement as HTMLElement;
    expect(focused().getAttribute('data-index')).to.equal('1');
    expect(focused().tabIndex).to.equal(0);
    expect(first.tabIndex).to.equal(-1);
    const cols = Math.round((q(wall, '.list')!.clientWidth + 12) / (first.offsetWidth + 12));
    focused().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await settle(wall);
    expect(focused().getAttribute('data-index')).to.equal(String(1 + cols));
    focused().dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await settle(wall);
    expect(focused().getAttribute('aria-posinset')).to.equal('124');
    focused().dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await settle(wall);
    expect(focused().getAttribute('aria-posinset')).to.equal('1');
  });

  it('Enter opens the badge in a details dialog with a <badge-card>; closing returns focus', async function () {
    this.timeout(20_000);
    const first = qa(wall, '.tile')[0]!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    // the card's code is loaded on first use (a busy machine may take longer than a render or two)
    await waitUntil(() => q<HTMLDialogElement>(wall, 'dialog')?.open, 'the details dialog opens', { timeout: 10_000 });
    const dialog = q<HTMLDialogElement>(wall, 'dialog')!;
    expect(dialog.open).to.equal(true);
    const card = dialog.querySelector('badge-card')!;
    await new Promise<void>((r) => (card.shadowRoot?.querySelector('[part~="name"]') ? r() : card.addEventListener('badge-load', () => r(), { once: true })));
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(txt(card.shadowRoot!.querySelector('[part~="name"]'))).to.equal(wall.items[0]!.badge!.name);
    await expect(wall).to.be.accessible();
    q<HTMLButtonElement>(wall, 'dialog .close')!.click();
    await settle(wall);
    expect(q(wall, 'dialog')).to.equal(null);
    expect((wall.shadowRoot!.activeElement as HTMLElement).getAttribute('data-index')).to.equal('0');
  });
});

describe('<badge-wall sync-url>', () => {
  afterEach(() => {
    cleanupWalls();
    history.replaceState(null, '', location.pathname);
  });

  it('keeps search, filters, sort, group and layout in the URL hash and restores them', async function () {
    this.timeout(30_000);
    history.replaceState(null, '', location.pathname);
    const { wall } = await mountWall((w) => {
      w.id = 'guild';
      w.syncUrl = true;
      w.src = '/issuer/wall/feed-60.json';
    });
    await setControl(wall, 'q', 'sql');
    await setControl(wall, 'sort', 'name');
    await setControl(wall, 'layout', 'list');
    const hash = new URLSearchParams(location.hash.slice(1));
    expect(hash.get('guild.q')).to.equal('sql');
    expect(hash.get('guild.sort')).to.equal('name');
    expect(hash.get('guild.layout')).to.equal('list');
    cleanupWalls();
    const { wall: again } = await mountWall((w) => {
      w.id = 'guild';
      w.syncUrl = true;
      w.src = '/issuer/wall/feed-60.json';
    });
    expect(q<HTMLInputElement>(again, 'input[name="q"]')!.value).to.equal('sql');
    expect(q<HTMLSelectElement>(again, 'select[name="sort"]')!.value).to.equal('name');
    expect(again.layout).to.equal('list');
    expect(new Set(tileNames(again))).to.deep.equal(new Set(['SQL Querying']));
    // a hash change (back/forward, a shared link) is applied too
    location.hash = 'guild.state=expired';
    await new Promise((r) => setTimeout(r, 50));
    await settle(again);
    expect(q<HTMLSelectElement>(again, 'select[name="state"]')!.value).to.equal('expired');
  });
});
