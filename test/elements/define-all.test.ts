/** `badge-elements/define.js`: registers <badge-provider> first, then card, verify, verify dialog and wall; exports the wall's API. */
import { expect } from '@open-wc/testing';

describe('define.js', () => {
  it('registers <badge-provider> before every other element, and the wall too', async () => {
    const order: string[] = [];
    const define = customElements.define.bind(customElements);
    customElements.define = (name, ctor, options) => {
      order.push(name);
      define(name, ctor, options);
    };
    try {
      const m = await import('../../src/define.js');
      expect(order[0]).to.equal('badge-provider');
      expect(order).to.include.members(['badge-card', 'badge-verify', 'badge-verify-dialog', 'badge-wall']);
      expect(order.indexOf('badge-wall')).to.be.greaterThan(order.indexOf('badge-verify-dialog'));
      expect(customElements.get('badge-wall')).to.equal(m.BadgeWall);
      expect(customElements.get('badge-provider')).to.equal(m.BadgeProvider);
      expect(typeof m.defineBadgeWall).to.equal('function');
      expect(m.BadgeWallVerifiedEvent.eventName).to.equal('badge-wall-verified');
      expect(m.emptyBrowse().sort).to.equal('feed');
      // the exports that were there before stay
      for (const name of ['configureBadgeElements', 'BadgeCard', 'BadgeVerify', 'BadgeVerifyDialog', 'STATE_TEXT', 'registerLocale', 'ensureLocale', 'preloadCss', 'badgeClientContext']) {
        expect(m, name).to.have.property(name);
      }
    } finally {
      customElements.define = define;
    }
  });
});
