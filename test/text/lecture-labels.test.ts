import { ingestCaptions } from '../../src/formats/ingest';
import type { Track } from '../../src/model/track';

const clock = (n: number) => `00:${String(Math.floor(n / 60_000)).padStart(2, '0')}:${String(Math.floor(n / 1000) % 60).padStart(2, '0')},${String(n % 1000).padStart(3, '0')}`;

function srt(lines: string[]): Track {
  const body = lines.map((l, i) => `${i + 1}\n${clock(i * 2000)} --> ${clock(i * 2000 + 1900)}\n${l}`).join('\n\n');
  return ingestCaptions(Buffer.from(`${body}\n`), { fileName: 'lecture.srt' });
}

/** A 40-cue lecture by one person, with `leads` opening three cues each. */
function lecture(leads: string[], caps = false): string[] {
  const lines = Array.from({ length: 40 }, (_, i) => `and this is sentence ${i} of the lecture on soil`);
  leads.forEach((lead, k) => {
    for (const at of [3, 17, 31]) lines[at + 2 * k] = `${lead}: the roots hold water.`;
  });
  return caps ? lines.map((l) => l.toUpperCase()) : lines;
}

const speakers = (t: Track) => [...new Set(t.cues.map((c) => c.speaker))];

describe('lead-in phrases that open a few lines of a lecture are not speakers', () => {
  const alone = ['For example', 'Pro tip', 'Fun fact', 'Bottom line', 'Question', 'Side note', 'Key takeaway'];
  const together = [['Question', 'Answer'], ['For example', 'Pro tip'], ['Fun fact', 'Bottom line', 'For instance']];

  test.each(alone)('"%s:" alone, in mixed case and in capitals', (lead) => {
    for (const caps of [false, true]) {
      const lines = lecture([lead], caps);
      const t = srt(lines);
      expect(speakers(t)).toEqual([null]);
      expect(t.cues.map((c) => c.text)).toEqual(lines);
    }
  });

  test.each(together)('"%s:" and others in one lecture, in mixed case and in capitals', (...leads) => {
    for (const caps of [false, true]) {
      const lines = lecture(leads, caps);
      const t = srt(lines);
      expect(speakers(t)).toEqual([null]);
      expect(t.cues.map((c) => c.text)).toEqual(lines);
    }
  });

  test('mixed-case lead-ins no word list holds: a capitalised word then lower-case ones, as sentences start', () => {
    const lines = lecture(['Good news', 'Even better', 'What matters most']);
    const t = srt(lines);
    expect(speakers(t)).toEqual([null]);
    expect(t.cues.map((c) => c.text)).toEqual(lines);
  });

  test('two people named a few times each in a long track are still speakers', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `and this is sentence ${i} of the panel`);
    for (const at of [10, 50, 90]) lines[at] = `moderator: question ${at}`;
    for (const at of [12, 52, 92]) lines[at] = `jsmith: answer ${at}`;
    expect(srt(lines).cues[52]!.speaker).toBe('jsmith');
    expect(srt(lines).cues[90]!.speaker).toBe('moderator');
  });

  test('sentence-cased role labels are speakers, as names are', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `and this is sentence ${i} of the hearing`);
    for (const at of [10, 50, 90]) lines[at] = `Ana Ruiz: question ${at}`;
    for (const at of [12, 52, 92]) lines[at] = `Audience member: answer ${at}`;
    expect(srt(lines).cues[52]!.speaker).toBe('Audience member');
  });

  test('one label a few times is a speaker where it also follows a ">>" mark', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `and this is sentence ${i} of the panel`);
    for (const at of [10, 50, 90]) lines[at] = `moderator: question ${at}`;
    lines[30] = '>> moderator: are we live?';
    expect(srt(lines).cues[50]!.speaker).toBe('moderator');
  });
});
