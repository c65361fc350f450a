import fc from 'fast-check';
import { UnreadableCaptions, type CaptionFormat, type ReadResult } from '../../src/formats/types';

/**
 * Text assembled from a format's own pieces (tags, time stamps, separators) mixed with
 * arbitrary short strings, so generated inputs get past a reader's first checks.
 */
export function formatLikeText(pieces: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 80 })
    .map((parts) => parts.join(''));
}

/** A reader either returns a well-formed result or throws UnreadableCaptions, nothing else. */
export function expectReadOrUnreadable(read: (text: string) => ReadResult, text: string): void {
  let result: ReadResult;
  try {
    result = read(text);
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableCaptions);
    return;
  }
  for (const cue of result.cues) {
    expect(Number.isSafeInteger(cue.startMs) && Number.isSafeInteger(cue.endMs)).toBe(true);
    expect(Number.isInteger(cue.line) && cue.line >= 1).toBe(true);
    expect(cue.spans.length).toBeGreaterThan(0);
  }
  for (const d of result.diagnostics) expect(Number.isInteger(d.line) && d.line >= 0).toBe(true);
}

/** The property tests every reader gets: arbitrary and format-like text, and a sniff in 0..1. */
export function checkReaderProperties(format: CaptionFormat, pieces: string[]): void {
  test(`${format.id}: arbitrary text is read or refused with UnreadableCaptions`, () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => expectReadOrUnreadable(format.read, text)), { numRuns: 300 });
  });
  test(`${format.id}: format-like text is read or refused with UnreadableCaptions`, () => {
    fc.assert(fc.property(formatLikeText(pieces), (text) => expectReadOrUnreadable(format.read, text)), { numRuns: 500 });
  });
  test(`${format.id}: sniff gives a confidence in 0..1 for any text`, () => {
    fc.assert(fc.property(fc.oneof(fc.string(), formatLikeText(pieces)), (text) => {
      const score = format.sniff(text);
      expect(score >= 0 && score <= 1).toBe(true);
    }), { numRuns: 300 });
  });
}
