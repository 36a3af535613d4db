/** Property-based tests in Chromium (same properties as Node): verify() never throws on any input. */
import { propertyRuns } from './property.js';

describe('property-based: verify() never throws (Chromium)', function () {
  this.timeout(60_000);
  for (const p of propertyRuns) it(p.name, () => p.run());
});
