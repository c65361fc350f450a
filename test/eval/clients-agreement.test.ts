import { compareCues, kindCounts, type ReadCue } from '../../eval/clients/agreement';
import { formatTraits } from '../../eval/clients/formats';
import { readerFaults } from '../../eval/clients/reader-faults';
import { readFfmpegSrt } from '../../eval/clients/readers/srt-text';
import type { Cue, Track } from '../../src/model/track';

/** The judge of the client tests: what counts as a reader giving back recap's cues, and what not. */

const cue = (id: number, startMs: number, endMs: number, text: string, speaker: string | null, turnStart: boolean, more: Partial<Cue> = {}): Cue => ({
  id: String(id),
  startMs,
  endMs,
  text,
  speaker,
  turnStart,
  ...more,
});

const track = (...cues: Cue[]): Track => ({ generator: 'test', format: 'webvtt', cues, diagnostics: [] });

const panel = track(
  cue(1, 1000, 2000, 'Welcome to the Q&A.', 'Zoë Brandt', true),
  cue(2, 2000, 3000, 'Questions come from the room.', 'Zoë Brandt', false),
  cue(3, 3500, 4000, 'Can you hear us?\nYes, we can.', 'Zoë Brandt', false, {
    parts: [
      { text: 'Can you hear us?', speaker: 'Zoë Brandt', turnStart: false, startMs: 3500 },
      { text: 'Yes, we can.', speaker: null, turnStart: true, startMs: 3750 },
    ],
  }),
  cue(4, 4000, 5000, 'Note: thank you.', 'Carlos Farías', true),
);

/** What a reader without a speaker field shows when recap's labels are right. */
const labelled = (): ReadCue[] => [
  { startMs: 1000, endMs: 2000, text: 'Zoë Brandt: Welcome to the Q&A.' },
  { startMs: 2000, endMs: 3000, text: 'Questions come from the room.' },
  { startMs: 3500, endMs: 4000, text: 'Can you hear us?\n>> Yes, we can.' },
  { startMs: 4000, endMs: 5000, text: '>> CARLOS FARÍAS: Note: thank you.' },
];

const srt = formatTraits('srt');

