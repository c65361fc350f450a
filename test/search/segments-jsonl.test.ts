import { Segment } from '../../src/model/transcript';
import { parseSegmentsJsonl } from '../../src/search/segment';

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
