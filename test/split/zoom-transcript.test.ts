import { readFileSync } from 'fs';
import path from 'path';
import { bareWords, markdownHeadings, wholeTranscript } from '../helpers/whole-transcript';

interface Truth {
  speakers: string[];
  turns: Array<{ speaker: string; startMs: number; sentences: string[] }>;
}

const dir = path.join(__dirname, '../../fixtures/formats/zoom');
const truth = JSON.parse(readFileSync(path.join(dir, 'webinar.truth.json'), 'utf8')) as Truth;
const people = truth.speakers.map((name) => ({ name }));
const { transcript, speakers, markdown } = wholeTranscript(path.join(dir, 'webinar.vtt'), people);

describe('a Zoom webinar transcript (the name on every cue)', () => {
  test('one heading per turn: the headings are the changes of speaker, in order', () => {
    expect(markdownHeadings(markdown)).toEqual(truth.turns.map((t) => t.speaker));
    expect(new Set(transcript.paragraphs.map((p) => p.turn)).size).toBe(truth.turns.length);
  });

  test('every sentence that runs over cue ends is one sentence of the transcript, in its turn', () => {
    const got = truth.turns.map((_, turn) => transcript.paragraphs.filter((p) => p.turn === turn).flatMap((p) => p.sentences.map((s) => bareWords(s.text))));
    expect(got).toEqual(truth.turns.map((t) => t.sentences.map(bareWords)));
  });

  test("each person's transcript holds their turns' words once, in order", () => {
    expect(speakers.map((s) => s.name).sort()).toEqual([...truth.speakers].sort());
    for (const s of speakers) {
      const said = s.sessions.flatMap((x) => x.paragraphs.map((p) => bareWords(p.text))).join(' ');
      const truthSaid = truth.turns.filter((t) => t.speaker === s.name).flatMap((t) => t.sentences.map(bareWords)).join(' ');
      expect(said).toBe(truthSaid);
    }
  });
});
