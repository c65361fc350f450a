import { caseSentence, caseToken } from '../../src/split/casing';
import type { SpokenWord } from '../../src/split/sentences';
import { buildVocabulary, properNounsOfCaptions, properNounsOfProse } from '../../src/split/vocabulary';
import { wordTokens } from '../helpers/word-align';

const vocabulary = buildVocabulary({
  people: [{ name: 'Bilel Jamoussi' }, { name: 'Javier García Díaz' }, { name: 'Hanna Okafor-Reyes' }],
  prose: ['Session 2: COVID-19 is accelerating city digital transformation: the role of industry and UN initiatives', 'Chief of Study Groups, TSB, ITU'],
  captions: ['We met in Geneva last year, and Geneva was lovely.', 'THE MEETING IS IN GENEVA'],
});

const tokens = (text: string, caps = true): SpokenWord[] =>
  text.split(' ').map((t, i) => ({ text: t, startMs: i, endMs: i + 1, caps, gapBeforeMs: 0, opensPiece: i === 0 }));

describe('case restoration of CART capitals', () => {
  const cases: [string, string][] = [
    ['THANK YOU, JAVIER GARCIA DIAZ, AND I AM GLAD.', 'Thank you, Javier Garcia Diaz, and I am glad.'],
    ["I'M SURE I'LL SEE BILEL JAMOUSSI'S SLIDES AT ITU.", "I'm sure I'll see Bilel Jamoussi's slides at ITU."],
    ['THANK YOU, BILAL.', 'Thank you, Bilal.'], // misspelled name, same sound: capitalised, not corrected
    ['HANNA OKAFOR-REYES FROM THE UN, ON COVID-19 AND THE Q&A ON MONDAY IN GENEVA.', 'Hanna Okafor-Reyes from the UN, on COVID-19 and the Q&A on Monday in Geneva.'],
    ['WE MAY MARCH ON THE ROLE OF INDUSTRY.', 'We may march on the role of industry.'],
  ];
  test.each(cases)('%s', (caps, expected) => {
    const cased = caseSentence(tokens(caps), vocabulary);
    expect(cased).toBe(expected);
    // no word changed: only the case of letters
    expect(wordTokens(cased)).toEqual(wordTokens(caps));
  });

  test('mixed-case captions keep their case, but a sentence starts with a capital', () => {
    expect(caseSentence(tokens('iPhone and eBay, says McDonald', false), vocabulary)).toBe('iPhone and eBay, says McDonald');
    expect(caseSentence(tokens('good morning, PRESIDENT Bas', false), vocabulary)).toBe('Good morning, PRESIDENT Bas');
  });

  test('punctuation around a word is kept', () => {
    expect(caseToken('"ITU,"', vocabulary)).toBe('"ITU,"');
    expect(caseToken('(GENEVA)', vocabulary)).toBe('(Geneva)');
  });

  test('proper nouns from prose: acronyms, mid-sentence capitals, not the words of Title Case titles', () => {
    expect(properNounsOfProse('Outcome Document and Closing Remarks')).toEqual([]);
    expect(properNounsOfProse('The pandemic has driven change for consumers, SMEs and the United Nations family. Enabling it requires policy.')).toEqual(['SMEs', 'United', 'Nations']);
    expect(properNounsOfCaptions(['We met in Geneva and in geneva', 'then in geneva'])).toEqual([]); // written lower case more often
    expect(properNounsOfCaptions(['We met in Geneva.', 'Then Geneva again'])).toEqual(['Geneva']);
  });
});
