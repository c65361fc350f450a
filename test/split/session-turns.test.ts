import type { Person } from '../../src/model/agenda';
import type { Cue } from '../../src/model/track';
import { renderMarkdown } from '../../src/split/render';
import { splitEvent } from '../../src/split/split-event';

const cue = (startMs: number, text: string, speaker: string | null, turnStart = false): Cue => ({ id: '', startMs, endMs: startMs + 3000, text, speaker, ...(turnStart ? { turnStart } : {}) });

function transcriptOf(cues: Cue[], people: Person[] = []) {
  const endMs = cues[cues.length - 1]!.endMs + 1;
  const { transcripts } = splitEvent({
    eventId: 'e',
    eventTitle: 'Event',
    language: 'en',
    sessions: [{ id: 's', title: 'Session', people }],
    recordings: [{ id: 'r', language: 'en', sessionIds: ['s'] }],
    tracks: new Map([['r', { cues }]]),
    alignment: {
      generator: 'test',
      eventId: 'e',
      recordings: [{ id: 'r', offsetMs: 0, offsetSource: 'given' }],
      sessions: [{ id: 's', status: 'aligned', recording: 'r', startMs: 0, endMs, startsAt: null, endsAt: null, confidence: 1, evidence: [] }],
    },
  });
  return transcripts[0]!;
}

describe('a long silence inside one turn starts a paragraph, under the same heading', () => {
  // Cues 3 s long, 0.5 s apart: the sentence pause is 1.2 s, a paragraph's twice that at least 2.5 s.
  const said = ['Thank you, Ines.', 'Our last panelist is Kofi.', 'Kofi, you have the floor.', 'Kofi, I think you are still on mute.', 'Let us wait a moment.'];
  const at = (starts: number[]) => starts.map((ms, i) => cue(ms, said[i]!, 'Ana', i === 0));

  test('a silence of 10 s after the third sentence', () => {
    const t = transcriptOf(at([0, 3500, 7000, 20_000, 23_500]));
    expect(t.paragraphs.map((p) => [p.turn, p.sentences.map((s) => s.text)])).toEqual([
      [0, said.slice(0, 3)],
      [0, said.slice(3)],
    ]);
    expect(renderMarkdown(t).match(/\*\*Ana\*\*/g)).toHaveLength(1);
  });

  test('pauses shorter than the paragraph pause keep one paragraph', () => {
    const t = transcriptOf(at([0, 3500, 7000, 12_000, 15_500]));
    expect(t.paragraphs.map((p) => p.sentences.length)).toEqual([5]);
  });
});

describe('labels that name one person under two spellings', () => {
  test('continue the turn; an unnamed hand-over between them does not', () => {
    const cues = [
      cue(0, 'WE NOW TURN TO THE QUESTIONS', 'BILEL JAMOUSSI', true),
      cue(3500, 'FROM THE CHAT', 'BILAL JAMOUSI', true),
      cue(7000, 'CAN YOU HEAR ME', null, true),
      cue(10_500, 'YES WE CAN', 'BILEL JAMOUSI', true),
    ];
    const t = transcriptOf(cues, [{ name: 'Bilel Jamoussi', role: 'moderator' }]);
    expect(t.paragraphs.map((p) => [p.turn, p.speaker])).toEqual([
      [0, 'Bilel Jamoussi'],
      [1, null],
      [2, 'Bilel Jamoussi'],
    ]);
    expect(t.paragraphs[0]!.sentences.map((s) => s.text).join(' ').toLowerCase()).toBe('we now turn to the questions from the chat.');
  });
});

describe('role labels anyone may carry', () => {
  test('two turns in a row under "SPEAKER" stay two turns, in any spelling of the role', () => {
    const cues = [
      cue(0, 'MY NAME IS JO SMITH.', 'SPEAKER', true),
      cue(3500, 'HI, I AM SAM LEE.', 'SPEAKER', true),
      cue(7000, 'AND I AM KIM.', 'Speaker', true),
      cue(10_500, 'ME TOO.', 'AUDIENCE MEMBER', true),
      cue(14_000, 'I OPPOSE IT.', 'AUDIENCE MEMBER', true),
    ];
    const t = transcriptOf(cues);
    expect(t.paragraphs.map((p) => p.turn)).toEqual([0, 1, 2, 3, 4]);
    expect(renderMarkdown(t).match(/^\*\*.+\*\*$/gm)).toHaveLength(5);
  });
});
