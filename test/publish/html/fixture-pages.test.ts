import { Alignment } from '../../../src/model/alignment';
import { alignmentKey, catalogueEntryKey, eventPageKey, interactiveTranscriptKey, recordingPlayerKey, eventSummaryKey, manifestKey, segmentsKey, sessionFolderPageKey, speakerPageKey, speakerTranscriptKey, transcriptKey, transcriptPageKey } from '../../../src/model/event-layout';
import { ResolvedManifest } from '../../../src/model/manifest-resolved';
import { SpeakerTranscript } from '../../../src/model/speaker-transcript';
import { Transcript } from '../../../src/model/transcript';
import { escapeHtml } from '../../../src/publish/html/escape';
import { parseSegmentsJsonl } from '../../../src/model/segments-jsonl';
import { speakerSlugs } from '../../../src/split/speaker-transcripts';
import { getJson } from '../../../src/stages/json-blob';
import { renderPagesInputKeys, renderPagesStage } from '../../../src/stages/render-pages-stage';
import type { FsBlobStore } from '../../../src/store/fs-store';
import { processedItuStore, removeStores } from '../../stages/event-fixture';
import { activeContent, attributeValues, scanPage, startTags, type ScannedPage } from './page-checks';

const EVENT = 'itu-forum-2021-04-23';
let store: FsBlobStore;
let manifest: ResolvedManifest;
let alignment: Alignment;
let eventHtml: string;
const transcripts = new Map<string, Transcript>();
const pages = new Map<string, string>();
/** speaker transcripts and their pages, by slug */
const speakers = new Map<string, SpeakerTranscript>();
const speakerPages = new Map<string, string>();
let outputKeys: string[];

beforeAll(async () => {
  store = await processedItuStore();
  outputKeys = (await renderPagesStage(store, { eventId: EVENT })).outputKeys;
  manifest = await getJson(store, manifestKey(EVENT), ResolvedManifest);
  alignment = await getJson(store, alignmentKey(EVENT), Alignment);
  eventHtml = (await store.get(eventPageKey(EVENT))).toString('utf8');
  for (const s of manifest.sessions) {
    if (!(await store.exists(transcriptKey(EVENT, s.id)))) continue;
    transcripts.set(s.id, await getJson(store, transcriptKey(EVENT, s.id), Transcript));
    pages.set(s.id, (await store.get(transcriptPageKey(EVENT, s.id))).toString('utf8'));
  }
  for (const key of await store.list(`events/${EVENT}/speakers/`)) {
    const slug = /\/speakers\/([a-z0-9-]+)\.json$/.exec(key)?.[1];
    if (slug === undefined) continue;
    speakers.set(slug, await getJson(store, key, SpeakerTranscript));
    speakerPages.set(slug, (await store.get(speakerPageKey(EVENT, slug))).toString('utf8'));
  }
});
afterAll(removeStores);

function every(check: (html: string, page: ScannedPage, name: string) => void): void {
  const all = [['index.html', eventHtml], ...[...pages].map(([id, html]) => [`${id}/transcript.html`, html]), ...[...speakerPages].map(([slug, html]) => [`speakers/${slug}.html`, html])] as Array<[string, string]>;
  expect(all.length).toBeGreaterThan(10);
  for (const [name, html] of all) {
    check(html, scanPage(html), name);
  }
}

