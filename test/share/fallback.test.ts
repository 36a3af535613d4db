/** No-JS fallback: light-DOM content of a not-yet-upgraded card shows, and is hidden once the badge renders. */
import { expect } from '@open-wc/testing';
import { BadgeCard, defineBadgeCard } from '../../src/badge-card.js';
import { renderStaticHtml } from '../../src/core/share/index.js';
import { createBadgeClient } from '../../src/core/client.js';
import { abs, entry } from '../elements/helpers.js';

describe('light-DOM fallback inside <badge-card>', () => {
  it('an <a><img></a> child is visible before the element upgrades and hidden once the badge is shown', async () => {
    const e = await entry('ob2-hosted-valid');
    const badge = await createBadgeClient().loadBadge(abs(e.path));
    const tag = 'badge-card-late-upgrade';
    const card = document.createElement(tag) as BadgeCard;
    card.setAttribute('src', abs(e.path));
    const holder = document.createElement('template');
    holder.innerHTML = renderStaticHtml(badge); // test only: the library's own escaped output
    card.append(holder.content);
    document.body.append(card);
    const link = card.querySelector('a')!;
    expect(customElements.get(tag)).to.equal(undefined);
    expect(link.checkVisibility()).to.equal(true);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(40);
    expect(link.textContent).to.contain('SQL Querying');

    const loaded = new Promise((resolve) => card.addEventListener('badge-load', resolve, { once: true }));
    defineBadgeCard(tag);
    await loaded;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('SQL Querying');
    expect(link.isConnected).to.equal(true);
    expect(link.checkVisibility(), 'fallback not slotted once the badge renders').to.equal(false);
    card.remove();
  });
});
