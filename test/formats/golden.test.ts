import { readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { Track } from '../../src/model/track';
import { toStableJson } from '../../src/stages/json-blob';
import { expectGolden } from '../helpers/golden';
import { corpusPath, describeCorpus } from '../helpers/shared-corpus';

/**
 * Golden track.json files: a few small files of each format of the shared corpus, read as the
 * ingest stage reads them and written as it writes track.json. A reader change that alters any
 * cue, speaker, sound or diagnostic shows here as a diff. After a deliberate change, regenerate
 * with `UPDATE_GOLDEN=1 npx jest test/formats/golden` and review the diff before committing.
 */
const GOLDEN = path.join(__dirname, 'golden');

/** Two per format (one where the corpus has one), paths under corpus/formats. */
const FILES = [
  'ttconv/scc/mix-rows-roll-up.scc',
  'ttconv/scc/paint-on.scc',
  'ttconv/srt/alignment.srt',
  'webvtt-py/invalid_timeframe.srt',
  'go-astisub/example-in-breaklines.ttml',
  'go-astisub/example-in-merging-style.ttml',
  'ttconv/vtt/valid/alignment.vtt',
  'ttconv/vtt/valid/font.vtt',
  'webvtt-py/invalid_timeframe.sbv',
  'webvtt-py/missing_caption_text.sbv',
  'go-astisub/example-in-carriage-return.ssa',
  'go-astisub/example-in.ssa',
  'pysubs2/ttml_example.ass',
  'pysubs2/ttml_example2.ass',
  'subsrt/sample.json',
  'subsrt/sample.lrc',
  'subsrt/sample.smi',
  'pycaption/sami/sample_sami.sami',
  'subsrt/sample.sub',
  'pycaption/microdvd/sample_microdvd.sub',
  'pycaption/dfxp/sample_dfxp.dfxp',
  'pycaption/dfxp/sample_dfxp_without_region_and_style.dfxp',
];

describeCorpus('golden track.json of corpus caption files', () => {
  test.each(FILES)('%s', (file) => {
    // The name as the corpus knows it (not this machine's path): it may appear in diagnostics.
    const track = ingestCaptions(readFileSync(corpusPath('formats', file)), { fileName: file });
    expectGolden(GOLDEN, `${file.replace(/\//g, '__')}.track.json`, toStableJson(Track, track), 'test/formats/golden');
  });
});
