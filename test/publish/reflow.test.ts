import { EN } from '../helpers/english';
import fc from 'fast-check';
import type { Cue } from '../../src/model/track';
import { captionProfile, PROFILE_NAMES, type CaptionProfile } from '../../src/publish/caption-profiles';
import { charLength, readingChars } from '../../src/publish/caption-quality';
import { reflowCues } from '../../src/publish/reflow';
import { spokenWords, unlabelled } from '../helpers/caption-labels';

const DEFAULT = captionProfile('default');

function cue(startMs: number, endMs: number, text: string, extra: Partial<Cue> = {}): Cue {
  return { id: '', startMs, endMs, text, speaker: null, ...extra };
}

const words = (cues: readonly Pick<Cue, 'text'>[]) => cues.flatMap((c) => c.text.split(/\s+/).filter((w) => w !== ''));

const spoken = (cues: readonly Cue[], profile: CaptionProfile = DEFAULT) => spokenWords(cues, profile);
const lines = (cues: readonly Cue[]) => cues.flatMap((c) => c.text.split('\n'));

describe('reflowCues: lines', () => {
  test('fills lines up to 42 characters, at most 2 a cue, and keeps every word in order', () => {
    const source = [cue(0, 12_000, 'GOOD AFTERNOON, EVERYONE, AND WELCOME TO THIS VIRTUAL FORUM ON THE ROLE OF STANDARDS IN DIGITAL TRANSFORMATION.')];
    const { cues } = reflowCues(source, DEFAULT, EN);
    expect(spoken(cues)).toEqual(words(source));
    for (const line of lines(cues)) expect(charLength(line)).toBeLessThanOrEqual(42);
    for (const c of cues) expect(c.text.split('\n').length).toBeLessThanOrEqual(2);
    expect(cues.length).toBeGreaterThan(1);
  });

  test('breaks at phrase boundaries: after a comma or a full stop, not after "the"', () => {
    const { cues } = reflowCues([cue(0, 6000, 'We met last week in Geneva, and the delegates agreed on the new text.')], DEFAULT, EN);
    expect(cues.map((c) => c.text)).toEqual(['We met last week in Geneva,\nand the delegates agreed on the new text.']);
    const { cues: two } = reflowCues([cue(0, 6000, 'Thank you very much. The next speaker is from Zurich.')], DEFAULT, EN);
    expect(two.map((c) => c.text)).toEqual(['Thank you very much.\nThe next speaker is from Zurich.']);
  });

  test('a line break never falls inside a word or a sound tag', () => {
    const { cues } = reflowCues([cue(0, 6000, 'AND THEN THE WHOLE ROOM STOOD UP [UPBEAT MUSIC PLAYING] AND WE ALL LEFT')], DEFAULT, EN);
    expect(lines(cues).some((l) => l.includes('[UPBEAT MUSIC PLAYING]'))).toBe(true);
    expect(spoken(cues)).toEqual('AND THEN THE WHOLE ROOM STOOD UP [UPBEAT MUSIC PLAYING] AND WE ALL LEFT'.split(' '));
  });

  test('a token longer than a line goes alone on its line, whole, and the cue is reported', () => {
    const url = 'https://www.itu.int/en/ITU-T/ssc/united/Pages/default-forum-2021.aspx';
    const { cues, report } = reflowCues([cue(0, 8000, `Please see ${url} for the slides.`)], DEFAULT, EN);
    expect(spoken(cues)).toEqual(['Please', 'see', url, 'for', 'the', 'slides.']);
    expect(lines(cues)).toContain(url);
    const index = cues.findIndex((c) => c.text.split('\n').includes(url));
    expect(report.violations).toContainEqual(expect.objectContaining({ cueIndex: index, limit: 'lineLength', value: charLength(url), max: 42 }));
    expect(report.violations.filter((v) => v.limit === 'lineLength')).toHaveLength(1);
  });

  test('captions that name no one open with no ">>": only a marked change or a named speaker is labelled', () => {
    const unnamed = reflowCues([cue(0, 2000, 'GOOD EVENING.'), cue(2000, 4000, 'WELCOME.', { turnStart: true })], DEFAULT, EN);
    expect(unnamed.cues.map((c) => c.text)).toEqual(['GOOD EVENING.', '>> WELCOME.']);
    const named = reflowCues([cue(0, 2000, 'GOOD EVENING.', { speaker: 'ANA RUIZ' })], DEFAULT, EN);
    expect(named.cues.map((c) => c.text)).toEqual(['>> ANA RUIZ: GOOD EVENING.']);
  });

  test('a sound tag on its own stays a cue of its own', () => {
    const { cues } = reflowCues([cue(0, 2000, 'I GIVE YOU THE FLOOR.'), cue(2000, 4000, '[APPLAUSE]'), cue(4000, 6000, 'THANK YOU.')], DEFAULT, EN);
    expect(cues.map((c) => c.text)).toEqual(['I GIVE YOU THE FLOOR.', '[APPLAUSE]', 'THANK YOU.']);
  });
});

