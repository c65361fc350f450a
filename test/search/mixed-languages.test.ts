import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import type { Segment } from '../../src/model/transcript';
import { buildEventIndexes, SerializedIndex } from '../../src/search/inverted-index';
import { searchIndexes, type Hit } from '../../src/search/search';
import { SearchQuery } from '../../src/server/search-query';
import { searchStore } from '../../src/server/store-search';
import { indexEventStage } from '../../src/stages/index-event-stage';
import { loadIndexes } from '../../src/stages/search-indexes';
import { FsBlobStore } from '../../src/store/fs-store';

/** A store holding events in several languages answers each query with each language's analysis. */

function seg(eventId: string, recording: string, n: number, text: string): Segment {
  return { id: `opening-${n}`, eventId, sessionId: 'opening', recording, speaker: null, startMs: n * 60_000, endMs: n * 60_000 + 10_000, text };
}

const EVENTS: { id: string; language: string; text: string }[] = [
  { id: 'council', language: 'en', text: 'The council adopted new standards for public buildings. Plants die without water.' },
  { id: 'conseil', language: 'fr', text: 'Le conseil a adopté de nouvelles normes pour les bâtiments publics.' },
  { id: 'chengshi', language: 'zh', text: '我们讨论了城市标准和气候变化。' },
  { id: 'rat', language: 'de-AT', text: 'Die Pflanzen brauchen im Sommer mehr Wasser.' },
];

const indexes = EVENTS.flatMap((e) => buildEventIndexes([seg(e.id, 'main', 1, e.text)], e.language));

const events = (hits: Hit[]) => hits.map((h) => h.eventId).sort();

describe('a store of events in several languages', () => {
  test('each event is indexed in its own language', () => {
    expect(indexes.map((ix) => [ix.eventIds[0], ix.language])).toEqual([
      ['council', 'en'],
      ['conseil', 'fr'],
      ['chengshi', 'zh'],
      ['rat', 'de'],
    ]);
  });

  test('a query is answered from the events whose language reads it as a word they hold', () => {
    expect(events(searchIndexes(indexes, 'normes'))).toEqual(['conseil']);
    expect(events(searchIndexes(indexes, '标准'))).toEqual(['chengshi']);
    expect(events(searchIndexes(indexes, 'standards'))).toEqual(['council']);
    expect(searchIndexes(indexes, '标准')[0]!.language).toBe('zh');
  });

  test('the same letters in two languages are not conflated: "die" is a verb in English, an article in German', () => {
    expect(events(searchIndexes(indexes, 'die'))).toEqual(['council']);
    expect(events(searchIndexes(indexes, 'Wasser'))).toEqual(['rat']);
  });

  test('an explicit language reads the query in it alone and searches only its documents', () => {
    expect(events(searchIndexes(indexes, 'public'))).toEqual(['conseil', 'council']);
    expect(events(searchIndexes(indexes, 'public', { language: 'fr' }))).toEqual(['conseil']);
    expect(events(searchIndexes(indexes, 'public', { language: 'en-GB' }))).toEqual(['council']);
    expect(searchIndexes(indexes, 'Wasser', { language: 'de' }).map((h) => h.eventId)).toEqual(['rat']);
    expect(searchIndexes(indexes, 'normes', { language: 'zh' })).toEqual([]);
  });
});

describe('the index stage: each recording in its language, else the event\'s', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'recap-mixed-index-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function storeWithInterpretation(): Promise<FsBlobStore> {
    const store = new FsBlobStore(dir);
    const manifest = {
      id: 'forum',
      title: 'Forum',
      language: 'en',
      sessions: [{ id: 'opening', title: 'Opening' }],
      recordings: [
        { id: 'main', captions: 'captions/main.vtt' },
        { id: 'interp', captions: 'captions/interp.vtt', language: 'fr-CH' },
      ],
    };
    await store.put('events/forum/manifest.json', JSON.stringify(manifest));
    const lines = [
      seg('forum', 'main', 1, 'The council adopted new standards for public buildings.'),
      seg('forum', 'interp', 1, 'Le conseil a adopté de nouvelles normes pour les bâtiments publics.'),
    ];
    await store.put('events/forum/segments.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const result = await indexEventStage(store, { eventId: 'forum' });
    expect(result.summary).toMatch(/^index: 2 segments, \d+ terms in en, fr$/);
    return store;
  }

  test('the index file lists the languages it holds, each with its own documents', async () => {
    const store = await storeWithInterpretation();
    const file = SerializedIndex.parse(JSON.parse((await store.get('events/forum/search-index.json')).toString('utf8')));
    expect(file.format).toBe('recap-search@3');
    expect(file.languages.map((l) => [l.language, l.segments.map((s) => s.recording)])).toEqual([
      ['en', ['main']],
      ['fr', ['interp']],
    ]);
    const hits = searchIndexes(await loadIndexes(store), 'normes');
    expect(hits.map((h) => [h.recording, h.language, h.snippet])).toEqual([['interp', 'fr', 'Le conseil a adopté de nouvelles **normes** pour les bâtiments publics.']]);
  });

  test('the server takes lang=, validated', async () => {
    const store = await storeWithInterpretation();
    const asked = SearchQuery.parse({ q: 'public', lang: 'fr' });
    expect((await searchStore(store, asked)).hits.map((h) => h.recording)).toEqual(['interp']);
    expect((await searchStore(store, SearchQuery.parse({ q: 'public' }))).hits.map((h) => h.recording).sort()).toEqual(['interp', 'main']);
    expect(SearchQuery.safeParse({ q: 'public', lang: 'fr_FR!' }).success).toBe(false);
  });

  test('recap search takes --language, validated (a bad tag is a usage error)', async () => {
    await storeWithInterpretation();
    let out = '';
    let err = '';
    const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), isTty: false };
    expect(await runCli(['search', 'public', '--store', dir, '--language', 'en', '--json'], io, {})).toBe(0);
    expect((JSON.parse(out) as Hit[]).map((h) => h.recording)).toEqual(['main']);
    expect(await runCli(['search', 'public', '--store', dir, '--language', 'not a tag'], io, {})).toBe(2);
    expect(err).toMatch(/not a BCP 47 language tag/);
  });
});
