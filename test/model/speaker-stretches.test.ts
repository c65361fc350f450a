import { groupTurns, speakerStretches } from '../../src/model/speaker-stretches';
import type { Cue } from '../../src/model/track';

const cue = (extra: Partial<Cue>): Cue => ({ id: '1', startMs: 10_000, endMs: 14_000, text: 'WELCOME.', speaker: 'CHAIR', ...extra });

describe('speakerStretches', () => {
  test('a cue without a speaker change is one stretch covering the cue', () => {
    expect(speakerStretches(cue({ turnStart: true }))).toEqual([{ text: 'WELCOME.', speaker: 'CHAIR', turnStart: true, startMs: 10_000, endMs: 14_000 }]);
    expect(speakerStretches(cue({}))[0]!.turnStart).toBe(false);
  });

  test('a speaker change inside the cue: each part ends where the next begins, the last at the cue end', () => {
    const parts = [
      { text: 'THANK YOU.', speaker: 'CHAIR', turnStart: false, startMs: 10_000 },
      { text: 'NEXT ITEM.', speaker: null, turnStart: true, startMs: 11_500 },
      { text: 'YES.', speaker: 'CLERK', turnStart: true, startMs: 13_000 },
    ];
    expect(speakerStretches(cue({ text: 'THANK YOU.\nNEXT ITEM.\nYES.', parts }))).toEqual([
      { text: 'THANK YOU.', speaker: 'CHAIR', turnStart: false, startMs: 10_000, endMs: 11_500 },
      { text: 'NEXT ITEM.', speaker: null, turnStart: true, startMs: 11_500, endMs: 13_000 },
      { text: 'YES.', speaker: 'CLERK', turnStart: true, startMs: 13_000, endMs: 14_000 },
    ]);
  });

  test('a single part is read as the whole cue', () => {
    const parts = [{ text: 'WELCOME.', speaker: 'CHAIR', turnStart: true, startMs: 10_000 }];
    expect(speakerStretches(cue({ parts, turnStart: true }))).toEqual([{ text: 'WELCOME.', speaker: 'CHAIR', turnStart: true, startMs: 10_000, endMs: 14_000 }]);
  });

  test('a cue that ends before it starts gives stretches of no length, never negative ones', () => {
    expect(speakerStretches(cue({ endMs: 9000 }))).toEqual([{ text: 'WELCOME.', speaker: 'CHAIR', turnStart: false, startMs: 10_000, endMs: 10_000 }]);
    const parts = [
      { text: 'A.', speaker: 'CHAIR', turnStart: true, startMs: 10_000 },
      { text: 'B.', speaker: 'CLERK', turnStart: true, startMs: 10_000 },
    ];
    expect(speakerStretches(cue({ endMs: 9000, parts })).map((s) => s.endMs - s.startMs)).toEqual([0, 0]);
  });
});

describe('groupTurns', () => {
  const s = (text: string, speaker: string | null, turnStart = false) => ({ text, speaker, turnStart });

  test('a new turn at each turn start or change of name; empty stretches join none', () => {
    const turns = groupTurns([s('a', 'ANA'), s('b', 'ANA'), s('', 'BO'), s('c', null, true), s('d', null), s('e', null, true), s('f', 'BO')]);
    expect(turns.map((t) => t.map((x) => x.text).join(''))).toEqual(['ab', 'cd', 'e', 'f']);
  });

  test('nothing in, no turns out', () => {
    expect(groupTurns([])).toEqual([]);
    expect(groupTurns([s('', 'ANA')])).toEqual([]);
  });
});
