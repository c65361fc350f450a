import { isGenericLabel } from '../../src/text/generic-labels';
import { srtTrack, turnsOf as turns } from '../helpers/line-tracks';

const srt = (lines: string[]) => srtTrack(lines, 'diarized.srt');

/** WhisperX's diarized SRT: "[SPEAKER_00]: " before each cue's words, no punctuation. */
const WHISPERX = [
  '[SPEAKER_00]: so the first question is about the timeline',
  '[SPEAKER_00]: for the new bridge',
  '[SPEAKER_01]: we expect the tender in the spring',
  '[SPEAKER_01]: and works to start in autumn',
  '[SPEAKER_00]: thank you',
];

describe('diarized speakers ("[SPEAKER_00]:", "SPEAKER_00:", "spk_0:", "Speaker 1:")', () => {
  test('a bracketed label followed by a colon is a speaker, not a sound: one turn per diarized speaker', () => {
    const t = srt(WHISPERX);
    expect(turns(t)).toEqual([
      ['SPEAKER_00', 'so the first question is about the timeline for the new bridge'],
      ['SPEAKER_01', 'we expect the tender in the spring and works to start in autumn'],
      ['SPEAKER_00', 'thank you'],
    ]);
    expect(t.cues.filter((c) => c.sounds !== undefined || c.text.includes(':'))).toEqual([]);
  });

  test('the same file without brackets, and other diarizers\' ids, give the same turns', () => {
    const expected = turns(srt(WHISPERX)).map(([, text]) => text);
    for (const [a, b] of [['SPEAKER_00', 'SPEAKER_01'], ['spk_0', 'spk_1'], ['Speaker 1', 'Speaker 2'], ['[Speaker 1]', '[Speaker 2]']]) {
      const t = srt(WHISPERX.map((l) => l.replace('[SPEAKER_00]', a!).replace('[SPEAKER_01]', b!)));
      expect(turns(t).map(([, text]) => text)).toEqual(expected);
      expect(turns(t).map(([speaker]) => speaker)).toEqual([a, b, a].map((s) => s!.replace(/[[\]]/g, '')));
    }
  });

  test('one bracketed label followed by a colon is read even alone, in any case of track', () => {
    expect(srt(['[SPEAKER_03]: hello there', 'and goodbye', 'for now']).cues.map((c) => [c.speaker, c.text])).toEqual([
      ['SPEAKER_03', 'hello there'],
      ['SPEAKER_03', 'and goodbye'],
      ['SPEAKER_03', 'for now'],
    ]);
    const caps = srt(['[SPEAKER_00]: WE OPEN THE MEETING', 'WITH THE MINUTES OF LAST MONTH', '[SPEAKER_01]: SECONDED']);
    expect(turns(caps).map(([speaker]) => speaker)).toEqual(['SPEAKER_00', 'SPEAKER_01']);
  });

  test('a bracketed sound without a colon stays a sound, and a bracketed text needs a name\'s shape', () => {
    const t = srt(['[MUSIC] la la la', '[APPLAUSE]', '[37%]: loading', '[x]: one letter']);
    expect(t.cues.map((c) => [c.speaker, c.text])).toEqual([
      [null, '[MUSIC] la la la'],
      [null, '[APPLAUSE]'],
      [null, '[37%]: loading'],
      [null, '[x]: one letter'],
    ]);
  });

  test('a numbered role joined with an underscore is a name, as one with a space is', () => {
    expect(isGenericLabel('SPEAKER_00')).toBe(false);
    expect(isGenericLabel('SPEAKER 2')).toBe(false);
    expect(isGenericLabel('MALE_SPEAKER')).toBe(true);
    expect(isGenericLabel('SPEAKER')).toBe(true);
  });
});
