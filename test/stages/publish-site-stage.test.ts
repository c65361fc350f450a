import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { ManifestError } from '../../src/model/errors';
import { catalogueEntryKey, manifestKey, segmentsKey, SITE_HOME_KEY, SITE_SEARCH_KEY, SITE_SETTINGS_KEY } from '../../src/model/event-layout';
import type { ResolvedManifest } from '../../src/model/manifest-resolved';
import { formatSegmentsJsonl } from '../../src/model/segments-jsonl';
import type { Segment } from '../../src/model/transcript';
import { indexLanguage, siteSearchRecords, type SiteSearchRecord } from '../../src/publish/site/search-records';
import { publishSiteStage, SiteIndexerMissingError } from '../../src/stages/publish-site-stage';
import type { SiteIndexer } from '../../src/stages/site-indexer';
import { FsBlobStore } from '../../src/store/fs-store';

function manifest(id: string, title: string, language = 'en', url: string | null = 'https://www.youtube.com/watch?v=abc'): ResolvedManifest {
  return {
    id,
    title,
    language,
    date: '2024-05-0' + (id.length % 9),
    sessions: [
      { id: 'opening', title: 'Opening' },
      { id: 'debate', title: 'The <b>debate</b>' },
    ],
    recordings: [{ id: 'main', captions: 'captions/main.vtt', ...(url !== null ? { url } : {}) }],
  } as ResolvedManifest;
}

function segment(eventId: string, sessionId: string, startMs: number, text: string, speaker: string | null = 'Ana Díaz'): Segment {
  return { id: `${sessionId}-${startMs}`, eventId, sessionId, recording: 'main', speaker, startMs, endMs: startMs + 5000, text };
}

/** Records what it is asked to index and returns one file naming each record's url. */
function recordingIndexer(): SiteIndexer & { calls: SiteSearchRecord[][] } {
  const calls: SiteSearchRecord[][] = [];
  return {
    calls,
    async build(records) {
      calls.push([...records]);
      return [
        { path: 'pagefind-entry.json', content: Buffer.from(JSON.stringify(records.map((r) => r.url))) },
        { path: `fragment/${records.length}.pf_fragment`, content: Buffer.from('x') },
      ];
    },
  };
}

async function publish(store: FsBlobStore, m: ResolvedManifest, segments: Segment[]): Promise<void> {
  await store.put(manifestKey(m.id), JSON.stringify(m));
  await store.put(segmentsKey(m.id), formatSegmentsJsonl(segments));
  await store.put(catalogueEntryKey(m.id), JSON.stringify({ generator: 'catalogue@1', id: m.id, title: m.title, date: m.date, language: m.language }));
}

describe('site search records', () => {
  it('makes one record per segment of a listed session: the transcript moment, its meta and the recording at that moment', () => {
    const m = manifest('council-1', 'Council');
    const records = siteSearchRecords(m, [segment('council-1', 'debate', 61_500, 'We adopt the budget.'), segment('council-1', 'gone', 5, 'A session no longer on the agenda.'), segment('council-1', 'opening', 9, '  ', null)]);
    expect(records).toEqual([
      {
        url: 'events/council-1/sessions/debate/transcript.html#t-61500',
        content: 'We adopt the budget.',
        language: 'en',
        meta: { title: 'The <b>debate</b>', event: 'Council', eventId: 'council-1', session: 'The <b>debate</b>', speaker: 'Ana Díaz', time: '00:01:01', startMs: '61500', recording: 'https://www.youtube.com/watch?v=abc&t=61' },
        filters: { event: ['council-1'] },
      },
    ]);
  });

  it('names an unidentified speaker, leaves the recording out without a url, and files by primary language subtag', () => {
    const [record] = siteSearchRecords(manifest('forum', 'Forum', 'pt-BR', null), [segment('forum', 'opening', 0, 'Bom dia.', null)]);
    expect(record?.meta.speaker).toBe('Unidentified speaker');
    expect(record?.meta.recording).toBeUndefined();
    expect(record?.language).toBe('pt');
    expect(indexLanguage('not a tag!')).toBe('unknown');
  });

  it("files a recording's moments by its own language (an interpreted channel), the others by the event's", () => {
    const m = { ...manifest('forum', 'Forum'), recordings: [{ id: 'main', captions: 'a.vtt' }, { id: 'arabic', captions: 'b.vtt', language: 'ar-EG' }] } as ResolvedManifest;
    const records = siteSearchRecords(m, [segment('forum', 'opening', 0, 'Good morning.'), { ...segment('forum', 'opening', 0, 'صباح الخير.'), recording: 'arabic' }]);
    expect(records.map((r) => [r.content, r.language])).toEqual([
      ['Good morning.', 'en'],
      ['صباح الخير.', 'ar'],
    ]);
  });
});

