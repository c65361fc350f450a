import { ManifestError } from '../../../src/model/errors';
import { eventPageKey, speakerPageKey, sessionFolderPageKey, transcriptKey, transcriptPageKey } from '../../../src/model/event-layout';
import { parseManifest } from '../../../src/model/manifest-parse';
import { SpeakerTranscript } from '../../../src/model/speaker-transcript';
import { Transcript } from '../../../src/model/transcript';
import { escapeHtml } from '../../../src/publish/html/escape';
import { sessionRows } from '../../../src/publish/html/session-rows';
import { renderTranscriptPage } from '../../../src/publish/html/transcript-page';
import { getJson } from '../../../src/stages/json-blob';
import { renderPagesStage } from '../../../src/stages/render-pages-stage';
import { newStore, processEvent, removeStores } from '../../stages/event-fixture';
import { HOSTILE_EVENT_ID, HOSTILE_URL, hostileEvent, hostileManifestJson, PAYLOADS } from './hostile-event';
import { activeContent, attributeValues, scanPage, startTags } from './page-checks';

const event = hostileEvent();
const pages = new Map<string, string>();
const transcripts = new Map<string, Transcript>();
const speakers: SpeakerTranscript[] = [];

beforeAll(async () => {
  const store = newStore();
  await processEvent(store, event);
  const { outputKeys } = await renderPagesStage(store, { eventId: HOSTILE_EVENT_ID });
  // The pages, not the catalogue entry the stage writes beside them.
  for (const key of outputKeys.filter((k) => k.endsWith('.html'))) pages.set(key, (await store.get(key)).toString('utf8'));
  for (const s of event.manifest.sessions) {
    if (await store.exists(transcriptKey(HOSTILE_EVENT_ID, s.id))) transcripts.set(s.id, await getJson(store, transcriptKey(HOSTILE_EVENT_ID, s.id), Transcript));
  }
  for (const key of await store.list(`events/${HOSTILE_EVENT_ID}/speakers/`)) {
    if (key.endsWith('.json')) speakers.push(await getJson(store, key, SpeakerTranscript));
  }
});
afterAll(removeStores);

/** Every transcript's speakers and sentences: the caption text the pages must show. */
function captionTexts(): string[] {
  return [...transcripts.values()].flatMap((t) => [...t.speakers.map((s) => s.name), ...t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))]);
}

