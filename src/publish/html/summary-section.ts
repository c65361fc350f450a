import type { SummaryFile } from '../../model/summary';
import { el, type Html } from './builder';
import { clock, isoDuration } from '../../model/timecode';

/**
 * A summary as a page section: its sentences in time order, each with a time link to where it
 * was said (in this page or a transcript), then its keyphrases. `linkTo` gives the href of a
 * sentence's context, or undefined when there is none to link.
 */
export function summarySection(summary: SummaryFile | undefined, linkTo: (sentence: SummaryFile['sentences'][number]) => string | undefined): Html {
  const heading = el('h2', { id: 'summary-heading' }, 'Summary');
  if (!summary || summary.sentences.length === 0) {
    return el('section', { id: 'summary', 'aria-labelledby': 'summary-heading' }, heading, el('p', { class: 'muted' }, 'No summary is available.'));
  }
  const sentences = el(
    'ul',
    null,
    summary.sentences.map((s) => {
      const href = linkTo(s);
      const time = el('time', { datetime: isoDuration(s.startMs) }, clock(s.startMs));
      return el('li', null, href ? el('a', { class: 'ts', href }, el('span', { class: 'vh' }, 'Said at '), time) : el('span', { class: 'ts' }, time), ' ', s.text);
    }),
  );
  const keyphrases =
    summary.keyphrases.length > 0
      ? [el('h3', { id: 'keyphrases-heading' }, 'Keyphrases'), el('ul', { class: 'keyphrases', 'aria-labelledby': 'keyphrases-heading' }, summary.keyphrases.map((k) => el('li', null, k)))]
      : [];
  return el('section', { id: 'summary', 'aria-labelledby': 'summary-heading' }, heading, sentences, keyphrases);
}