describe('reflowCues: speakers', () => {
  test('a speaker change starts a new cue that names the speaker; the turn continues without a new label', () => {
    const source = [
      cue(0, 3000, 'THANK YOU, BILEL. CAN YOU HEAR ME?', { speaker: 'JAVIER GARCIA DIAZ', turnStart: true }),
      cue(3000, 4000, 'YES, WE CAN HEAR YOU.\nWONDERFUL.', {
        speaker: null,
        turnStart: true,
        parts: [
          { text: 'YES, WE CAN HEAR YOU.', speaker: null, turnStart: true, startMs: 3000 },
          { text: 'WONDERFUL.', speaker: 'JAVIER GARCIA DIAZ', turnStart: true, startMs: 3700 },
        ],
      }),
      cue(4000, 6000, 'STANDARDS ARE BUILT ON CONSENSUS.', { speaker: 'JAVIER GARCIA DIAZ' }),
    ];
    const { cues } = reflowCues(source, DEFAULT, EN);
    expect(cues.map((c) => [c.speaker, c.turnStart ?? false, c.text.replace(/\n/g, ' ')])).toEqual([
      ['JAVIER GARCIA DIAZ', true, '>> JAVIER GARCIA DIAZ: THANK YOU, BILEL. CAN YOU HEAR ME?'],
      [null, true, '>> YES, WE CAN HEAR YOU.'],
      ['JAVIER GARCIA DIAZ', true, '>> JAVIER GARCIA DIAZ: WONDERFUL. STANDARDS ARE BUILT ON CONSENSUS.'],
    ]);
    for (const c of cues) expect(c.parts).toBeUndefined();
  });

  test("each profile's visible label opens the turn, and its characters count in the line and the reading rate", () => {
    const speaker = 'Bilel Jamoussi';
    const source = [cue(0, 7000, 'Good afternoon, good morning and good evening to all of you joining us', { speaker, turnStart: true })];
    const firsts = PROFILE_NAMES.map((name) => reflowCues(source, captionProfile(name), EN).cues[0]!.text);
    expect(firsts[0]).toMatch(/^>> Bilel Jamoussi: Good afternoon,/);
    expect(firsts[PROFILE_NAMES.indexOf('netflix-en')]).toMatch(/^\[Bilel Jamoussi\] Good/);
    expect(firsts[PROFILE_NAMES.indexOf('dcmp')]).toMatch(/^\(Bilel Jamoussi\)\nGood/);
    expect(firsts[PROFILE_NAMES.indexOf('bbc')]).toMatch(/^BILEL JAMOUSSI: Good/);
    for (const name of PROFILE_NAMES) {
      const profile = captionProfile(name);
      const { cues, report } = reflowCues(source, profile, EN);
      for (const line of lines(cues)) expect(charLength(line)).toBeLessThanOrEqual(profile.maxCharsPerLine);
      expect(spoken(cues, profile)).toEqual(words(source));
      // the quality report measured the text with its label: every cue within the profile here
      expect(report.cuesOutside).toBe(0);
    }
  });

  test('a long name never leaves a cue holding only its label, and every cue stays within each profile', () => {
    const names = [
      'María-Josefina Fernández de la Cruz',
      'Maximiliana Wolkenstein-Rodenegg von Habsburg-Lothringen',
      'Wolkenstein-Rodenegg-Trostburg-Hauenstein-Ganz',
    ];
    for (const speaker of names) {
      const source = [
        cue(0, 4000, 'Good morning and welcome.', { speaker: 'Ann Lee', turnStart: true }),
        cue(6000, 16_000, 'Thank you. Extraordinarily pleased to be here today, and to talk about the standards we write together.', { speaker, turnStart: true }),
        cue(18_000, 22_000, 'Indeed.', { speaker: 'Ann Lee', turnStart: true }),
        cue(24_000, 28_000, 'Yes.', { speaker, turnStart: true }),
        cue(30_000, 31_000, 'Right.', { speaker: 'Ann Lee', turnStart: true }),
        cue(33_000, 39_000, 'Thank you. Extraordinarily pleased to be here today with all of you.', { speaker, turnStart: true }),
      ];
      for (const name of PROFILE_NAMES) {
        const profile = captionProfile(name);
        const { cues, report } = reflowCues(source, profile, EN);
        for (const c of cues) expect(unlabelled(c, profile)).not.toBe('');
        for (const line of lines(cues)) expect(charLength(line)).toBeLessThanOrEqual(profile.maxCharsPerLine);
        expect(spoken(cues, profile)).toEqual(words(source));
        expect(report.violations).toEqual([]);
      }
    }
  });

  test('captions in capitals get the label in capitals; a turn opening with applause is named at its first words', () => {
    const { cues } = reflowCues([cue(0, 2000, '[APPLAUSE]', { speaker: 'Bilel Jamoussi', turnStart: true }), cue(2000, 5000, 'THANK YOU ALL FOR COMING.', { speaker: 'Bilel Jamoussi' })], DEFAULT, EN);
    expect(cues.map((c) => c.text.replace(/\n/g, ' '))).toEqual(['[APPLAUSE]', '>> BILEL JAMOUSSI: THANK YOU ALL FOR COMING.']);
  });
});

