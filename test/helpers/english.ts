import { languageOf } from '../../src/text/language/registry';

/** The English language entry, for tests of English text. */
export const EN = languageOf('en');
