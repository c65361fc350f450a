import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { Bm25Windows } from '../../eval/search/baseline';
import { scoreQuery, unionLength } from '../../eval/search/metrics';
import { searchIndexes } from '../../src/search/search';
import { indexedEvents, loadIndexes } from '../../src/stages/search-indexes';
import { indexEventStage } from '../../src/stages/index-event-stage';
import { FsBlobStore } from '../../src/store/fs-store';

describe('index-event stage', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'recap-index-stage-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes nothing and says so without segments.jsonl', async () => {
    const store = new FsBlobStore(dir);
    const result = await indexEventStage(store, { eventId: 'forum' });
    expect(result.outputKeys).toEqual([]);
    expect(result.summary).toMatch(/no segments\.jsonl/);
    expect(await store.list('')).toEqual([]);
  });

  it('indexes segments.jsonl, the same bytes on a re-run, and the store query path finds them', async () => {
    const store = new FsBlobStore(dir);
    const seg = { eventId: 'forum', sessionId: 'opening', recording: 'main', speaker: 'Ana', text: '' };
    const lines = [
      { ...seg, id: 'a', startMs: 0, endMs: 5000, text: 'Welcome to the forum.' },
      { ...seg, id: 'b', startMs: 5000, endMs: 9000, text: 'The outcome document is ready.' },
    ];
    await store.put('events/forum/segments.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const first = await indexEventStage(store, { eventId: 'forum' });
    expect(first.outputKeys).toEqual(['events/forum/search-index.json']);
    const bytes = await store.get('events/forum/search-index.json');
    await indexEventStage(store, { eventId: 'forum' });
    expect((await store.get('events/forum/search-index.json')).equals(bytes)).toBe(true);
    expect(await indexedEvents(store)).toEqual(['forum']);
    const hits = searchIndexes(await loadIndexes(store), 'outcome');
    expect(hits.map((h) => [h.startMs, h.snippet])).toEqual([[5000, 'The **outcome** document is ready.']]);
  });
});

describe('eval:search scoring', () => {
  it('counts a hit relevant when it overlaps a range (half-open), within the first 10', () => {
    const s = scoreQuery([{ startMs: 0, endMs: 100 }, { startMs: 100, endMs: 200 }], [[150, 300]], 1000);
    expect(s).toEqual({ recall: 1, reciprocalRank: 0.5, hitLengths: [100, 100], coverage: 0.2 });
    expect(scoreQuery([{ startMs: 0, endMs: 150 }], [[150, 300]], 1000).recall).toBe(0);
    expect(unionLength([{ startMs: 0, endMs: 10 }, { startMs: 5, endMs: 20 }, { startMs: 30, endMs: 40 }])).toBe(30);
  });

  it('baseline: BM25 over 30 s windows of cue starts, empty windows dropped', () => {
    const bm25 = new Bm25Windows([
      { startMs: 1000, text: 'budget talk' },
      { startMs: 31000, text: 'the weather' },
      { startMs: 95000, text: 'budgets again and budget' },
    ]);
    expect(bm25.search('budget')).toEqual([{ startMs: 90000, endMs: 120000 }, { startMs: 0, endMs: 30000 }]);
    expect(bm25.search('nothing here')).toEqual([]);
  });
});