describe('reflowCues: timing', () => {
  test('a short cue is lengthened to the minimum duration into the gap after it', () => {
    const { cues, report } = reflowCues([cue(1000, 1400, 'YES.'), cue(5000, 7000, 'THEN WE GO ON.')], DEFAULT, EN);
    expect(cues[0]).toMatchObject({ startMs: 1000, endMs: 2000 });
    expect(report.cuesOutside).toBe(0);
  });

  test('contiguous cues get the minimum gap; overlapping source cues never overlap', () => {
    const { cues } = reflowCues([cue(0, 3000, 'THE FIRST SPEAKER SAYS THIS.', { speaker: 'A', turnStart: true }), cue(1500, 4000, 'WHILE ANOTHER ONE SAYS THAT.', { speaker: 'B', turnStart: true }), cue(4000, 6500, 'AND THE FIRST ONE GOES ON.', { speaker: 'A', turnStart: true })], DEFAULT, EN);
    expect(cues).toHaveLength(3);
    for (let i = 1; i < cues.length; i++) expect(cues[i]!.startMs - cues[i - 1]!.endMs).toBeGreaterThanOrEqual(83);
    for (const c of cues) expect(c.endMs).toBeGreaterThan(c.startMs);
  });

  test('a long cue is split so none lasts more than 7 s, timed by characters', () => {
    const text = Array.from({ length: 12 }, (_, i) => `this is sentence number ${i + 1} of a long speech.`).join(' ');
    const { cues, report } = reflowCues([cue(0, 40_000, text)], DEFAULT, EN);
    expect(spoken(cues)).toEqual(words([{ text }]));
    for (const c of cues) expect(c.endMs - c.startMs).toBeLessThanOrEqual(7000);
    expect(report.limits.maxDuration.share).toBe(1);
    expect(cues[0]!.startMs).toBe(0);
    expect(cues.at(-1)!.endMs).toBeLessThanOrEqual(40_000);
  });

  test('a cue read too fast takes time from the gap after it; words spoken faster than that are reported, not dropped', () => {
    const fast = 'THIS SENTENCE HAS FAR TOO MANY CHARACTERS FOR ONE SECOND';
    const { cues } = reflowCues([cue(0, 1000, fast), cue(10_000, 12_000, 'NEXT.')], DEFAULT, EN);
    expect(cues[0]!.endMs - cues[0]!.startMs).toBeGreaterThanOrEqual(Math.ceil((readingChars(cues[0]!.text) * 1000) / 20));
    const squeezed = reflowCues([cue(0, 1000, fast), cue(1000, 3000, 'AND SO ON AND SO FORTH, ALL THE TIME.')], DEFAULT, EN);
    expect(spoken(squeezed.cues)).toEqual(words([{ text: fast }, { text: 'AND SO ON AND SO FORTH, ALL THE TIME.' }]));
    expect(squeezed.report.violations.map((v) => v.limit)).toContain('readingRate');
  });

  test('a cue followed by another of its turn is not cut shorter than the minimum display for a cheaper break', () => {
    // DCMP: the name takes the first cue's first line, and "Well," alone after it would show for half a second
    const dcmp = captionProfile('dcmp');
    const { cues, report } = reflowCues([cue(0, 4600, 'Well, we are running a little bit over', { speaker: 'Javier García Díaz', turnStart: true }), cue(10_000, 13_000, 'Next, the closing words.')], dcmp, EN);
    expect(cues[0]!.text).not.toBe('(Javier García Díaz)\nWell,');
    expect(spoken(cues, dcmp)).toEqual(words([{ text: 'Well, we are running a little bit over Next, the closing words.' }]));
    expect(report.cuesOutside).toBe(0);
  });

  test('a pause of 1.5 s or more ends a cue', () => {
    const { cues } = reflowCues([cue(0, 1000, 'FIRST WORDS'), cue(2600, 3600, 'AFTER A PAUSE')], DEFAULT, EN);
    expect(cues.map((c) => c.text)).toEqual(['FIRST WORDS', 'AFTER A PAUSE']);
  });
});

