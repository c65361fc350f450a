import { BUNDLE_MODULE_FROM_SCRIPTS } from '../site/site-links';

/**
 * site/search-bundle.js: hands the static search bundle's module to the search page's script.
 * A script file made by scriptFile cannot import (the test transform turns import() into
 * require()), and the bundle is a module whose functions are only reachable by importing it; so
 * this one file is a fixed two-statement module, with no data of any event in it. The search
 * page loads it before its own script; module scripts run in document order, so the module is in
 * place when that script starts, or absent when the bundle failed to load (it says so).
 */
export const SEARCH_BUNDLE_LOADER = `// recap: loads the static search bundle for site/search.js
import * as bundle from '${BUNDLE_MODULE_FROM_SCRIPTS}';
globalThis.recapSearchBundle = bundle;
`;