describe('pages of the fixture event', () => {
  it('writes the event page, a transcript page per transcript (and a page for its folder) and a page per speaker transcript', () => {
    expect(pages.size).toBe(4);
    expect(speakerPages.size).toBe(13);
    const slugs = [...speakers.values()].map((s) => s.slug);
    expect(outputKeys.sort()).toEqual([eventPageKey(EVENT), catalogueEntryKey(EVENT), interactiveTranscriptKey(EVENT), ...[...transcripts.keys()].flatMap((id) => [transcriptPageKey(EVENT, id), sessionFolderPageKey(EVENT, id)]), ...slugs.map((slug) => speakerPageKey(EVENT, slug))].sort());
  });

  it('lists every key it reads, present or not', async () => {
    const keys = await renderPagesInputKeys(store, { eventId: EVENT });
    expect(keys.slice(0, 4)).toEqual([manifestKey(EVENT), alignmentKey(EVENT), eventSummaryKey(EVENT), segmentsKey(EVENT)]);
    expect(keys).toEqual(expect.arrayContaining([...transcripts.keys()].map((id) => transcriptKey(EVENT, id))));
    expect(keys).toEqual(expect.arrayContaining([...speakers.keys()].map((slug) => speakerTranscriptKey(EVENT, slug, 'json'))));
    // what the session pages offer and play, so a change in the captions stage's files renders them anew
    expect(keys).toEqual(expect.arrayContaining([...(['captions.vtt', 'chapters.vtt', 'chapters.youtube.txt'] as const).map((f) => recordingPlayerKey(EVENT, 'main', f)), ...[...transcripts.keys()].map((id) => `events/${EVENT}/sessions/${id}/captions.vtt`)]));
  });

  it('are whole documents: doctype, lang, charset, viewport, title, CSP, balanced tags', () => {
    every((html, page, name) => {
      expect({ name, problems: page.problems }).toEqual({ name, problems: [] });
      expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
      expect(attributeValues(page, 'meta', 'charset')).toEqual(['utf-8']);
      expect(attributeValues(page, 'meta', 'content')).toEqual(expect.arrayContaining([expect.stringContaining("default-src 'none'"), expect.stringContaining('width=device-width')]));
      // the document's title; the SVG's titles carry an id
      expect(startTags(page, 'title').filter((t) => t.attributes.length === 0)).toHaveLength(1);
    });
  });

  it('have one h1, the header, nav, main and footer landmarks and a skip link to main', () => {
    every((_html, page) => {
      expect(startTags(page, 'h1')).toHaveLength(1);
      for (const landmark of ['header', 'nav', 'main', 'footer']) expect(startTags(page, landmark)).toHaveLength(1);
      expect(attributeValues(page, 'main', 'id')).toEqual(['main']);
      expect(attributeValues(page, 'a', 'href')[0]).toBe('#main');
    });
  });

  it('are inert but for the site’s own script file on session pages: no inline script, no event handler, no link but http(s) and relative', () => {
    every((html, page, name) => {
      expect(activeContent(page)).toEqual([]);
      const scripts = html.match(/<script[^>]*>[^<]*<\/script>/gi) ?? [];
      expect(scripts).toEqual(name.endsWith('transcript.html') ? ['<script type="module" src="../../interactive-transcript.js"></script>'] : []);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    });
  });

  it('link every same-page anchor to an id of the page', () => {
    every((_html, page, name) => {
      const ids = new Set(page.tags.flatMap((t) => t.attributes.filter((a) => a.name === 'id').map((a) => a.value)));
      expect({ name, duplicates: ids.size }).toEqual({ name, duplicates: page.tags.flatMap((t) => t.attributes.filter((a) => a.name === 'id')).length });
      const missing = attributeValues(page, 'a', 'href').filter((h) => h.startsWith('#') && !ids.has(h.slice(1)));
      expect({ name, missing }).toEqual({ name, missing: [] });
    });
  });

  it('name every speaker of each transcript, under a heading per turn linked to their speaker page', () => {
    const slugOf = new Map([...speakers.values()].map((s) => [s.name, s.slug]));
    for (const [id, t] of transcripts) {
      const html = pages.get(id)!;
      expect(t.speakers.length).toBeGreaterThan(0);
      for (const speaker of t.speakers) expect(html).toContain(`<h3 class="speaker"><a href="../../speakers/${slugOf.get(speaker.name)!}.html">${escapeHtml(speaker.name)}</a></h3>`);
      const turns = new Set(t.paragraphs.map((p) => p.turn)).size;
      expect(html.match(/<h3 class="speaker">/g)!.length).toBeGreaterThanOrEqual(turns);
    }
  });

  it('link each paragraph to the recording at that moment (url#t=SECONDS)', () => {
    for (const [id, t] of transcripts) {
      const hrefs = attributeValues(scanPage(pages.get(id)!), 'a', 'href');
      for (const p of t.paragraphs) expect(hrefs).toContain(`${t.url}#t=${Math.floor(p.startMs / 1000)}`);
    }
  });

  it('mark sounds such as [APPLAUSE]', () => {
    const sounds = [...transcripts.values()].flatMap((t) => t.sounds);
    expect(sounds.length).toBeGreaterThan(0);
    for (const [id, t] of transcripts) {
      const html = pages.get(id)!;
      expect(html.match(/<p class="sound"[ >]/g)?.length ?? 0).toBe(t.sounds.length);
    }
  });

  it('give every search segment start of the session an id t-<startMs>', async () => {
    const segments = parseSegmentsJsonl((await store.get(segmentsKey(EVENT))).toString('utf8'));
    expect(segments.length).toBeGreaterThan(100);
    for (const [id, html] of pages) {
      const ids = new Set(scanPage(html).tags.flatMap((t) => t.attributes.filter((a) => a.name === 'id').map((a) => a.value)));
      const own = segments.filter((s) => s.sessionId === id);
      expect(own.length).toBeGreaterThan(0);
      for (const s of own) expect(ids).toContain(`t-${s.startMs}`);
    }
  });

  it('show each session summary and its keyphrases', async () => {
    for (const [id, html] of pages) {
      const summary = JSON.parse((await store.get(`events/${EVENT}/sessions/${id}/summary.json`)).toString('utf8')) as { keyphrases: string[]; sentences: Array<{ text: string }> };
      const text = scanPage(html).text;
      for (const k of summary.keyphrases) expect(text).toContain(k);
      for (const s of summary.sentences) expect(text).toContain(s.text);
    }
  });
});

