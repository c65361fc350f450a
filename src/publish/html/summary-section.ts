import type { SummaryFile } from '../../model/summary';
import { el, type Html } from './builder';
import { clock, isoDuration } from '../../model/timecode';
import { chromeIn, wordsIn } from './text-language';

/** The page's language and that of each sentence's words (its recording's), when they may differ. */
export interface SummaryLanguages {
  pageLang: string;
  languageOf: (sentence: SummaryFile['sentences'][number]) => string;
}

/**
 * A summary as a page section: its sentences in time order, each with a time link to where it
 * was said (in this page or a transcript), then its keyphrases. `linkTo` gives the href of a
 * sentence's context, or undefined when there is none to link. Without `languages` everything is
 * taken to be in the page's language (English pages).
 */
export function summarySection(summary: SummaryFile | undefined, linkTo: (sentence: SummaryFile['sentences'][number]) => string | undefined, languages?: SummaryLanguages): Html {
  const ui = languages !== undefined ? chromeIn(languages.pageLang) : {};
  const said = (s: SummaryFile['sentences'][number]) => (languages !== undefined ? wordsIn(languages.languageOf(s), languages.pageLang) : {});
  const heading = el('h2', { id: 'summary-heading', ...ui }, 'Summary');
  if (!summary || summary.sentences.length === 0) {
    return el('section', { id: 'summary', 'aria-labelledby': 'summary-heading' }, heading, el('p', { class: 'muted', ...ui }, 'No summary is available.'));
  }
  const sentences = el(
    'ul',
    null,
    summary.sentences.map((s) => {
      const href = linkTo(s);
      const time = el('time', { datetime: isoDuration(s.startMs) }, clock(s.startMs));
      const words = said(s);
      const text = words.lang !== undefined ? el('span', words, s.text) : s.text;
      return el('li', null, href ? el('a', { class: 'ts', href }, el('span', { class: 'vh', ...ui }, 'Said at '), time) : el('span', { class: 'ts' }, time), ' ', text);
    }),
  );
  const keyphrases =
    summary.keyphrases.length > 0
      ? [el('h3', { id: 'keyphrases-heading', ...ui }, 'Keyphrases'), el('ul', { class: 'keyphrases', 'aria-labelledby': 'keyphrases-heading' }, summary.keyphrases.map((k) => el('li', null, k)))]
      : [];
  return el('section', { id: 'summary', 'aria-labelledby': 'summary-heading' }, heading, sentences, keyphrases);
}
