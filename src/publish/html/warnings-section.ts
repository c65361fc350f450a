import type { InputWarning } from '../../model/input-warning';
import { el, type Html } from './builder';
import type { LanguageAttributes } from './text-language';

/**
 * The event page's section for the organiser: implausible input recap still published (markup
 * left in the text, broken times, repeated text, a recording that does not fit its agenda), so
 * that it is seen on the page people open, not only in a JSON file. Nothing when there are none.
 * All recap's own words: `ui` marks their language on a page in another.
 */
export function warningsSection(warnings: readonly InputWarning[], ui: LanguageAttributes = {}): Html | null {
  if (warnings.length === 0) return null;
  const items = warnings.map((w) => el('li', null, el('code', null, w.line !== undefined ? `${w.file}:${w.line}` : w.file), `: ${w.message} `, el('span', { class: 'muted' }, `(${w.code})`)));
  return el(
    'section',
    { id: 'input-warnings', 'aria-labelledby': 'input-warnings-heading', ...ui },
    el('h2', { id: 'input-warnings-heading' }, 'Input warnings'),
    el('p', null, `The caption files were read, but ${warnings.length === 1 ? 'this looks' : 'these look'} implausible: check the files and the pages below before relying on them (recap process --strict refuses such input).`),
    el('ul', null, items),
  );
}
