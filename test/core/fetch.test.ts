import { fetchCases } from './fetch-cases.js';

describe('core fetcher (Chromium, real HTTP from the test server)', function () {
  this.timeout(20_000);
  for (const c of fetchCases(location.origin, { browser: true })) it(c.name, c.fn);
});
