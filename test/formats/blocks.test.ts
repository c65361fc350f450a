import fc from 'fast-check';
import { blockSpans, splitBlocks } from '../../src/formats/blocks';

/**
 * blockSpans tests a line for blankness by character codes, falling back to trim() beyond ASCII;
 * it claims to split exactly where `line.trim() === ''` would. The slow reference below does
 * that, on lines split out of the text.
 */
function referenceBlocks(text: string): Array<{ line: number; start: number; end: number }> {
  const blocks: Array<{ line: number; start: number; end: number }> = [];
  let open = false;
  let offset = 0;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') {
      open = false;
    } else if (open) {
      blocks[blocks.length - 1]!.end = offset + line.length;
    } else {
      blocks.push({ line: i + 1, start: offset, end: offset + line.length });
      open = true;
    }
    offset += line.length + 1;
  });
  return blocks;
}

// White space of every kind trim() knows (and two it does not: U+0085, U+200B), letters, line breaks.
const CHARS = [' ', '\t', '\r', '\v', '\f', '\n', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u0085', '\u200b', 'a', 'Z', '1', '-', 'é'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join(''));

describe('blocks of text at blank lines', () => {
  test('blockSpans splits where trim() finds a line empty, for any white space', () => {
    fc.assert(fc.property(text, (t) => {
      expect(blockSpans(t)).toEqual(referenceBlocks(t));
    }), { numRuns: 3000 });
  });

  test('splitBlocks gives each block\'s lines and first line number', () => {
    expect(splitBlocks('\n1\n00:01 --> 00:02\nHi\n \u00a0\n\n2\nthere\n')).toEqual([
      { line: 2, lines: ['1', '00:01 --> 00:02', 'Hi'] },
      { line: 7, lines: ['2', 'there'] },
    ]);
  });
});
