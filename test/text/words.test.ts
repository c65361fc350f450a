import { countWords } from '../../src/text/words';

describe('countWords', () => {
  test('runs of characters between spaces, tabs and line breaks; none in empty or blank text', () => {
    expect(countWords('one two  three\tfour\nfive\r\nsix')).toBe(6);
    expect(countWords('  padded on both sides  ')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords(' \t\n ')).toBe(0);
    expect(countWords('Zürich, 😀 ok?')).toBe(3);
  });

  test('a no-break space or another Unicode space separates words as a space does', () => {
    expect(countWords('10\u00a0km')).toBe(2);
    expect(countWords('le\u202fmot\u2009fin\u3000end')).toBe(4);
  });

  test('ASCII control characters separate words (they are never part of one)', () => {
    expect(countWords('one\u0001two\u001fthree')).toBe(3);
  });
});
