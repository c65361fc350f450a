import { EN } from '../helpers/english';
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { CaptionInputError } from '../../src/model/errors';
import type { Cue } from '../../src/model/track';
import { captionProfile } from '../../src/publish/caption-profiles';
import { charLength, checkCaptionQuality } from '../../src/publish/caption-quality';
import { reflowCues } from '../../src/publish/reflow';
import { formatFixtures, realCaptionFiles } from '../helpers/caption-files';
import { spokenWords } from '../helpers/caption-labels';
import { CORPUS_DIR, corpusPath, describeCorpus, hasCorpus } from '../helpers/shared-corpus';

/**
 * Every caption input of the shared corpus re-flowed to the default profile: real council and
 * talk captions, the meeting renderings, and the format fixtures that parse. Each must keep its
 * words in order and have every cue within the line length and line count, but for cues holding a
 * token longer than a line (a URL, a run of symbols), which are counted. The share of cues within
 * the reading rate before and after is printed, as a table, per group of files.
 */

const PROFILE = captionProfile('default');

/** Caption files of a folder's sub-folders with this name (the Huntsville meetings, the talks). */
function filesIn(dir: string, name: RegExp): string[] {
  if (!hasCorpus) return [];
  const root = corpusPath(dir);
  return readdirSync(root)
    .filter((d) => statSync(path.join(root, d)).isDirectory())
    .flatMap((d) => readdirSync(path.join(root, d)).filter((f) => name.test(f)).map((f) => path.join(root, d, f)))
    .sort();
}

function groupOf(file: string): string {
  const rel = path.relative(CORPUS_DIR, file).split(path.sep);
  if (rel[0] === 'formats') return 'formats/ fixtures';
  if (rel[1] === 'council-huntsville') return `council-huntsville ${path.extname(file)}`;
  return rel.slice(0, 2).join('/');
}

interface Figures {
  files: number;
  words: number;
  cuesBefore: number;
  cuesAfter: number;
  rateBefore: number;
  rateAfter: number;
  lineLengthBefore: number;
  longTokenCues: number;
}

const words = (cues: readonly Pick<Cue, 'text'>[]) => cues.flatMap((c) => c.text.split(/\s+/).filter((w) => w !== ''));

describeCorpus('re-flowing the shared corpus to the default profile', () => {
  const files = [...realCaptionFiles(), ...filesIn('meetings/council-huntsville', /^(captions\.vtt|whisper-medium\.srt)$/), ...filesIn('real-captions/talks-3b1b', /^captions\.srt$/), ...formatFixtures().map((f) => f.file)];
  const groups = new Map<string, Figures>();
  let refused = 0;

  test.each(files.map((f) => [path.relative(CORPUS_DIR, f), f]))('%s: every word in order, every cue within line length and count', (_name, file) => {
    let track;
    try {
      track = ingestCaptions(readFileSync(file), { fileName: file });
    } catch (e) {
      expect(e).toBeInstanceOf(CaptionInputError);
      refused++;
      return;
    }
    const { cues, report } = reflowCues(track.cues, PROFILE, EN);
    expect(spokenWords(cues, PROFILE)).toEqual(words(track.cues));
    expect(report.limits.lineCount.share).toBe(1);
    expect(report.limits.overlap.share).toBe(1);
    // A line over the limit is only ever one token that no line can hold.
    const longLines = report.violations.filter((v) => v.limit === 'lineLength');
    for (const v of longLines) {
      for (const line of cues[v.cueIndex]!.text.split('\n')) {
        if (charLength(line) > PROFILE.maxCharsPerLine) expect(line).not.toMatch(/\s/);
      }
    }
    const before = checkCaptionQuality(track.cues, PROFILE, EN);
    const g = groups.get(groupOf(file)) ?? { files: 0, words: 0, cuesBefore: 0, cuesAfter: 0, rateBefore: 0, rateAfter: 0, lineLengthBefore: 0, longTokenCues: 0 };
    g.files++;
    g.words += words(track.cues).length;
    g.cuesBefore += before.cues;
    g.cuesAfter += report.cues;
    g.rateBefore += before.limits.readingRate.within;
    g.rateAfter += report.limits.readingRate.within;
    g.lineLengthBefore += before.limits.lineLength.within;
    g.longTokenCues += longLines.length;
    groups.set(groupOf(file), g);
  });

  afterAll(() => {
    const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
    const total: Figures = { files: 0, words: 0, cuesBefore: 0, cuesAfter: 0, rateBefore: 0, rateAfter: 0, lineLengthBefore: 0, longTokenCues: 0 };
    const rows = [...groups].sort(([a], [b]) => a.localeCompare(b));
    for (const [, g] of rows) for (const k of Object.keys(total) as (keyof Figures)[]) total[k] += g[k];
    const line = (name: string, g: Figures) =>
      `${name.padEnd(28)} ${String(g.files).padStart(5)} ${String(g.words).padStart(8)} ${`${g.cuesBefore} -> ${g.cuesAfter}`.padStart(16)} ${pct(g.lineLengthBefore, g.cuesBefore).padStart(7)} -> ${pct(g.cuesAfter - g.longTokenCues, g.cuesAfter).padStart(6)} ${pct(g.rateBefore, g.cuesBefore).padStart(7)} -> ${pct(g.rateAfter, g.cuesAfter).padStart(6)} ${String(g.longTokenCues).padStart(5)}`;
    console.log(
      [
        `corpus re-flowed to default: ${total.files} files read (${refused} more refused by ingest), ${total.words} words, all in order; line count 100% after`,
        `${'group'.padEnd(28)} ${'files'.padStart(5)} ${'words'.padStart(8)} ${'cues'.padStart(16)} ${'line length'.padStart(17)} ${'reading rate'.padStart(17)} ${'long'.padStart(5)}`,
        ...rows.map(([name, g]) => line(name, g)),
        line('all', total),
        "'long': cues outside the line length after re-flowing, each holding one token longer than 42 characters",
      ].join('\n'),
    );
  });
});