describe('pages of a hostile event', () => {
  it('are written for the event and each of its sessions, which the hostile captions reach', () => {
    expect([...pages.keys()].slice(0, 3)).toEqual([eventPageKey(HOSTILE_EVENT_ID), transcriptPageKey(HOSTILE_EVENT_ID, 'opening'), transcriptPageKey(HOSTILE_EVENT_ID, 'talk')]);
    expect([...pages.keys()].slice(3).filter((k) => !k.endsWith('/index.html')).sort()).toEqual(speakers.map((s) => speakerPageKey(HOSTILE_EVENT_ID, s.slug)).sort());
    expect([...pages.keys()].filter((k) => k.includes('/sessions/') && k.endsWith('/index.html')).sort()).toEqual(['opening', 'talk'].map((id) => sessionFolderPageKey(HOSTILE_EVENT_ID, id)));
    expect(speakers).toHaveLength(3);
    const texts = captionTexts().join('\n');
    // the caption parser decoded the entities: these are now plain text holding markup
    expect(texts).toContain('<script>alert(2)</script>');
    expect(texts).toContain('"><svg onload=alert(5)>');
    expect(texts).toContain('</title></style><script>alert(7)</script>');
    expect(texts).toContain('&#x;');
    expect(texts).toContain(`Mallory ${PAYLOADS.img}`);
    // voice names are decoded as the text is: this speaker is named with a script element
    expect(texts).toContain('Eve <script>alert(6)</script>');
  });

  it('hold no script, no event handler attribute and no javascript: link', () => {
    for (const [key, html] of pages) {
      const page = scanPage(html);
      expect({ key, active: activeContent(page) }).toEqual({ key, active: [] });
      // The site's own script file only (session pages), never inline code.
      expect(html.replace('<script type="module" src="../../interactive-transcript.js"></script>', '')).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<svg[^>]*onload/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    }
  });

  it('are well-formed: balanced tags, no bare < or & in text or attributes', () => {
    for (const [key, html] of pages) expect({ key, problems: scanPage(html).problems }).toEqual({ key, problems: [] });
  });

  it('close <title> and <style> once each: a breakout in the text stays text', () => {
    for (const html of pages.values()) {
      expect(html.match(/<\/title>/gi)).toHaveLength(1 + (html.match(/<title id=/g)?.length ?? 0));
      expect(html.match(/<\/style>/gi)).toHaveLength(1);
      expect(html.match(/<style>/gi)).toHaveLength(1);
      expect(html.indexOf('</style>')).toBeLessThan(html.indexOf('</head>'));
    }
    const eventPage = pages.get(eventPageKey(HOSTILE_EVENT_ID))!;
    expect(eventPage).toContain(`<title>${escapeHtml(event.manifest.title)}</title>`);
  });

  it('show every caption text and manifest field as text, escaped', () => {
    const all = [...pages.values()];
    const shown = all.map((html) => scanPage(html).text).join('\n');
    for (const text of captionTexts()) expect(shown).toContain(text);
    for (const s of event.manifest.sessions) {
      expect(shown).toContain(s.title);
      expect(shown).toContain(s.description!);
      for (const p of s.people ?? []) expect(shown).toContain(p.name);
    }
    const raw = all.join('\n');
    expect(raw).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(raw).toContain('Eve &lt;script&gt;alert(6)&lt;/script&gt;');
    expect(raw).toContain('Broken entities &amp;#x; and &amp;amp and &amp;#; and &amp;bogus; stay text.');
    expect(raw).toContain('javascript:alert(4)');
  });

  it('give a speaker named with markup a page that shows the name as text, under a slug of [a-z0-9-] only', () => {
    const names = speakers.map((s) => s.name).sort();
    expect(names).toEqual(['Eve', 'Eve <script>alert(6)</script>', `Mallory ${PAYLOADS.img}`]);
    for (const s of speakers) {
      expect(s.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const html = pages.get(speakerPageKey(HOSTILE_EVENT_ID, s.slug))!;
      const page = scanPage(html);
      expect(page.problems).toEqual([]);
      expect(activeContent(page)).toEqual([]);
      expect(startTags(page, 'h1')).toHaveLength(1);
      expect(html).toContain(`<h1>${escapeHtml(s.name)}</h1>`);
      expect(html).toContain(`<title>${escapeHtml(`${s.name} \u2013 ${event.manifest.title}`)}</title>`);
      for (const session of s.sessions) expect(page.text).toContain(session.title);
    }
    const mallory = speakers.find((s) => s.name.startsWith('Mallory'))!;
    expect(mallory.slug).toBe('mallory-img-src-x-onerror-alert-1');
    expect(scanPage(pages.get(speakerPageKey(HOSTILE_EVENT_ID, mallory.slug))!).text).toContain(PAYLOADS.breakout);
    // the transcript pages and the event page link to the speaker pages by slug, the name staying text
    const eventPage = pages.get(eventPageKey(HOSTILE_EVENT_ID))!;
    expect(eventPage).toContain(`<a href="speakers/${mallory.slug}.html">${escapeHtml(mallory.name)}</a>`);
    expect(pages.get(transcriptPageKey(HOSTILE_EVENT_ID, 'opening'))).toContain(`<h3 class="speaker"><a href="../../speakers/${mallory.slug}.html">${escapeHtml(mallory.name)}</a></h3>`);
  });

  it('keep an http(s) recording url that tries to leave its attribute inside the attribute', () => {
    const page = scanPage(pages.get(transcriptPageKey(HOSTILE_EVENT_ID, 'opening'))!);
    const links = attributeValues(page, 'a', 'href').filter((h) => h.startsWith('https:'));
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.startsWith(`${HOSTILE_URL}`)).toBe(true);
  });
});

describe('urls and languages the manifest refuses', () => {
  it('refuses a javascript: or data: recording url, so none reaches a page from a manifest', () => {
    for (const url of [PAYLOADS.js, 'data:text/html,<script>alert(1)</script>', ' javascript:alert(1)']) {
      expect(() => parseManifest(hostileManifestJson({ url }), 'event.json')).toThrow(ManifestError);
      expect(() => parseManifest(hostileManifestJson({ url }), 'event.json')).toThrow(/is not an http\(s\) URL/);
    }
  });

  it('refuses a language that is not a BCP 47 tag (it becomes <html lang>)', () => {
    expect(() => parseManifest(hostileManifestJson({ language: 'en"><script>alert(1)</script>' }), 'event.json')).toThrow(ManifestError);
  });

  it('links no javascript: url that reaches a transcript some other way: the time links stay on the page', () => {
    const transcript = { ...transcripts.get('opening')!, url: 'javascript:alert(1)' };
    const rows = sessionRows(event.manifest, undefined, new Set(['opening']));
    const html = renderTranscriptPage({ manifest: event.manifest, transcript, row: rows[0]!, segmentStarts: [] });
    const page = scanPage(html);
    expect(activeContent(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    const hrefs = attributeValues(page, 'a', 'href');
    const timeLinks = page.tags.filter((t) => t.name === 'a' && t.attributes.some((a) => a.name === 'class' && a.value === 'ts')).map((t) => t.attributes.find((a) => a.name === 'href')?.value);
    expect(timeLinks.filter((h) => h !== undefined && /^#p-\d+$/.test(h))).toHaveLength(transcript.paragraphs.length);
    expect(hrefs.every((h) => !/javascript/i.test(h))).toBe(true);
  });
});