/** Words with punctuation, sound tags and now and then a token longer than a line. */
const token = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('the', 'and', 'of', 'council', 'MOTION', 'carried.', 'yes,', 'to', 'Zürich', '2021', 'a', "we're", 'well...', '—', '♪') },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-zA-Z]{1,14}[.,?]?$/) },
  { weight: 1, arbitrary: fc.constantFrom('[APPLAUSE]', '[UPBEAT MUSIC]', '(LAUGHTER)') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{43,60}$/) },
);
const arbitraryCue = fc.record({
  startMs: fc.integer({ min: 0, max: 600_000 }),
  length: fc.integer({ min: 0, max: 12_000 }),
  text: fc.array(fc.array(token, { minLength: 0, maxLength: 12 }), { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => l.join(' ')).join('\n')),
  speaker: fc.constantFrom(null, 'A', 'THE CHAIR', 'Bilel Jamoussi'),
  turnStart: fc.boolean(),
});
const arbitraryTrack = fc.array(arbitraryCue, { maxLength: 40 }).map((cs) => {
  // mostly in time order, as caption files are, with overlaps and equal starts left in
  const sorted = [...cs].sort((a, b) => a.startMs - b.startMs);
  return sorted.map((c, i) => cue(c.startMs, c.startMs + c.length, c.text, { id: String(i + 1), speaker: c.speaker, turnStart: c.turnStart }));
});

describe('reflowCues: properties', () => {
  test('any track, any profile: the same words in the same order, no overlap, lines and line counts within the profile but for over-long tokens', () => {
    fc.assert(
      fc.property(arbitraryTrack, fc.constantFrom(...PROFILE_NAMES), (source, name) => {
        const profile = captionProfile(name);
        const { cues, report } = reflowCues(source, profile, EN);
        expect(spoken(cues, profile)).toEqual(words(source));
        for (let i = 0; i < cues.length; i++) {
          expect(cues[i]!.endMs).toBeGreaterThan(cues[i]!.startMs);
          if (i > 0) expect(cues[i]!.startMs - cues[i - 1]!.endMs).toBeGreaterThanOrEqual(profile.minGapMs);
          expect(cues[i]!.text.split('\n').length).toBeLessThanOrEqual(profile.maxLines);
          for (const line of cues[i]!.text.split('\n')) {
            if (charLength(line) > profile.maxCharsPerLine) expect(line).not.toContain(' ');
          }
        }
        expect(report.limits.overlap.share).toBe(1);
        expect(report.limits.lineCount.share).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

test('re-flows one cue of 150,000 words (a live stream that never breaks its caption) keeping every word', () => {
  const source = [cue(0, 150_000 * 300, Array.from({ length: 150_000 }, (_x, i) => `w${i % 10}`).join(' '))];
  const { cues } = reflowCues(source, DEFAULT, EN);
  expect(spoken(cues)).toEqual(words(source));
});
