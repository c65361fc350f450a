import { EN } from '../helpers/english';
import { captionProfile, CaptionProfile, PROFILE_NAMES } from '../../src/publish/caption-profiles';
import { CaptionQualityReport, charLength, checkCaptionQuality, LIMITS } from '../../src/publish/caption-quality';

const DEFAULT = captionProfile('default');
const cue = (startMs: number, endMs: number, text: string) => ({ startMs, endMs, text });

describe('caption profiles', () => {
  test('the five profiles of CAPTION-RULES.md, valid, with their numbers', () => {
    expect(PROFILE_NAMES).toEqual(['default', 'netflix-en', 'amazon', 'dcmp', 'bbc']);
    for (const name of PROFILE_NAMES) expect(CaptionProfile.parse(captionProfile(name)).name).toBe(name);
    expect(captionProfile('default')).toMatchObject({ maxCharsPerLine: 42, maxLines: 2, minDurationMs: 1000, maxDurationMs: 7000, readingRate: { unit: 'chars-per-second', max: 20 }, minGapMs: 83 });
    expect(captionProfile('netflix-en')).toMatchObject({ minDurationMs: 833, maxDurationMs: 7007, minGapMs: 83 });
    expect(captionProfile('amazon').readingRate).toEqual({ unit: 'chars-per-second', max: 17 });
    expect(captionProfile('dcmp')).toMatchObject({ maxCharsPerLine: 32, minDurationMs: 2000, maxDurationMs: null, readingRate: { unit: 'words-per-minute', max: 160 }, minGapMs: 0 });
    expect(captionProfile('bbc')).toMatchObject({ maxCharsPerLine: 37, minDurationPerWordMs: 300, readingRate: { unit: 'words-per-minute', max: 180 } });
  });
});

describe('checkCaptionQuality', () => {
  test('cues within every limit: shares of 1 and no violation', () => {
    const report = checkCaptionQuality([cue(0, 2000, 'HELLO AND WELCOME\nTO THE FORUM.'), cue(2083, 4000, 'THANK YOU.')], DEFAULT, EN);
    expect(CaptionQualityReport.parse(report)).toEqual(report);
    expect(report).toMatchObject({ profile: 'default', cues: 2, cuesOutside: 0, violations: [] });
    for (const limit of LIMITS) expect(report.limits[limit]).toEqual({ within: 2, share: 1 });
  });

  test('each limit, with the cue, its times, the value and the bound', () => {
    const long = 'A LINE THAT IS MUCH LONGER THAN FORTY-TWO CHARACTERS';
    const report = checkCaptionQuality([
        cue(0, 3000, long), // line length
        cue(3000, 6000, 'ONE\nTWO\nTHREE'), // 3 lines; gap 0 after the first
        cue(6100, 6500, 'SHORT.'), // 400 ms
        cue(7000, 15_000, 'A VERY LONG DISPLAY.'), // 8 s
        cue(14_000, 15_000, 'FORTY CHARACTERS OF TEXT IN ONE SECOND!!'), // overlaps by 1 s; 40 chars/s
      ], DEFAULT, EN);
    expect(report.violations).toEqual([
      { cueIndex: 0, startMs: 0, endMs: 3000, limit: 'lineLength', value: charLength(long), max: 42 },
      { cueIndex: 1, startMs: 3000, endMs: 6000, limit: 'lineCount', value: 3, max: 2 },
      { cueIndex: 1, startMs: 3000, endMs: 6000, limit: 'minGap', value: 0, min: 83 },
      { cueIndex: 2, startMs: 6100, endMs: 6500, limit: 'minDuration', value: 400, min: 1000 },
      { cueIndex: 3, startMs: 7000, endMs: 15_000, limit: 'maxDuration', value: 8000, max: 7000 },
      { cueIndex: 4, startMs: 14_000, endMs: 15_000, limit: 'readingRate', value: 40, max: 20 },
      { cueIndex: 4, startMs: 14_000, endMs: 15_000, limit: 'overlap', value: 1000, max: 0 },
    ]);
    expect(report.cuesOutside).toBe(5);
    expect(report.limits.lineLength).toEqual({ within: 4, share: 0.8 });
    expect(report.limits.overlap).toEqual({ within: 4, share: 0.8 });
  });

  test('word-based profiles: words per minute and the BBC minimum of 0.3 s a word', () => {
    const bbc = captionProfile('bbc');
    // 10 words in 2 s: 300 words a minute, and under 10 x 300 ms
    const report = checkCaptionQuality([cue(0, 2000, 'one two three four five\nsix seven eight nine ten')], bbc, EN);
    expect(report.violations).toEqual([
      { cueIndex: 0, startMs: 0, endMs: 2000, limit: 'minDuration', value: 2000, min: 3000 },
      { cueIndex: 0, startMs: 0, endMs: 2000, limit: 'readingRate', value: 300, max: 180 },
    ]);
    // no maximum duration and no gap rule in DCMP and BBC: only overlaps count
    const dcmp = checkCaptionQuality([cue(0, 60_000, 'a slow one'), cue(60_000, 63_000, 'next')], captionProfile('dcmp'), EN);
    expect(dcmp.cuesOutside).toBe(0);
  });

  test('characters are code points, and line breaks are not read', () => {
    expect(charLength('Zürich 😀')).toBe(8);
    // 20 characters a second exactly: within
    const report = checkCaptionQuality([cue(0, 1000, 'TEN CHARS.\nTEN CHARS.')], DEFAULT, EN);
    expect(report.limits.readingRate.within).toBe(1);
    expect(checkCaptionQuality([], DEFAULT, EN).limits.lineLength).toEqual({ within: 0, share: 1 });
  });
});

test('word-based limits count words as the rest of recap does: a no-break space separates two words', () => {
  // "10 km" with a no-break space is two words said: 4 words in 1 s is 240 a minute, over the BBC's 180.
  const report = checkCaptionQuality([cue(0, 1000, 'about 10\u00a0km away')], captionProfile('bbc'), EN);
  expect(report.violations).toContainEqual({ cueIndex: 0, startMs: 0, endMs: 1000, limit: 'readingRate', value: 240, max: 180 });
});
