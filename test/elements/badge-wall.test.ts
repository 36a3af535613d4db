/** <badge-wall> sources over real HTTP from the sample issuer: feed, VP, CLR, BadgeClass list, several src, children, property. */
import { expect } from '@open-wc/testing';
import { createBadgeClient } from '../../src/core/client.js';
import { abs, cleanupWalls, mountWall, optionTexts, q, qa, tileNames, txt } from './badge-wall.helpers.js';

describe('<badge-wall> sources', () => {
  afterEach(cleanupWalls);

  it('reads a BadgeFeed (url, jwt and credential items) and shows its pathway: 3 of 5 earned, missing ones named, capstone', async () => {
    const { wall, detail } = await mountWall((w) => (w.src = '/issuer/wall/portfolio.json'));
    expect(detail).to.deep.equal({ total: 5, loaded: 5, failed: 0 });
    expect(txt(q(wall, 'h2'))).to.equal('Portfolio');
    expect(txt(q(wall, '.count'))).to.equal('5 badges');
    expect(tileNames(wall)).to.include.members(['SQL Querying', 'Data Analysis Foundations', 'Data Visualization', 'Data Practitioner Capstone', 'Data Cleaning & Wrangling']);
    const stack = q(wall, '.stack')!;
    expect(txt(stack.querySelector('h3'))).to.equal('Data Analyst pathway');
    expect(txt(stack.querySelector('[part="stack-progress"]'))).to.equal('3 of 5 earned');
    const bar = stack.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('3');
    expect(bar.getAttribute('aria-valuemax')).to.equal('5');
    const earned = [...stack.querySelectorAll('.step.earned .step-name')].map(txt);
    const missing = [...stack.querySelectorAll('.step.missing .step-name')].map(txt);
    expect(earned).to.deep.equal(['Data Analysis Foundations', 'SQL Querying', 'Data Visualization']);
    // the missing ones are named from their BadgeClass documents, fetched over HTTP
    expect(missing).to.deep.equal(['Applied Statistics', 'Data Practitioner Capstone']);
    expect(txt(stack.querySelector('.step.capstone .step-state'))).to.equal('Capstone · Not yet earned');
    await expect(wall).to.be.accessible();
  });

  it('reads an OB 3.0 VerifiablePresentation (JSON and JWT credentials)', async () => {
    const { wall, detail } = await mountWall((w) => (w.src = '/issuer/wall/presentation.json'));
    expect(detail).to.deep.equal({ total: 4, loaded: 4, failed: 0 });
    expect(txt(q(wall, 'h2'))).to.equal('Amina Okafor: data badges');
    expect(tileNames(wall).sort()).to.deep.equal(['Data Cleaning & Wrangling', 'Data Practitioner Capstone', 'Data Visualization', 'SQL Querying']);
  });

  it('reads a CLR 2.0 ClrCredential: its credentials, and its associations as a pathway with the parent as capstone', async () => {
    const { wall, detail } = await mountWall((w) => (w.src = '/issuer/wall/clr.json'));
    expect(detail.total).to.equal(4);
    expect(detail.failed).to.equal(0);
    const stack = q(wall, '.stack')!;
    expect(txt(stack.querySelector('h3'))).to.equal('Data Practitioner Capstone');
    // foundations, SQL, visualization earned; statistics and the capstone itself missing
    expect(txt(stack.querySelector('[part="stack-progress"]'))).to.equal('3 of 5 earned');
    expect(txt(stack.querySelector('.step.capstone .step-name'))).to.equal('Data Practitioner Capstone');
    expect([...stack.querySelectorAll('.step.missing .step-name')].map(txt)).to.deep.equal(['Applied Statistics', 'Data Practitioner Capstone']);
  });

  it('shows an OB 2.0 issuer\'s BadgeClasses as available achievements', async () => {
    const { wall, detail } = await mountWall((w) => (w.src = '/issuer/wall/badge-classes.json'));
    expect(detail).to.deep.equal({ total: 8, loaded: 8, failed: 0 });
    const states = qa(wall, '.tile .pill').map(txt);
    expect(states.length).to.equal(8);
    expect(new Set(states)).to.deep.equal(new Set(['Available']));
    expect(optionTexts(wall, 'state')).to.deep.equal(['Any status', 'Available (8)']);
  });

  it('reads several src values (space-separated) into one wall', async () => {
    const { wall, detail } = await mountWall((w) => (w.src = '/issuer/wall/portfolio.json /issuer/wall/presentation.json'));
    expect(detail.total).to.equal(9);
    expect(txt(q(wall, '.count'))).to.equal('9 badges');
  });

  it('reads child <badge-card> elements (src and credential) and hides them', async () => {
    const jwt = await (await fetch('/issuer/ob3/jwt/ob3-jwt-didkey-v1.jwt')).text();
    const { wall, detail } = await mountWall(() => {}, `<badge-card src="/issuer/ob2/assertions/sql-querying-amina.json"></badge-card><badge-card credential="${jwt}"></badge-card><p>fallback</p>`);
    expect(detail).to.deep.equal({ total: 2, loaded: 2, failed: 0 });
    expect(tileNames(wall)).to.deep.equal(['SQL Querying', 'SQL Querying']);
    // light-DOM children are not slotted: not rendered once the wall has rendered
    const child = wall.querySelector('badge-card') as HTMLElement;
    expect(child.getClientRects().length).to.equal(0);
    expect(wall.querySelector('p')!.getClientRects().length).to.equal(0);
  });

  it('takes credentials already in hand (`credentials` property)', async () => {
    const cred = await (await fetch('/issuer/ob3/credentials/ob3-di-jcs-didkey.json')).json();
    const { wall } = await mountWall((w) => (w.credentials = [cred, abs('/issuer/ob2/assertions/viz-mei.json')]));
    expect(tileNames(wall)).to.deep.equal(['Data Cleaning & Wrangling', 'Data Visualization']);
  });

  it('turns failed items into small error tiles and keeps the others (never a broken wall)', async () => {
    const { wall, detail } = await mountWall((w) => (w.src = '/issuer/wall/broken-feed.json'));
    expect(detail).to.deep.equal({ total: 5, loaded: 2, failed: 3 });
    const errors = qa(wall, '.tile.error');
    expect(errors.length).to.equal(3);
    expect(txt(errors[0]!.querySelector('.meta'))).to.match(/answered 404 \(Not Found\)\. \(fetch-failed\)$/);
    expect(txt(errors[1]!.querySelector('.meta'))).to.contain('(unknown-format)');
    expect(txt(errors[2]!.querySelector('.meta'))).to.contain('(malformed)');
    expect(qa(wall, '.tile:not(.error)').length).to.equal(2);
    expect(optionTexts(wall, 'state')).to.include('Could not load (3)');
    await expect(wall).to.be.accessible();
  });

  it('says so when a src cannot be loaded, and still shows the other sources', async () => {
    const { wall, detail } = await mountWall((w) => (w.src = '/issuer/wall/nope.json /issuer/wall/presentation.json'));
    expect(detail.total).to.equal(4);
    expect(txt(q(wall, '.notice'))).to.match(/^Could not load .*\/issuer\/wall\/nope\.json: The server at .* answered 404 \(Not Found\)\. \(fetch-failed\)$/);
  });

  it('while the list is on its way: a progress indicator (progressbar), axe-clean', async () => {
    const wall = document.createElement('badge-wall');
    wall.client = createBadgeClient({ fetch: () => new Promise<Response>(() => {}) });
    wall.src = '/issuer/wall/feed-10.json';
    document.body.append(wall);
    try {
      await wall.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      const bar = q(wall, '[role="progressbar"]')!;
      expect(bar.getAttribute('aria-label')).to.equal('Loading badges');
      expect(bar.getAttribute('aria-valuetext')).to.equal('Loading the list');
      expect(txt(q(wall, '.count'))).to.equal('Loading…');
      await expect(wall).to.be.accessible();
    } finally {
      wall.remove();
    }
  });

  it('shows an empty wall as such', async () => {
    const { wall, detail } = await mountWall((w) => (w.feed = { type: 'BadgeFeed', name: 'Nothing yet', items: [] }));
    expect(detail.total).to.equal(0);
    expect(txt(q(wall, '.empty'))).to.equal('No badges to show yet.');
    await expect(wall).to.be.accessible();
  });
});