describe('compareCues', () => {
  it('agrees on every cue when times, text and the labels at each change of speaker are as written', () => {
    expect(compareCues(panel, labelled(), srt)).toEqual({ total: 4, agreeing: 4, disagreements: [], explained: [] });
  });

  it('takes "[Name]" and a leading hyphen for labels, and only the track\'s speakers for names', () => {
    const read = labelled();
    read[0]!.text = '[Zoë Brandt] Welcome to the Q&A.';
    read[2]!.text = 'Can you hear us?\n- Yes, we can.';
    expect(compareCues(panel, read, srt).agreeing).toBe(4);
    // "Note:" is text, not the label of a speaker called Note: without the name, the change is unmarked.
    read[3]!.text = 'Note: thank you.';
    expect(compareCues(panel, read, srt).disagreements).toEqual([{ kind: 'speaker', cue: 3, wrote: 'labels ["Carlos Farías"]', read: 'labels []' }]);
  });

  it('compares the text without labels on either side: a reference may hold one in its text', () => {
    const reference = track(cue(1, 0, 1000, 'Ann Lee: Hello.', 'Ann Lee', true), cue(2, 1000, 2000, '[Ann Lee] Still me.', 'Ann Lee', false));
    const read = [
      { startMs: 0, endMs: 1000, text: '>> ANN LEE: Hello.' },
      { startMs: 1000, endMs: 2000, text: 'Still me.' },
    ];
    expect(compareCues(reference, read, srt).agreeing).toBe(2);
    read[1]!.text = 'Still me!';
    expect(compareCues(reference, read, srt).disagreements).toEqual([{ kind: 'text', cue: 1, wrote: '"Still me."', read: '"Still me!"' }]);
  });

  it('finds a lost label, a label where the speaker goes on, and a wrong name', () => {
    const read = labelled();
    read[0]!.text = 'Welcome to the Q&A.';
    read[1]!.text = 'Zoë Brandt: Questions come from the room.';
    read[3]!.text = 'Zoë Brandt: Note: thank you.';
    expect(compareCues(panel, read, srt).disagreements.map((d) => [d.cue, d.kind, d.read])).toEqual([
      [0, 'speaker', 'labels []'],
      [1, 'speaker', 'labels ["Zoë Brandt"]'],
      [3, 'speaker', 'labels ["Zoë Brandt"]'],
    ]);
  });

  it("holds times to the format's unit: a millisecond off in SRT, under a centisecond in ASS", () => {
    const read = labelled();
    read[1] = { ...read[1]!, endMs: 2999 };
    expect(compareCues(panel, read, srt).disagreements).toEqual([{ kind: 'time', cue: 1, wrote: '2000-3000 ms', read: '2000-2999 ms' }]);
    read[1] = { ...read[1], startMs: 1991, endMs: 2991 };
    expect(compareCues(panel, read, formatTraits('ass')).agreeing).toBe(4);
  });

  it('finds changed text, and a lost or an extra cue without shifting the cues after it', () => {
    const read = labelled();
    read[1]!.text = 'Questions come from the room!';
    expect(compareCues(panel, read, srt).disagreements).toEqual([
      { kind: 'text', cue: 1, wrote: '"Questions come from the room."', read: '"Questions come from the room!"' },
    ]);
    const lost = labelled().filter((_, i) => i !== 1);
    const result = compareCues(panel, lost, srt);
    expect([result.agreeing, result.disagreements.map((d) => [d.cue, d.kind])]).toEqual([3, [[1, 'missing cue']]]);
    const extra = [...labelled().slice(0, 2), { startMs: 3100, endMs: 3400, text: 'stray' }, ...labelled().slice(2)];
    const withExtra = compareCues(panel, extra, srt);
    expect([withExtra.agreeing, withExtra.disagreements.map((d) => [d.cue, d.kind])]).toEqual([4, [[2, 'extra cue']]]);
  });

  it('judges a reader with a speaker field by its voices, and by the ">>" of an unnamed turn', () => {
    const voiced = (text: string, ...voices: Array<[string | null, string]>): Pick<ReadCue, 'text' | 'voices'> => ({ text, voices: voices.map(([voice, t]) => ({ voice, text: t })) });
    const read: ReadCue[] = [
      { startMs: 1000, endMs: 2000, ...voiced('Welcome to the Q&A.', ['Zoë Brandt', 'Welcome to the Q&A.']) },
      { startMs: 2000, endMs: 3000, ...voiced('Questions come from the room.', ['Zoë Brandt', 'Questions come from the room.']) },
      { startMs: 3500, endMs: 4000, ...voiced('Can you hear us?\n>> Yes, we can.', ['Zoë Brandt', 'Can you hear us?'], [null, '\n>> Yes, we can.']) },
      { startMs: 4000, endMs: 5000, ...voiced('Note: thank you.', ['Carlos Farías', 'Note: thank you.']) },
    ];
    expect(compareCues(panel, read, formatTraits('webvtt')).agreeing).toBe(4);
    read[2] = { startMs: 3500, endMs: 4000, ...voiced('Can you hear us?\nYes, we can.', ['Zoë Brandt', 'Can you hear us?'], [null, '\nYes, we can.']) };
    read[3] = { startMs: 4000, endMs: 5000, ...voiced('Note: thank you.', [null, 'Note: thank you.']) };
    expect(compareCues(panel, read, formatTraits('webvtt')).disagreements.map((d) => [d.cue, d.kind, d.read])).toEqual([
      [2, 'speaker', 'voices ["Zoë Brandt",null], 0 ">>" mark(s)'],
      [3, 'speaker', 'voices [null], 0 ">>" mark(s)'],
    ]);
  });

  it('reads LRC as one line a cue, a change of speaker inside it as ">>", and ends at the next start', () => {
    const lrc = formatTraits('lrc');
    const overlapping = track(cue(1, 0, 1500, 'One\ntwo.', 'Ann Lee', true), cue(2, 1000, 2000, 'Three.', 'Ann Lee', false));
    const read = [
      { startMs: 0, endMs: 1000, text: 'Ann Lee: One two.' },
      { startMs: 1000, endMs: 2000, text: 'Three.' },
    ];
    expect(compareCues(overlapping, read, lrc).agreeing).toBe(2);
    const lrcRead = [
      { startMs: 1000, endMs: 2000, text: 'Zoë Brandt: Welcome to the Q&A.' },
      { startMs: 2000, endMs: 3000, text: 'Questions come from the room.' },
      { startMs: 3000, endMs: 3500, text: '' },
      { startMs: 3500, endMs: 4000, text: 'Can you hear us? >> Yes, we can.' },
      { startMs: 4000, endMs: 5000, text: 'Carlos Farías: Note: thank you.' },
    ];
    expect(compareCues(panel, lrcRead, lrc).agreeing).toBe(4);
  });

  it("counts a cue that differs only by the reader's own known fault apart, and lets the fault hide nothing else", () => {
    const read = labelled();
    read[0]!.text = 'Zoë Brandt: Welcome to the Q&amp;A.';
    const faults = readerFaults('webvtt-py', 'webvtt');
    const explained = compareCues(panel, read, formatTraits('webvtt'), faults);
    expect([explained.agreeing, explained.explained, explained.disagreements]).toEqual([3, [{ cue: 0, fault: faults[0]!.what }], []]);
    expect(kindCounts(explained)).toBe(`reader fault (${faults[0]!.what}) 1`);
    read[0]!.text = 'Welcome to the Q&amp;A!';
    expect(compareCues(panel, read, formatTraits('webvtt'), faults).disagreements.map((d) => d.kind)).toEqual(['text', 'speaker']);
    // Without the fault named, the same cue is a plain disagreement.
    read[0]!.text = 'Zoë Brandt: Welcome to the Q&amp;A.';
    expect(kindCounts(compareCues(panel, read, formatTraits('webvtt')))).toBe('text 1');
  });

  it("explains ffmpeg's SubViewer dropping '[' lines: a cue starting with one is lost, a later line is put back", () => {
    const sounds = track(cue(1, 0, 1000, '[APPLAUSE]', null, false), cue(2, 1000, 2000, 'Thank you.\n[LAUGHTER]', null, false));
    const faults = readerFaults('ffmpeg', 'sbv');
    const result = compareCues(sounds, [{ startMs: 1000, endMs: 2000, text: 'Thank you.' }], formatTraits('sbv'), faults);
    expect([result.explained.map((e) => e.cue), result.disagreements]).toEqual([[0, 1], []]);
    expect(compareCues(sounds, [{ startMs: 1000, endMs: 2000, text: 'Thank you.' }], formatTraits('sbv')).disagreements.map((d) => d.kind)).toEqual(['missing cue', 'text']);
  });
});

