/**
 * Safe registration: another copy (or version) of the library already defined the tags. Importing the
 * registration entries and calling every define function again must not throw and must leave the
 * existing definitions alone. This file imports the library only dynamically, after the stand-ins
 * are defined (wtr runs each test file in its own page, so the registry starts empty).
 */
import { expect } from '@open-wc/testing';

const TAGS = ['badge-card', 'badge-verify', 'badge-verify-dialog', 'badge-wall', 'badge-provider', 'badge-share', 'badge-qr', 'badge-certificate'];
const standIns = new Map<string, CustomElementConstructor>();
for (const tag of TAGS) {
  const cls = class extends HTMLElement {};
  standIns.set(tag, cls);
  customElements.define(tag, cls);
}

type Mod = Record<string, unknown>;
/** Registration entries, then the define modules of the elements loaded on demand (literal paths: the test server rewrites them). */
const ENTRIES: (() => Promise<Mod>)[] = [
  () => import('../../src/define.js'),
  () => import('../../src/badge-card.js'),
  () => import('../../src/badge-verify.js'),
  () => import('../../src/badge-wall.js'),
  () => import('../../src/badge-provider.js'),
];
const DEFINES: (() => Promise<Mod>)[] = [
  () => import('../../src/elements/badge-share/define.js'),
  () => import('../../src/elements/badge-qr/define.js'),
  () => import('../../src/elements/badge-certificate/badge-certificate.js'),
];

describe('safe registration (tags already defined by another copy)', () => {
  it('importing every registration entry does not throw and keeps the existing definitions', async () => {
    for (const load of ENTRIES) await load();
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(standIns.get(tag));
  });

  it('calling every define function again does not throw; a custom tag name registers a subclass', async () => {
    const fns: [string, (tag?: string) => void][] = [];
    for (const load of [...ENTRIES, ...DEFINES]) {
      const m = await load();
      for (const [name, v] of Object.entries(m)) if (/^define[A-Z]/.test(name) && typeof v === 'function') fns.push([name, v as (tag?: string) => void]);
    }
    expect(fns.map(([n]) => n)).to.include.members(['defineBadgeCard', 'defineBadgeVerify', 'defineBadgeProvider']);
    for (const [name, fn] of fns) {
      expect(() => fn(), name).to.not.throw();
      expect(() => fn(), `${name} twice`).to.not.throw();
    }
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(standIns.get(tag));
    const { defineBadgeCard, BadgeCard } = (await import('../../src/badge-card.js')) as typeof import('../../src/badge-card.js');
    defineBadgeCard('other-badge-card');
    defineBadgeCard('other-badge-card');
    const other = customElements.get('other-badge-card')!;
    expect(other.prototype).to.be.instanceOf(BadgeCard);
  });
});
