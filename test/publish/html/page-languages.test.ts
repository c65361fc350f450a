import { catalogueEntryKey, eventPageKey, manifestKey, transcriptKey, transcriptPageKey } from '../../../src/model/event-layout';
import { ResolvedManifest } from '../../../src/model/manifest-resolved';
import { Transcript } from '../../../src/model/transcript';
import { FOOTER_TEXT } from '../../../src/publish/html/page-shell';
import { chromeIn, mutedAside, recordingLanguage, wordsIn } from '../../../src/publish/html/text-language';
import { toHtml } from '../../../src/publish/html/builder';
import { getJson } from '../../../src/stages/json-blob';
import { renderPagesStage } from '../../../src/stages/render-pages-stage';
import type { FsBlobStore } from '../../../src/store/fs-store';
import { processedItuStore, removeStores } from '../../stages/event-fixture';
import { textRuns, type TextRun } from './text-languages';

/**
 * The languages of a page's words: the fixture event rendered as it is (English: nothing marked
 * but the root), as an event in Arabic (the page right to left, recap's English words marked
 * left to right), and as an English event whose recording is an Arabic channel (its transcript
 * pages in Arabic, the agenda's words marked English). The captions stay the fixture's English
 * words: what is checked is which language each element says its words are in.
 */

const EVENT = 'itu-forum-2021-04-23';

/** recap's own words that every page or a kind of page shows. */
const CHROME = ['Skip to main content', FOOTER_TEXT, 'Event overview'];
const EVENT_CHROME = ['Event recap', 'Sessions', 'Speakers', 'Timeline', 'Summary', 'Keyphrases', 'Scheduled', 'In the recording', 'Alignment'];
const TRANSCRIPT_CHROME = ['Speakers', 'Summary', 'Transcript', 'Files', 'Link', 'Play the recording from', 'Scheduled', 'In the recording'];

interface Rendered {
  manifest: ResolvedManifest;
  event: string;
  transcripts: Map<string, { t: Transcript; html: string }>;
  speakers: string[];
}

/** The fixture's pages after the manifest is changed by `change`. */
async function render(change: (m: ResolvedManifest) => ResolvedManifest): Promise<Rendered> {
  const store: FsBlobStore = await processedItuStore();
  const manifest = change(await getJson(store, manifestKey(EVENT), ResolvedManifest));
  await store.put(manifestKey(EVENT), JSON.stringify(manifest));
  const { outputKeys } = await renderPagesStage(store, { eventId: EVENT });
  const text = async (key: string): Promise<string> => (await store.get(key)).toString('utf8');
  const transcripts = new Map<string, { t: Transcript; html: string }>();
  for (const s of manifest.sessions) {
    if (!(await store.exists(transcriptKey(EVENT, s.id)))) continue;
    transcripts.set(s.id, { t: await getJson(store, transcriptKey(EVENT, s.id), Transcript), html: await text(transcriptPageKey(EVENT, s.id)) });
  }
  const speakerKeys = outputKeys.filter((k) => /\/speakers\/[a-z0-9-]+\.html$/.test(k));
  expect(outputKeys).toContain(catalogueEntryKey(EVENT));
  return { manifest, event: await text(eventPageKey(EVENT)), transcripts, speakers: await Promise.all(speakerKeys.map(text)) };
}

/** The language and direction each of these words is shown in on a page (every run that is exactly one of them). */
function languagesOf(runs: TextRun[], words: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const run of runs) if (words.includes(run.text)) out.set(run.text, (out.get(run.text) ?? new Set()).add(`${run.lang} ${run.dir}`));
  return out;
}

function expectAllIn(runs: TextRun[], words: readonly string[], where: string): void {
  const seen = languagesOf(runs, words);
  expect(seen.size).toBeGreaterThan(0);
  for (const [word, places] of seen) expect({ word, places: [...places] }).toEqual({ word, places: [where] });
}

afterAll(removeStores);

