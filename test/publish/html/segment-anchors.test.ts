import type { Transcript } from '../../../src/model/transcript';
import { placeSegmentAnchors } from '../../../src/publish/html/segment-anchors';
import { longDate, wallClock } from '../../../src/publish/html/time-text';

function transcript(sentenceStarts: number[][]): Transcript {
  return {
    generator: 'split@1',
    eventId: 'e',
    sessionId: 's',
    title: 'S',
    recording: 'main',
    startMs: 0,
    endMs: 100_000,
    speakers: [],
    sounds: [],
    paragraphs: sentenceStarts.map((starts, turn) => ({
      speaker: null,
      turn,
      startMs: starts[0]!,
      endMs: starts[starts.length - 1]! + 1000,
      relStartMs: starts[0]!,
      relEndMs: starts[starts.length - 1]! + 1000,
      sentences: starts.map((ms) => ({ text: `at ${ms}`, startMs: ms, endMs: ms + 1000, relStartMs: ms, relEndMs: ms + 1000 })),
    })),
  };
}

describe('placeSegmentAnchors', () => {
  it('puts each start on the sentence starting then, or the last one before it', () => {
    const anchors = placeSegmentAnchors(transcript([[1000, 5000], [9000]]), [1000, 9000, 6000]);
    expect([...anchors.bySentence]).toEqual([
      ['0:0', ['t-1000']],
      ['0:1', ['t-6000']],
      ['1:0', ['t-9000']],
    ]);
    expect(anchors.unplaced).toEqual([]);
  });

  it('keeps ids unique: several starts on one sentence, and a start before every sentence', () => {
    const anchors = placeSegmentAnchors(transcript([[5000]]), [100, 5000, 5200, 5000]);
    expect(anchors.bySentence.get('0:0')).toEqual(['t-100', 't-5000', 't-5200']);
  });

  it('leaves the starts of a transcript without sentences to be placed on their own', () => {
    expect(placeSegmentAnchors(transcript([]), [1, 2]).unplaced).toEqual(['t-1', 't-2']);
  });

  it('finds the segment a moment belongs to', () => {
    const anchors = placeSegmentAnchors(transcript([[1000, 5000]]), [1000, 5000]);
    expect([anchors.anchorAt(500), anchors.anchorAt(1000), anchors.anchorAt(4999), anchors.anchorAt(70_000)]).toEqual(['t-1000', 't-1000', 't-1000', 't-5000']);
    expect(placeSegmentAnchors(transcript([[1000]]), []).anchorAt(1000)).toBeUndefined();
  });
});

describe('time text', () => {
  it('writes wall-clock times as written and long dates', () => {
    expect(wallClock('2021-04-23T13:30:00+02:00')).toEqual({ date: '2021-04-23', time: '13:30', offset: '+02:00' });
    expect(wallClock('2021-04-23T11:30:11.080Z')).toEqual({ date: '2021-04-23', time: '11:30:11', offset: '+00:00' });
    expect(wallClock('13:30')).toBeUndefined();
    expect([longDate('2021-04-23'), longDate('2021-13-01')]).toEqual(['23 April 2021', '2021-13-01']);
  });
});
