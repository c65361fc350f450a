import { readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { CaptionInputError } from '../../src/model/errors';
import { sameCaptionText } from './caption-text';
import { formatFixtures } from './caption-files';
import { describeCorpus } from './shared-corpus';

/** A cue as a test's own, independent reading of a fixture sees it. */
export interface IndependentCue {
  startMs: number;
  /** left out where the format gives no end (it is derived from the next cue) */
  endMs?: number;
  text: string;
}

/**
 * Walks the corpus fixtures of some formats: each is either read, with as many cues as the
 * independent reading finds and the same first and last cue, or refused with CaptionInputError
 * (and then the independent reading must find nothing either). Prints the figures at the end.
 */
export function describeFormatWalk(label: string, formats: string[], independent: (text: string) => IndependentCue[]): void {
  describeCorpus(`${label} fixtures of the shared corpus`, () => {
    const fixtures = formatFixtures(formats);
    const figures = { parsed: 0, refused: 0 };
    const root = path.resolve(__dirname, '../../..');

    test.each(fixtures.map((f) => [path.relative(root, f.file), f.file]))('%s: read with the independent count, or refused clearly', (_name, file) => {
      const bytes = readFileSync(file);
      const expected = independent(bytes.toString('utf8'));
      let track;
      try {
        track = ingestCaptions(bytes, { fileName: file });
      } catch (e) {
        expect(e).toBeInstanceOf(CaptionInputError);
        expect(expected).toHaveLength(0);
        figures.refused++;
        return;
      }
      figures.parsed++;
      expect(formats).toContain(track.format);
      expect(track.cues).toHaveLength(expected.length);
      for (const [cue, want] of [[track.cues[0]!, expected[0]!], [track.cues[track.cues.length - 1]!, expected[expected.length - 1]!]] as const) {
        expect(cue.startMs).toBe(want.startMs);
        if (want.endMs !== undefined) expect(cue.endMs).toBe(want.endMs);
        expect(sameCaptionText(cue.text, want.text)).toBe(true);
      }
    });

    afterAll(() => {
      console.log(`${label} corpus walk: ${fixtures.length} files, ${figures.parsed} parsed, ${figures.refused} refused with CaptionInputError`);
    });
  });
}
