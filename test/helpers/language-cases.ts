import { handOverPhrase } from '../../src/align/boundary-evidence';
import { spokenItemLabels } from '../../src/align/item-labels';
import { sessionTerms } from '../../src/align/session-terms';
import { sentencesOf } from '../../src/text/sentence-ends';
import { contentTerms } from '../../src/text/terms';
import { languageOf } from '../../src/text/language/registry';

/**
 * What each language entry must get right, written as native sentences per language: the meeting
 * phrases found and the ordinary sentences that look like them not found, stems that meet, words
 * dropped and kept, sentences cut around abbreviations, item numbers read.
 */
export interface LanguageCases {
  handOver: string[];
  /** ordinary sentences with similar words, which must not move a boundary */
  notHandOver: string[];
  opening: string[];
  notOpening: string[];
  preRoll: string[];
  startToCome: string[];
  notStartToCome: string[];
  /** inflected forms whose stems must meet */
  stemPairs: [string, string][];
  /** stop words and fillers: no content term */
  dropped: string[];
  /** topic words that must stay terms */
  kept: string[];
  /** a text and its sentences */
  sentences: [string, string[]][];
  /** lower-case speech and the item labels read in it */
  items: [string, string[]][];
  /** an agenda title of a generic item and a word its vocabulary expects in it */
  vocabulary: [string, string][];
}

export function describeLanguage(tag: string, c: LanguageCases): void {
  const lang = languageOf(tag);
  const lower = (s: string) => s.toLowerCase();
  describe(`${lang.name} (${tag})`, () => {
    test.each(c.handOver)('hands over: %s', (s) => expect(handOverPhrase(lower(s), lang.meeting.handOver)).not.toBeNull());
    test.each(c.notHandOver)('does not hand over: %s', (s) => expect(handOverPhrase(lower(s), lang.meeting.handOver)).toBeNull());
    test.each(c.opening)('opens: %s', (s) => expect(lang.meeting.opening?.test(lower(s))).toBe(true));
    test.each(c.notOpening)('does not open: %s', (s) => expect(lang.meeting.opening?.test(lower(s))).toBe(false));
    test.each(c.preRoll)('pre-roll: %s', (s) => expect(lang.meeting.preRoll?.test(lower(s))).toBe(true));
    test.each(c.startToCome)('start to come: %s', (s) => expect(lang.meeting.startToCome?.test(lower(s))).toBe(true));
    test.each(c.notStartToCome)('no start to come: %s', (s) => expect(lang.meeting.startToCome?.test(lower(s))).toBe(false));
    // Chinese and Japanese words do not inflect: no pairs
    if (c.stemPairs.length > 0) test.each(c.stemPairs)('stems meet: %s / %s', (a, b) => {
      const [x, y] = [contentTerms(a, lang), contentTerms(b, lang)];
      expect(x).toHaveLength(1);
      expect(x).toEqual(y);
    });
    test.each(c.dropped)('dropped: %s', (w) => expect(contentTerms(w, lang)).toEqual([]));
    test.each(c.kept)('kept: %s', (w) => expect(contentTerms(w, lang)).toHaveLength(1));
    if (c.sentences.length > 0) test.each(c.sentences)('sentences of: %s', (text, expected) => expect(sentencesOf(text, lang)).toEqual(expected));
    test.each(c.items)('item labels in: %s', (text, labels) => expect(spokenItemLabels(text, lang.meeting.spokenItems)).toEqual(labels));
    test.each(c.vocabulary)('agenda vocabulary of "%s" expects "%s"', (title, word) => {
      const terms = sessionTerms({ id: 's', title, people: [] }, lang);
      expect(terms.has(lang.stem(lang.fold(word)))).toBe(true);
    });
  });
}