describe('the event page of the fixture event', () => {
  let page: ScannedPage;
  beforeAll(() => {
    page = scanPage(eventHtml);
  });

  it('shows the title, the date, the event summary and keyphrases', async () => {
    const summary = JSON.parse((await store.get(eventSummaryKey(EVENT))).toString('utf8')) as { keyphrases: string[] };
    expect(page.text).toContain(manifest.title);
    expect(page.text).toContain('23 April 2021');
    for (const k of summary.keyphrases) expect(page.text).toContain(k);
  });

  it('lists the sessions, each linking to its transcript when aligned, the shared day said once', () => {
    expect(startTags(page, 'table')).toHaveLength(0);
    const rows = startTags(page, 'li').filter((t) => t.attributes.some((a) => a.name === 'id' && a.value.startsWith('session-')));
    expect(rows).toHaveLength(manifest.sessions.length);
    expect(page.text.split('23 April 2021 (UTC+02:00)')).toHaveLength(2);
    // one recording: its id (the manifest's, not words for readers) is not shown
    expect(manifest.recordings).toHaveLength(1);
    expect(page.text).not.toMatch(/recording main|Recording main/);
    expect(page.text).toContain('Watch the recording');
    const hrefs = attributeValues(page, 'a', 'href');
    for (const id of transcripts.keys()) expect(hrefs).toContain(`sessions/${id}/transcript.html`);
    for (const s of manifest.sessions) expect(page.text).toContain(s.title);
  });

  it('links its summary sentences to a t-<ms> anchor of a transcript page', () => {
    const links = attributeValues(page, 'a', 'href').filter((h) => /^sessions\/[a-z0-9-]+\/transcript\.html#t-\d+$/.test(h));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [, id, anchor] = /^sessions\/([a-z0-9-]+)\/transcript\.html#(t-\d+)$/.exec(link)!;
      expect(pages.get(id!)).toContain(`id="${anchor}"`);
    }
  });

  it('draws an accessible SVG timeline: role img, title and desc, one aligned bar per aligned session', () => {
    const svgs = startTags(page, 'svg');
    expect(svgs).toHaveLength(1);
    const svg = svgs[0]!;
    expect(svg.attributes).toEqual(expect.arrayContaining([{ name: 'role', value: 'img' }]));
    const labelledBy = svg.attributes.find((a) => a.name === 'aria-labelledby')!.value.split(' ');
    expect(startTags(page, 'title').map((t) => t.attributes.find((a) => a.name === 'id')?.value)).toContain(labelledBy[0]);
    expect(attributeValues(page, 'desc', 'id')).toEqual([labelledBy[1]]);
    const aligned = alignment.sessions.filter((s) => s.status === 'aligned').length;
    expect(aligned).toBe(4);
    expect(attributeValues(page, 'rect', 'class').filter((c) => c === 'bar-aligned')).toHaveLength(aligned);
    expect(attributeValues(page, 'rect', 'class').filter((c) => c === 'bar-scheduled')).toHaveLength(manifest.sessions.length);
    expect(startTags(page, 'text').length).toBeGreaterThan(manifest.sessions.length);
  });

  it('has a search form with a labelled search field and the event as a hidden field', () => {
    const forms = startTags(page, 'form');
    expect(forms).toHaveLength(1);
    expect(forms[0]!.attributes).toEqual(expect.arrayContaining([{ name: 'role', value: 'search' }, { name: 'action', value: '../../search.html' }, { name: 'method', value: 'get' }]));
    const inputs = startTags(page, 'input').map((t) => Object.fromEntries(t.attributes.map((a) => [a.name, a.value])));
    const q = inputs.find((i) => i.name === 'q')!;
    expect(q.type).toBe('search');
    expect(attributeValues(page, 'label', 'for')).toContain(q.id);
    expect(inputs).toContainEqual({ type: 'hidden', name: 'event', value: EVENT });
  });
});

