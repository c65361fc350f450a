import { EN } from '../helpers/english';
import { ingestCaptions } from '../../src/formats/ingest';
import { writeSrt } from '../../src/formats/srt/write';
import { writeWebVtt } from '../../src/formats/webvtt/write';
import type { Cue, Track } from '../../src/model/track';
import { captionProfile, PROFILE_NAMES } from '../../src/publish/caption-profiles';
import { reflowCues } from '../../src/publish/reflow';
import { resolveSpeaker } from '../../src/split/speaker-names';
import { speakerTurns } from '../../src/text/turns';

const cue = (startMs: number, text: string, speaker: string | null, turnStart = false): Cue => ({ id: String(startMs), startMs, endMs: startMs + 3000, text, speaker, ...(turnStart ? { turnStart } : {}) });

/** A panel: two people who each come back, sounds between, an unnamed turn. */
const source: Cue[] = [
  cue(0, 'Good morning and welcome to the session.', 'Ana Ruiz', true),
  { ...cue(3000, '[APPLAUSE]', 'Ana Ruiz'), sounds: ['[APPLAUSE]'], nonSpeech: true },
  cue(6000, 'Thank you, Ana. I am glad to be here.', 'Ben Okoro', true),
  { ...cue(9000, '(LAUGHTER)', 'Ben Okoro'), sounds: ['(LAUGHTER)'], nonSpeech: true },
  cue(12_000, 'Can everyone hear me?', null, true),
  cue(15_000, 'Yes, we can. Ben, the first question.', 'Ana Ruiz', true),
  { ...cue(18_000, '[MUSIC PLAYING]', 'Ana Ruiz'), sounds: ['[MUSIC PLAYING]'], nonSpeech: true },
  cue(21_000, 'It is about the budget of the parks.', 'Ben Okoro', true),
];

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Who speaks at each turn and what they say; a capitals label (BBC) stands for the same name. */
const turns = (t: Pick<Track, 'cues'>) => speakerTurns(t).map((x) => [x.speaker?.toUpperCase() ?? null, words(x.text)]);
const sounds = (t: Pick<Track, 'cues'>) => t.cues.flatMap((c) => c.sounds ?? []);

const writers = [
  ['srt', writeSrt],
  ['vtt', writeWebVtt],
] as const;

describe.each(PROFILE_NAMES)('captions re-flowed for the %s profile read back with their speakers', (profile) => {
  const published = reflowCues(source, captionProfile(profile), EN).cues;

  test.each(writers)('through %s: the same speakers at the same turns, the same words, sounds kept as sounds', (ext, write) => {
    const back = ingestCaptions(Buffer.from(write({ generator: 'test', format: 'webvtt', cues: published, diagnostics: [] }, { labelsInText: true })), { fileName: `captions.${ext}` });
    expect(turns(back)).toEqual(turns({ cues: source }));
    expect(turns(back).map(([s]) => s)).toEqual(['ANA RUIZ', 'BEN OKORO', null, 'ANA RUIZ', 'BEN OKORO']);
    expect(sounds(back)).toEqual(['[APPLAUSE]', '(LAUGHTER)', '[MUSIC PLAYING]']);
    // A capitals label names the manifest's person in transcripts.
    for (const speaker of new Set(back.cues.map((c) => c.speaker))) {
      if (speaker !== null) expect(resolveSpeaker(speaker, [], [{ name: 'Ana Ruiz' }, { name: 'Ben Okoro' }], EN).person).toBeDefined();
    }
  });
});

function srt(lines: string[]): Track {
  const clock = (n: number) => `00:00:${String(n).padStart(2, '0')},000`;
  const body = lines.map((l, i) => `${i + 1}\n${clock(2 * i)} --> ${clock(2 * i + 1)}\n${l}`).join('\n\n');
  return ingestCaptions(Buffer.from(`${body}\n`), { fileName: 'talk.srt' });
}

describe('bracketed texts stay text or sounds unless the track uses them as names', () => {
  test('sound tags opening lines, again and again, are sounds', () => {
    const lines = ['[LAUGHS] Yes, of course.', '[APPLAUSE]\nThank you.', '(LAUGHTER)\nWell then.', '[LAUGHS] Right.', '(APPLAUSE)\nAnd so on.', '[Music playing] Welcome back.', '[Music playing] Good night.', '(ON PHONE) Hello?', '(ON PHONE) Yes, it is me.', '[IN SPANISH] Gracias.', '[IN SPANISH] Hasta luego.'];
    const t = srt(lines);
    expect(t.cues.map((c) => c.speaker)).toEqual(lines.map(() => null));
    expect(t.cues.map((c) => c.text)).toEqual(lines);
  });

  test('a name in brackets said once, with no other, is text', () => {
    const t = srt(['[Ana Ruiz] Good morning.', 'We begin.', '(Ben Okoro)\nThank you.']);
    expect(t.cues.map((c) => c.speaker)).toEqual([null, null, null]);
  });

  test('names that recur as turn openers are speakers, a lone one beside them too', () => {
    const t = srt(['[Ana Ruiz] Good morning.', '[Ben Okoro] Hello.', '[Ana Ruiz] Shall we?', '[Kim Lee] Yes.', '[APPLAUSE] Thanks.']);
    expect(t.cues.map((c) => [c.speaker, c.text])).toEqual([
      ['Ana Ruiz', 'Good morning.'],
      ['Ben Okoro', 'Hello.'],
      ['Ana Ruiz', 'Shall we?'],
      ['Kim Lee', 'Yes.'],
      ['Kim Lee', '[APPLAUSE] Thanks.'],
    ]);
  });
});
