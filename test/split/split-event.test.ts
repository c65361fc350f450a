import type { Alignment } from '../../src/model/alignment';
import type { Cue } from '../../src/model/track';
import { renderMarkdown, renderText } from '../../src/split/render';
import { splitEvent } from '../../src/split/split-event';

const cue = (startMs: number, endMs: number, text: string, speaker: string | null, extra: Partial<Cue> = {}): Cue => ({ id: '', startMs, endMs, text, speaker, ...extra });

const cues: Cue[] = [
  cue(0, 3000, 'GOOD MORNING AND WELCOME', 'THE CHAIR', { turnStart: true }),
  cue(3000, 6000, 'TO THE BUDGET HEARING', 'THE CHAIR'),
  cue(8000, 11_000, 'I CALL MS. OKAFOR-REYES', 'THE CHAIR'),
  cue(11_000, 13_000, '[APPLAUSE]', 'THE CHAIR', { sounds: ['[APPLAUSE]'], nonSpeech: true }),
  cue(13_000, 16_000, 'THANK YOU CHAIR', 'HANNA OKAFOR REYES', { turnStart: true }),
  cue(16_000, 19_000, 'IS THIS ON', null, { turnStart: true }),
  cue(19_000, 22_000, 'YES IT IS', null, { turnStart: true }),
  cue(60_000, 63_000, 'LATER WORDS', null, { turnStart: true }),
];

const alignment: Alignment = {
  generator: 'align@1',
  eventId: 'hearing',
  recordings: [{ id: 'main', offsetMs: 0, offsetSource: 'given' }],
  sessions: [
    { id: 'opening', status: 'aligned', recording: 'main', startMs: 0, endMs: 30_000, startsAt: null, endsAt: null, confidence: 0.9, evidence: [] },
    { id: 'keynote', status: 'missing', recording: null, startMs: null, endMs: null, startsAt: null, endsAt: null, confidence: 0, evidence: [] },
  ],
};

const out = splitEvent({
  eventId: 'hearing',
  eventTitle: 'Budget hearing',
  language: 'en',
  sessions: [
    { id: 'opening', title: 'Opening', people: [{ name: 'Bilel Jamoussi', role: 'moderator' }, { name: 'Hanna Okafor-Reyes', role: 'speaker' }] },
    { id: 'keynote', title: 'Keynote', people: [] },
  ],
  recordings: [{ id: 'main', language: 'en', sessionIds: ['opening', 'keynote'] }],
  tracks: new Map([['main', { cues }]]),
  alignment,
});

describe('splitEvent', () => {
  test('a missing session gets no transcript and no segment; cues outside every span are left out', () => {
    expect(out.transcripts.map((t) => t.sessionId)).toEqual(['opening']);
    expect(new Set(out.segments.map((s) => s.sessionId))).toEqual(new Set(['opening']));
    expect(out.segments.map((s) => s.text).join(' ')).not.toMatch(/later/i);
  });

  test('role label, unnamed turns, sounds, and no link without a url', () => {
    const [t] = out.transcripts;
    expect(t!.speakers).toEqual([
      { name: 'Bilel Jamoussi', person: 'Bilel Jamoussi', matches: [{ caption: 'THE CHAIR', person: 'Bilel Jamoussi', method: 'role', score: 1 }] },
      { name: 'Hanna Okafor-Reyes', person: 'Hanna Okafor-Reyes', matches: [{ caption: 'HANNA OKAFOR REYES', person: 'Hanna Okafor-Reyes', method: 'exact', score: 1 }] },
    ]);
    expect(t!.paragraphs.map((p) => [p.turn, p.speaker])).toEqual([[0, 'Bilel Jamoussi'], [1, 'Hanna Okafor-Reyes'], [2, null], [3, null]]);
    expect(t!.sounds).toEqual([{ text: '[APPLAUSE]', startMs: 11_000, relStartMs: 11_000 }]);
    expect(out.segments.some((s) => 'link' in s)).toBe(false);
    // one segment per turn here: turns are shorter than 15 s
    expect(out.segments.map((s) => [s.id, s.speaker])).toEqual([['opening-1', 'Bilel Jamoussi'], ['opening-2', 'Hanna Okafor-Reyes'], ['opening-3', null], ['opening-4', null]]);
  });

  test('rendered as Markdown and plain text', () => {
    const [t] = out.transcripts;
    expect(renderText(t!)).toBe(
      [
        'Opening',
        // unpunctuated captions: the 2 s pause and each turn end a sentence, with a full stop
        'Bilel Jamoussi: Good morning and welcome to the budget hearing. I call Ms. Okafor-Reyes.',
        '[APPLAUSE]',
        'Hanna Okafor-Reyes: Thank you chair.',
        'Unidentified speaker: Is this on.',
        'Unidentified speaker: Yes it is.',
      ].join('\n\n') + '\n',
    );
    const md = renderMarkdown(t!);
    expect(md).toContain('# Opening\n');
    expect(md).toContain('**Bilel Jamoussi**\n\n\\[00:00:00\\] Good morning');
    expect(md).toContain('\\[00:00:11\\] *\\[APPLAUSE\\]*');
  });

  test('segments and transcript.md link to a moment the same way, a fragment of the url replaced', () => {
    const linked = splitEvent({
      eventId: 'hearing',
      eventTitle: 'Budget hearing',
      language: 'en',
      sessions: [{ id: 'opening', title: 'Opening', people: [] }],
      recordings: [{ id: 'main', language: 'en', sessionIds: ['opening'], url: 'https://example.org/v.mp4#chapter-2' }],
      tracks: new Map([['main', { cues }]]),
      alignment: { ...alignment, sessions: [alignment.sessions[0]!] },
    });
    expect(linked.segments.map((s) => s.link)).toEqual(['https://example.org/v.mp4#t=0', 'https://example.org/v.mp4#t=13', 'https://example.org/v.mp4#t=16', 'https://example.org/v.mp4#t=19']);
    const md = renderMarkdown(linked.transcripts[0]!);
    expect(md).toContain('[\\[00:00:13\\]](https://example.org/v.mp4#t=13) Thank you chair.');
    expect(md).not.toContain('chapter-2');
  });
});

test('a session of 150,000 one-word turns gives 150,000 segments', () => {
  const count = 150_000;
  const turns = Array.from({ length: count }, (_x, i) => cue(i * 600, i * 600 + 500, 'YES', null, { turnStart: true }));
  const long = splitEvent({
    eventId: 'long',
    eventTitle: 'A long sitting',
    language: 'en',
    sessions: [{ id: 'sitting', title: 'Sitting', people: [] }],
    recordings: [{ id: 'main', language: 'en', sessionIds: ['sitting'] }],
    tracks: new Map([['main', { cues: turns }]]),
    alignment: { ...alignment, eventId: 'long', sessions: [{ ...alignment.sessions[0]!, id: 'sitting', endMs: count * 600 }] },
  });
  expect(long.segments).toHaveLength(count);
  expect(long.segments[count - 1]!.startMs).toBe((count - 1) * 600);
});
