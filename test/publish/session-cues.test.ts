import type { Cue } from '../../src/model/track';
import { sessionCues } from '../../src/publish/session-cues';

const cue = (startMs: number, endMs: number, text: string, extra: Partial<Cue> = {}): Cue => ({ id: '', startMs, endMs, text, speaker: null, ...extra });

describe('sessionCues', () => {
  test('the stretches that start in [startMs, endMs), re-timed to the session, the first opening a turn', () => {
    const cues = [
      cue(1000, 3000, 'BEFORE THE SESSION.', { speaker: 'A', turnStart: true }),
      cue(9000, 11_000, 'STRADDLES THE START.', { speaker: 'A' }),
      cue(10_000, 12_000, 'YES.\nNEXT ITEM.', {
        speaker: null,
        turnStart: true,
        parts: [
          { text: 'YES.', speaker: null, turnStart: true, startMs: 10_000 },
          { text: 'NEXT ITEM.', speaker: 'THE CHAIR', turnStart: true, startMs: 10_800 },
        ],
      }),
      cue(19_500, 21_000, 'STARTS INSIDE, ENDS AFTER.', { speaker: 'THE CHAIR' }),
      cue(20_000, 22_000, 'AFTER THE SESSION.', { speaker: 'THE CHAIR' }),
    ];
    expect(sessionCues(cues, 10_000, 20_000)).toEqual([
      { id: '1', startMs: 0, endMs: 800, text: 'YES.', speaker: null, turnStart: true },
      { id: '2', startMs: 800, endMs: 2000, text: 'NEXT ITEM.', speaker: 'THE CHAIR', turnStart: true },
      { id: '3', startMs: 9500, endMs: 11_000, text: 'STARTS INSIDE, ENDS AFTER.', speaker: 'THE CHAIR' },
    ]);
    // a session that starts mid-turn names the speaker on its first cue
    expect(sessionCues(cues, 9000, 10_000)).toEqual([{ id: '1', startMs: 0, endMs: 2000, text: 'STRADDLES THE START.', speaker: 'A', turnStart: true }]);
  });

  test('a session that starts mid-turn of an unnamed speaker opens no turn: nothing changed there', () => {
    const cues = [cue(0, 2000, 'FIRST WORDS.'), cue(2000, 4000, 'GO ON.'), cue(4000, 6000, 'SOMEONE ELSE.', { turnStart: true })];
    expect(sessionCues(cues, 2000, 10_000)).toEqual([
      { id: '1', startMs: 0, endMs: 2000, text: 'GO ON.', speaker: null },
      { id: '2', startMs: 2000, endMs: 4000, text: 'SOMEONE ELSE.', speaker: null, turnStart: true },
    ]);
  });
});
