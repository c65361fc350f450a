import { Segment } from '../../src/model/transcript';
import { formatSegmentsJsonl, parseSegmentsJsonl } from '../../src/model/segments-jsonl';

const line = (fields: Record<string, unknown>) =>
  JSON.stringify({ id: 'opening-1', eventId: 'forum', sessionId: 'opening', recording: 'main', speaker: null, startMs: 0, endMs: 1000, text: 'Welcome.', ...fields });

describe('segments.jsonl as the split stage writes it and the index and pages stages read it', () => {
  it('reads what the one Segment schema writes', () => {
    const segment = Segment.parse(JSON.parse(line({ link: 'https://example.org/v.mp4#t=0' })));
    expect(parseSegmentsJsonl(`${JSON.stringify(segment)}\n\n`)).toEqual([segment]);
  });

  it('refuses a segment outside every session, naming the line and the field', () => {
    expect(() => parseSegmentsJsonl(`${line({})}\n${line({ sessionId: null })}\n`)).toThrow(/^segments\.jsonl line 2: sessionId: /);
  });

  it('refuses fields the schema does not know, and negative times', () => {
    expect(() => parseSegmentsJsonl(line({ extra: 1 }))).toThrow(/line 1: .*extra/);
    expect(() => parseSegmentsJsonl(line({ startMs: -1 }))).toThrow(/line 1: startMs: /);
  });
});

describe('formatSegmentsJsonl', () => {
  test('what it writes parses back to the same segments, one line each', () => {
    const segments = [
      { id: 's1-1', eventId: 'ev', sessionId: 's1', recording: 'main', speaker: 'Ana', startMs: 0, endMs: 30_000, text: 'hello' },
      { id: 's1-2', eventId: 'ev', sessionId: 's1', recording: 'main', speaker: null, startMs: 30_000, endMs: 61_000, text: 'and then' },
    ];
    const text = formatSegmentsJsonl(segments);
    expect(text.split('\n')).toHaveLength(3);
    expect(parseSegmentsJsonl(text)).toEqual(parseSegmentsJsonl(formatSegmentsJsonl(parseSegmentsJsonl(text))));
    expect(parseSegmentsJsonl(text).map((s) => s.text)).toEqual(['hello', 'and then']);
  });
});
