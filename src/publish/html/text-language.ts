import { isRightToLeft, primaryTag } from '../../text/language/registry';
import { el, fragment, type Html } from './builder';

/** The language of the pages' own words ("Skip to main content", "Search results"). */
export const CHROME_LANGUAGE = 'en';

/** `lang` and `dir` of an element whose words are in another language than its parent's (a type, so it spreads into the builder's attributes). */
export type LanguageAttributes = {
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
};

/** The writing direction of a BCP 47 tag's language. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return isRightToLeft(tag) ? 'rtl' : 'ltr';
}

/**
 * The attributes of an element holding words in `language` inside one whose language is
 * `parent`: `lang` where the two differ, `dir` where their directions do, nothing where they are
 * the same language. Words of an unknown language get `dir="auto"` (the browser takes the
 * direction of their first strong letter), and no `lang`.
 */
export function wordsIn(language: string | undefined, parent: string): LanguageAttributes {
  if (language === undefined || primaryTag(language) === 'und') return { dir: 'auto' };
  if (language.toLowerCase() === parent.toLowerCase()) return {};
  const dir = directionOf(language);
  return dir !== directionOf(parent) ? { lang: language, dir } : { lang: language };
}

/** The attributes of an element holding recap's own words inside one in `parent`. */
export function chromeIn(parent: string): LanguageAttributes {
  return wordsIn(CHROME_LANGUAGE, parent);
}

/**
 * A muted aside of recap's words after an event's (" (3 paragraphs in 2 sessions)"): the space
 * before it stays outside a marked aside, where the other direction would move it to the far end.
 */
export function mutedAside(ui: LanguageAttributes, text: string): Html {
  return Object.keys(ui).length > 0 ? fragment(' ', el('span', { class: 'muted', ...ui }, text)) : el('span', { class: 'muted' }, ` ${text}`);
}

/** The language of a recording's words: its own (an interpreted channel), else the event's. */
export function recordingLanguage(manifest: { language: string; recordings: ReadonlyArray<{ id: string; language?: string | undefined }> }, recordingId: string): string {
  return manifest.recordings.find((r) => r.id === recordingId)?.language ?? manifest.language;
}
