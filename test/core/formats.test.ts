import { formatCases } from './format-cases.js';

describe('core formats (Chromium): every format → one Badge model', () => {
  for (const c of formatCases) it(c.name, c.fn);
});