describe('publish-site stage', () => {
  let store: FsBlobStore;
  beforeEach(() => {
    store = new FsBlobStore(mkdtempSync(path.join(tmpdir(), 'recap-site-')));
  });

  it('indexes every published event of the store, lists them newest first, and ignores an event whose pages are not out', async () => {
    await publish(store, { ...manifest('a-event', 'Older'), date: '2020-01-01' }, [segment('a-event', 'opening', 0, 'First words.')]);
    await publish(store, { ...manifest('b-event', 'Newer'), date: '2023-06-30' }, [segment('b-event', 'debate', 1000, 'Second words.')]);
    // Still in its pipeline: a manifest and segments, no catalogue entry yet.
    await store.put(manifestKey('c-event'), JSON.stringify(manifest('c-event', 'Unpublished')));
    await store.put(segmentsKey('c-event'), formatSegmentsJsonl([segment('c-event', 'opening', 0, 'Hidden.')]));
    const indexer = recordingIndexer();
    const result = await publishSiteStage(store, { eventId: 'a-event' }, indexer);
    expect(indexer.calls.at(-1)!.map((r) => r.url)).toEqual(['events/a-event/sessions/opening/transcript.html#t-0', 'events/b-event/sessions/debate/transcript.html#t-1000']);
    expect(result.counts).toEqual({ siteEvents: 2, siteRecords: 2 });
    const home = (await store.get(SITE_HOME_KEY)).toString('utf8');
    expect(home.indexOf('Newer')).toBeGreaterThan(0);
    expect(home.indexOf('Newer')).toBeLessThan(home.indexOf('Older'));
    expect(home).not.toContain('Unpublished');
    expect((await store.get(SITE_SEARCH_KEY)).toString('utf8')).toContain('<script type="module" src="site/search.js"></script>');
    expect(result.outputKeys).toEqual(expect.arrayContaining(['pagefind/pagefind-entry.json', 'site/search.js', 'site/search-bundle.js', 'index.html', 'search.html']));
  });

  it("marks each event's title with its language and direction, and tells the search page which indexes read right to left", async () => {
    await publish(store, manifest('majlis', 'اجتماع المجلس', 'ar'), [segment('majlis', 'opening', 0, 'مساء الخير.')]);
    await publish(store, manifest('conseil', 'Conseil', 'fr'), [segment('conseil', 'opening', 0, 'Bonsoir.')]);
    const channel = { ...manifest('forum', 'Forum'), recordings: [{ id: 'main', captions: 'a.vtt' }, { id: 'farsi', captions: 'b.vtt', language: 'fa' }] } as ResolvedManifest;
    await publish(store, channel, [segment('forum', 'opening', 0, 'Hello.')]);
    await publishSiteStage(store, { eventId: 'forum' }, recordingIndexer());
    const home = (await store.get(SITE_HOME_KEY)).toString('utf8');
    expect(home).toMatch(/^<!doctype html>\n<html lang="en"><head>/);
    expect(home).toContain('<a href="events/majlis/index.html"><span lang="ar" dir="rtl">اجتماع المجلس</span></a>');
    expect(home).toContain('<a href="events/conseil/index.html"><span lang="fr">Conseil</span></a>');
    expect(home).toContain('<a href="events/forum/index.html">Forum</a>');
    const search = (await store.get(SITE_SEARCH_KEY)).toString('utf8');
    expect(search).toContain('data-rtl="ar fa"');
    expect(search).toContain('<option value="majlis" lang="ar" dir="rtl">اجتماع المجلس</option>');
  });

  it('drops an event whose folder is gone, and the bundle files of the build before', async () => {
    await publish(store, manifest('a-event', 'A'), [segment('a-event', 'opening', 0, 'One.')]);
    await publish(store, manifest('b-event', 'B'), [segment('b-event', 'opening', 0, 'Two.')]);
    await publishSiteStage(store, { eventId: 'a-event' }, recordingIndexer());
    expect(await store.exists('pagefind/fragment/2.pf_fragment')).toBe(true);
    await store.delete((await store.list('events/b-event/')));
    await publishSiteStage(store, { eventId: 'a-event' }, recordingIndexer());
    expect((await store.get(SITE_HOME_KEY)).toString('utf8')).not.toContain('events/b-event/');
    expect(await store.list('pagefind/')).toEqual(['pagefind/fragment/1.pf_fragment', 'pagefind/pagefind-entry.json']);
  });

  it('builds again when another event is published while it builds, so the last writer has every event', async () => {
    await publish(store, manifest('a-event', 'A'), [segment('a-event', 'opening', 0, 'One.')]);
    const inner = recordingIndexer();
    let first = true;
    const racing: SiteIndexer = {
      async build(records) {
        if (first) {
          first = false;
          await publish(store, manifest('b-event', 'B'), [segment('b-event', 'opening', 0, 'Two.')]);
        }
        return inner.build(records);
      },
    };
    await publishSiteStage(store, { eventId: 'a-event' }, racing);
    expect(inner.calls.map((c) => c.length)).toEqual([1, 2]);
    expect(JSON.parse((await store.get('pagefind/pagefind-entry.json')).toString('utf8'))).toHaveLength(2);
  });

  it('leaves out an event whose stored files do not parse, names it, and publishes the others', async () => {
    await publish(store, manifest('a-event', 'A'), [segment('a-event', 'opening', 0, 'One.')]);
    await publish(store, manifest('b-event', 'B'), [segment('b-event', 'opening', 0, 'Two.')]);
    await store.put(segmentsKey('b-event'), '{"not": "a segment"}\n');
    const indexer = recordingIndexer();
    const result = await publishSiteStage(store, { eventId: 'a-event' }, indexer);
    expect(indexer.calls.at(-1)!.map((r) => r.url)).toEqual(['events/a-event/sessions/opening/transcript.html#t-0']);
    expect(result.summary).toBe('site: home page, search page and search index of 1 event (1 moment); left out, their files unreadable: b-event');
  });

  it('names the site as the organiser\u2019s site.json says, escaped, and keeps the default without one', async () => {
    await publish(store, manifest('a-event', 'Budget hearing'), [segment('a-event', 'opening', 0, 'First words.')]);
    await publishSiteStage(store, { eventId: 'a-event' }, recordingIndexer());
    expect((await store.get(SITE_HOME_KEY)).toString('utf8')).toContain('<h1>Event recaps</h1>');
    await store.put(SITE_SETTINGS_KEY, JSON.stringify({ title: '  Riverbend <City> Council  ' }));
    await publishSiteStage(store, { eventId: 'a-event' }, recordingIndexer());
    const home = (await store.get(SITE_HOME_KEY)).toString('utf8');
    expect(home).toContain('<title>Riverbend &lt;City&gt; Council</title>');
    expect(home).toContain('<h1>Riverbend &lt;City&gt; Council</h1>');
    expect((await store.get(SITE_SEARCH_KEY)).toString('utf8')).toContain('<p>Riverbend &lt;City&gt; Council</p>');
  });

  it.each([
    ['not JSON', '{"title": "x"', /^site\.json: is not JSON: /],
    ['an empty title', '{"title": "  "}', /^site\.json: title: is empty$/],
    ['a field recap does not know', '{"title": "x", "colour": "red"}', /^site\.json: .*colour/],
    ['a line break in the title', '{"title": "a\\nb"}', /^site\.json: title: holds a control character/],
  ])('refuses a site.json holding %s, naming the file and the problem', async (_what, text, message) => {
    await publish(store, manifest('a-event', 'Budget hearing'), [segment('a-event', 'opening', 0, 'First words.')]);
    await store.put(SITE_SETTINGS_KEY, text);
    const failed = publishSiteStage(store, { eventId: 'a-event' }, recordingIndexer());
    await expect(failed).rejects.toThrow(ManifestError);
    await expect(failed).rejects.toThrow(message);
  });

  it('fails, naming what is missing, when the process gave no indexer', async () => {
    await expect(publishSiteStage(store, { eventId: 'a-event' }, undefined)).rejects.toThrow(SiteIndexerMissingError);
  });
});
