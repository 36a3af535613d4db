import { issuerCases } from './issuer-cases.js';

describe('core loadBadge over HTTP from the sample issuer (Chromium)', function () {
  this.timeout(60_000);
  for (const c of issuerCases(location.origin)) it(c.name, c.fn);
});