describe('reader faults', () => {
  it("explain ttconv decoding a reference that SRT's plain text holds, a label before it, and nothing more", () => {
    const literal = track(cue(1, 0, 1000, 'Type "&lt;"\nfor <.', 'Ann Lee', true));
    const faults = readerFaults('ttconv', 'srt');
    const read = [{ startMs: 0, endMs: 1000, text: '\nAnn Lee: Type "<"\nfor <.' }];
    expect(compareCues(literal, read, srt, faults)).toMatchObject({ agreeing: 0, explained: [{ cue: 0 }], disagreements: [] });
    read[0]!.text = '\nAnn Lee: Type "<"\nfor <!';
    expect(compareCues(literal, read, srt, faults).disagreements.map((d) => d.kind)).toEqual(['text']);
  });
});

describe('readFfmpegSrt', () => {
  it('reads the blocks ffmpeg writes, a blank event and several lines included', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,500\nOne\ntwo\n\n2\n00:00:02,500 --> 00:00:03,000\n\n\n3\n01:00:00,001 --> 01:00:01,000\nThree\n';
    expect(readFfmpegSrt(text)).toEqual([
      { startMs: 1000, endMs: 2500, text: 'One\ntwo' },
      { startMs: 2500, endMs: 3000, text: '' },
      { startMs: 3600001, endMs: 3601000, text: 'Three' },
    ]);
  });
});