describe('which language a page says its words are in', () => {
  it('marks nothing on an English event\u2019s pages but the root (no dir but the query field\u2019s, whose language is the typist\u2019s)', async () => {
    const { event, transcripts, speakers } = await render((m) => m);
    expect(event).toContain('<input type="search" id="q" name="q" maxlength="500" required dir="auto">');
    for (const html of [event, ...[...transcripts.values()].map((x) => x.html), ...speakers]) {
      expect(html).toMatch(/^<!doctype html>\n<html lang="en"><head>/);
      expect(html.slice(html.indexOf('<body>')).replace(' required dir="auto">', ' required>')).not.toMatch(/\s(lang|dir)="/);
    }
  });

  describe('an event in Arabic', () => {
    let r: Rendered;
    beforeAll(async () => {
      r = await render((m) => ({ ...m, language: 'ar' }));
    });

    it('reads right to left from the root; recap\u2019s own words say they are English, left to right', () => {
      const pages = [r.event, ...[...r.transcripts.values()].map((x) => x.html), ...r.speakers];
      for (const html of pages) {
        expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl"><head>/);
        expectAllIn(textRuns(html), CHROME.filter((w) => w !== 'Event overview' || html !== r.event), 'en ltr');
      }
      expectAllIn(textRuns(r.event), EVENT_CHROME, 'en ltr');
      for (const { html } of r.transcripts.values()) expectAllIn(textRuns(html), TRANSCRIPT_CHROME, 'en ltr');
    });

    it('leaves the event\u2019s words (titles, what was said, summaries) in the page\u2019s language', () => {
      const runs = textRuns(r.event);
      expectAllIn(runs, [r.manifest.title, ...r.manifest.sessions.map((s) => s.title)], 'ar rtl');
      for (const { t, html } of r.transcripts.values()) {
        const sentences = t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
        expect(sentences.length).toBeGreaterThan(0);
        expectAllIn(textRuns(html), sentences, 'ar rtl');
        expectAllIn(textRuns(html), [t.title], 'ar rtl');
      }
    });
  });

  describe('an English event whose recording is an Arabic channel', () => {
    let r: Rendered;
    beforeAll(async () => {
      r = await render((m) => ({ ...m, recordings: m.recordings.map((rec) => ({ ...rec, language: 'ar' })) }));
    });

    it('shows its transcripts in Arabic, with the agenda\u2019s words and recap\u2019s marked English', () => {
      expect(r.transcripts.size).toBeGreaterThan(0);
      for (const { t, html } of r.transcripts.values()) {
        expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl"><head>/);
        const runs = textRuns(html);
        expectAllIn(runs, t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)), 'ar rtl');
        expectAllIn(runs, [t.title, r.manifest.title], 'en ltr');
        expectAllIn(runs, TRANSCRIPT_CHROME, 'en ltr');
        // The player's captions track is in the recording's language.
        expect(html).toMatch(/<track kind="captions" src="[^"]+" srclang="ar"/);
      }
    });

    it('marks what the recording said on the event\u2019s English pages: summary sentences, a speaker\u2019s paragraphs', () => {
      expect(r.event).toMatch(/^<!doctype html>\n<html lang="en"><head>/);
      expect(r.event).toMatch(/<span lang="ar" dir="rtl">[^<]+<\/span><\/li>/);
      expect(r.speakers.length).toBeGreaterThan(0);
      for (const html of r.speakers) expect(html).toMatch(/<p lang="ar" dir="rtl"><a class="ts"/);
    });
  });
});

describe('lang and dir attributes', () => {
  it('say the language where it differs from the parent\u2019s and the direction where that differs', () => {
    expect(wordsIn('ar', 'en')).toEqual({ lang: 'ar', dir: 'rtl' });
    for (const rtl of ['he', 'fa-IR', 'ur', 'ar-EG']) expect(wordsIn(rtl, 'en')).toEqual({ lang: rtl, dir: 'rtl' });
    expect(wordsIn('fr', 'en')).toEqual({ lang: 'fr' });
    expect(wordsIn('he', 'ar')).toEqual({ lang: 'he' });
    expect(wordsIn('en', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(wordsIn('zh-Hant-TW', 'en')).toEqual({ lang: 'zh-Hant-TW' });
    expect(wordsIn('EN', 'en')).toEqual({});
    expect(chromeIn('en')).toEqual({});
    expect(chromeIn('fa')).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('leave the direction to the words themselves (dir="auto") where the language is not known', () => {
    expect(wordsIn(undefined, 'en')).toEqual({ dir: 'auto' });
    expect(wordsIn(undefined, 'ar')).toEqual({ dir: 'auto' });
  });

  it('take a recording\u2019s own language before the event\u2019s', () => {
    const manifest = { language: 'en', recordings: [{ id: 'floor' }, { id: 'arabic', language: 'ar' }] };
    expect(recordingLanguage(manifest, 'floor')).toBe('en');
    expect(recordingLanguage(manifest, 'arabic')).toBe('ar');
  });

  it('keep the space before a marked aside outside it, where the other direction cannot move it', () => {
    expect(toHtml(mutedAside({}, '(2 paragraphs)'))).toBe('<span class="muted"> (2 paragraphs)</span>');
    expect(toHtml(mutedAside({ lang: 'en', dir: 'ltr' }, '(2 paragraphs)'))).toBe(' <span class="muted" lang="en" dir="ltr">(2 paragraphs)</span>');
  });
});