/** The store key a relative href of the page at `from` leads to, and its fragment. */
function resolveHref(from: string, href: string): { key: string; anchor: string | undefined } {
  const [pathPart, anchor] = href.split('#') as [string, string | undefined];
  if (pathPart === '') return { key: from, anchor };
  const parts = from.split('/').slice(0, -1);
  for (const segment of pathPart.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(decodeURIComponent(segment));
  }
  return { key: parts.join('/'), anchor };
}

describe('speaker pages of the fixture event', () => {
  const idsOf = (html: string): Set<string> => new Set(scanPage(html).tags.flatMap((t) => t.attributes.filter((a) => a.name === 'id').map((a) => a.value)));

  it('every relative link of every page leads to a page that exists, and to an id of it', async () => {
    const byKey = new Map<string, string>([[eventPageKey(EVENT), eventHtml]]);
    for (const [id, html] of pages) byKey.set(transcriptPageKey(EVENT, id), html);
    for (const [slug, html] of speakerPages) byKey.set(speakerPageKey(EVENT, slug), html);
    let checked = 0;
    for (const [from, html] of byKey) {
      for (const href of attributeValues(scanPage(html), 'a', 'href')) {
        if (/^https?:/.test(href) || href.startsWith('/')) continue;
        const { key, anchor } = resolveHref(from, href);
        expect({ from, href, exists: await store.exists(key) }).toEqual({ from, href, exists: true });
        if (anchor !== undefined && byKey.has(key)) expect({ from, href, found: idsOf(byKey.get(key)!).has(anchor) }).toEqual({ from, href, found: true });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it("the moderator's page (captioned BILAL JAMOUSI): his name as h1, his role, each paragraph timed, linked to the recording and to its place in the session", () => {
    const bilel = speakers.get('bilel-jamoussi')!;
    expect(bilel.person?.name).toBe('Bilel Jamoussi');
    const html = speakerPages.get('bilel-jamoussi')!;
    const page = scanPage(html);
    expect(startTags(page, 'h1')).toHaveLength(1);
    expect(html).toContain('<h1>Bilel Jamoussi</h1>');
    expect(page.text).toContain('moderator, Chief of Study Groups, TSB, ITU');
    expect(page.text).toContain('22 paragraphs in 1 session');
    const hrefs = attributeValues(page, 'a', 'href');
    const t = transcripts.get('session-2')!;
    for (const p of bilel.sessions[0]!.paragraphs) {
      expect(hrefs).toContain(`${t.url}#t=${Math.floor(p.startMs / 1000)}`);
      expect(hrefs).toContain(`../sessions/session-2/transcript.html#p-${p.paragraph}`);
      expect(t.paragraphs[p.paragraph]!.speaker).toBe('Bilel Jamoussi');
      expect(page.text).toContain(p.text);
    }
    expect(startTags(page, 'time').length).toBeGreaterThanOrEqual(22);
  });

  it('a page per session the speaker spoke in, in agenda order, under the session title', () => {
    const mariela = speakerPages.get('mariela-vantongeren')!;
    const headings = [...mariela.matchAll(/<h2 id="session-([a-z0-9-]+)-heading">/g)].map((m) => m[1]);
    expect(headings).toEqual(['opening', 'session-1', 'session-2', 'session-3']);
    for (const id of headings) expect(scanPage(mariela).text).toContain(transcripts.get(id!)!.title);
  });

  it('the event page lists every speaker, linking to their page, with how much they said; the navigation leads there', () => {
    const page = scanPage(eventHtml);
    expect(attributeValues(page, 'section', 'id')).toContain('speakers');
    expect(attributeValues(page, 'a', 'href')).toContain('#speakers');
    const links = attributeValues(page, 'a', 'href').filter((h) => h.startsWith('speakers/'));
    // in order of first word: the opening's host first
    expect(links[0]).toBe('speakers/mariela-vantongeren.html');
    expect(links).toEqual(speakerSlugs([...transcripts.values()]).map((s) => `speakers/${s.slug}.html`));
    expect([...links].sort()).toEqual([...speakers.keys()].map((slug) => `speakers/${slug}.html`).sort());
    expect(page.text).toContain('Bilel Jamoussi (moderator, Chief of Study Groups, TSB, ITU; 22 paragraphs in 1 session)');
    // her sound check before the forum opens is pre-roll, in no session
    expect(page.text).toContain('Mariela Vantongeren (host, Programme Coordinator, TSB, ITU; 11 paragraphs in 4 sessions)');
  });
});
