import * as layout from '../../src/model/event-layout';

describe('the output layout (README "Output layout")', () => {
  it('spells every key of an event once, under events/<eventId>/', () => {
    const keys = [
      layout.manifestKey('e'),
      layout.sourceKey('e', 'main'),
      layout.trackKey('e', 'main'),
      layout.alignmentKey('e'),
      layout.eventSummaryKey('e'),
      layout.segmentsKey('e'),
      layout.qualityKey('e'),
      layout.transcriptKey('e', 's1'),
      layout.transcriptKey('e', 's1', 'md'),
      layout.transcriptKey('e', 's1', 'txt'),
      layout.transcriptPageKey('e', 's1'),
      `${layout.eventPrefix('e')}${layout.sessionCaptionsPath('s1', 'vtt')}`,
      layout.sessionSummaryKey('e', 's1'),
      layout.speakerTranscriptKey('e', 'ann', 'json'),
      layout.speakerTranscriptKey('e', 'ann', 'md'),
      layout.speakerPageKey('e', 'ann'),
      layout.eventPageKey('e'),
      layout.searchIndexKey('e'),
      layout.stampKey('e', 'split-event'),
    ];
    expect(keys).toEqual([
      'events/e/manifest.json',
      'events/e/recordings/main/source.caption',
      'events/e/recordings/main/track.json',
      'events/e/alignment.json',
      'events/e/summary.json',
      'events/e/segments.jsonl',
      'events/e/quality.json',
      'events/e/sessions/s1/transcript.json',
      'events/e/sessions/s1/transcript.md',
      'events/e/sessions/s1/transcript.txt',
      'events/e/sessions/s1/transcript.html',
      'events/e/sessions/s1/captions.vtt',
      'events/e/sessions/s1/summary.json',
      'events/e/speakers/ann.json',
      'events/e/speakers/ann.md',
      'events/e/speakers/ann.html',
      'events/e/index.html',
      'events/e/search-index.json',
      'events/e/stamps/split-event.json',
    ]);
  });

  it('tells the event of a key, and none for a key outside every event', () => {
    expect(layout.eventIdOfKey(layout.searchIndexKey('forum-2021'))).toBe('forum-2021');
    expect(layout.eventIdOfKey(layout.transcriptPageKey('e', 's'))).toBe('e');
    for (const key of ['events/', 'events//manifest.json', 'events/e', 'other/e/manifest.json']) expect(layout.eventIdOfKey(key)).toBeUndefined();
  });
});
