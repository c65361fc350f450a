import { defaultSummaryWords } from '../../src/summarize/summary-length';
import { wordsSaid } from '../../src/text/words';
import { languageOf } from '../../src/text/language/registry';

describe('the default length of a summary', () => {
  const sentence = 'The committee agreed to repair the roof of the east wing before the winter rains start.';
  const said = (n: number): number => n * wordsSaid(sentence, languageOf('en'));

  it('is the cap for a long meeting', () => {
    expect(defaultSummaryWords(said(1000), 250)).toBe(250);
  });

  it('is a fifth of what was said for a short one, never under 40 words', () => {
    // 25 sentences of 16 words: 400 words said, a summary of 80
    expect(defaultSummaryWords(said(25), 250)).toBe(80);
    expect(defaultSummaryWords(said(3), 250)).toBe(40);
    expect(defaultSummaryWords(said(0), 120)).toBe(40);
  });
});
