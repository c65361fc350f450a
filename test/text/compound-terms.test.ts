import { EN } from '../helpers/english';
import { compoundTerms, contentTerms } from '../../src/text/terms';

/** Whether two texts share a term once compounds are counted, as the aligner matches them. */
function meet(a: string, b: string): boolean {
  const left = new Set([...contentTerms(a, EN), ...compoundTerms(a, EN)]);
  return [...contentTerms(b, EN), ...compoundTerms(b, EN)].some((t) => left.has(t));
}

describe('compoundTerms', () => {
  test.each([
    ['council member', 'councilmember'],
    ['Council Member Comments', 'COUNCILMEMBER'],
    ['the web site', 'our website'],
    ['chair person', 'chairperson'],
    ['stake holders', 'stakeholders'],
    ['health care', 'healthcare'],
    ['co-chair', 'cochair'],
    ['vice-chair', 'vicechair'],
    ['Café Noir', 'CAFENOIR'],
  ])('"%s" and "%s" meet, however spaced, hyphenated, cased or accented', (spaced, joined) => {
    expect(contentTerms(joined, EN).every((t) => !contentTerms(spaced, EN).includes(t))).toBe(true);
    expect(meet(spaced, joined)).toBe(true);
    expect(meet(joined, spaced)).toBe(true);
  });

  test('a compound word alone adds no pair: only adjacent words make one', () => {
    expect(compoundTerms('councilmember', EN)).toEqual([]);
    expect(compoundTerms('', EN)).toEqual([]);
  });

  test.each([
    ['of the council', []],
    ['the council member', ['councilmemb']],
    ['item 14 budget', []],
    ['covid 19 response', []],
    ['we will vote on it', []],
    ['vote of the board', []],
  ])('"%s" makes no pair with a stop word or a number, nor across one', (text, expected) => {
    expect(compoundTerms(text, EN)).toEqual(expected);
  });

  test('every pair is of two adjacent content words, in order', () => {
    expect(compoundTerms('the council member said', EN)).toEqual(['councilmemb']);
    expect(compoundTerms('public hearing on the zoning board', EN)).toEqual(['publichear', 'zoningboard']);
  });

  // "e-mail" splits into "e" and "mail", and single letters are stop words (natural's list holds
  // a-z): a one-letter first part joins through its hyphen.
  test.each([
    ['e-mail', 'email'],
    ['E-Mail', 'EMAIL'],
    ['x-ray', 'xray'],
    ['e-commerce', 'ecommerce'],
  ])('a one-letter first part: "%s" and "%s" meet', (spaced, joined) => {
    expect(meet(spaced, joined)).toBe(true);
  });

  // Words on either side of a sentence end are no pair ("...thank the council. Members of the
  // public may speak" is no councilmember).
  test.each([
    'I want to thank the council. Members of the public may now speak.',
    'That is all from the council? Members, please take your seats.',
    'Next is the web! Site visits are up.',
  ])('no pair across a sentence end: %s', (text) => {
    expect(compoundTerms(text, EN)).not.toContain('councilmemb');
    expect(compoundTerms(text, EN)).not.toContain('websit');
  });
});
