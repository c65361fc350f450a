import { manifestKey, sessionSummaryKey, eventSummaryKey, transcriptKey } from '../../src/model/event-layout';
import { ResolvedManifest } from '../../src/model/manifest-resolved';
import { SummaryFile } from '../../src/model/summary';
import { Transcript } from '../../src/model/transcript';
import { getJson, putJson } from '../../src/stages/json-blob';
import { summarizeEventStage } from '../../src/stages/summarize-event-stage';
import { languageOf } from '../../src/text/language/registry';
import { FRENCH_SESSION } from '../summarize/sessions/fr';
import { CHINESE_SESSION } from '../summarize/sessions/zh';
import type { LanguageSession } from '../summarize/sessions/types';
import { newStore, removeStores } from './event-fixture';

/**
 * An English event whose two rooms speak French and Chinese (each recording's own `language`):
 * each session is summarised in its recording's language.
 */
const EVENT = 'two-rooms';

const manifest: ResolvedManifest = ResolvedManifest.parse({
  id: EVENT,
  title: 'Two rooms',
  language: 'en',
  sessions: [
    { id: 'eau', title: 'Réseau d’eau potable' },
    { id: 'logement', title: '老旧小区改造' },
  ],
  recordings: [
    { id: 'salle-a', captions: 'a.vtt', sessions: ['eau'], language: 'fr' },
    { id: 'room-b', captions: 'b.vtt', sessions: ['logement'], language: 'zh' },
  ],
});

function transcriptOf(sessionId: string, recording: string, session: LanguageSession): Transcript {
  const sentences = session.sentences.map((text, i) => ({ text, startMs: i * 5000, endMs: i * 5000 + 4000, relStartMs: i * 5000, relEndMs: i * 5000 + 4000 }));
  const end = sentences.at(-1)!.endMs;
  return {
    generator: 'test',
    eventId: EVENT,
    sessionId,
    title: sessionId,
    recording,
    startMs: 0,
    endMs: end,
    speakers: [],
    paragraphs: [{ speaker: null, turn: 0, startMs: 0, endMs: end, relStartMs: 0, relEndMs: end, sentences }],
    sounds: [],
  };
}

afterAll(removeStores);

test('each session is summarised in its recording’s language, the event in all of them', async () => {
  const store = newStore();
  await putJson(store, manifestKey(EVENT), ResolvedManifest, manifest);
  await putJson(store, transcriptKey(EVENT, 'eau'), Transcript, transcriptOf('eau', 'salle-a', FRENCH_SESSION));
  await putJson(store, transcriptKey(EVENT, 'logement'), Transcript, transcriptOf('logement', 'room-b', CHINESE_SESSION));
  await summarizeEventStage(store, { eventId: EVENT });

  const french = await getJson(store, sessionSummaryKey(EVENT, 'eau'), SummaryFile);
  const fr = languageOf('fr');
  expect(french.keyphrases).toContain('eau potable');
  for (const p of french.keyphrases) for (const w of fr.words(p)) expect([w, fr.isStopWord(fr.fold(w))]).toEqual([w, false]);
  for (const s of french.sentences) expect(FRENCH_SESSION.procedure).not.toContain(s.text);

  const chinese = await getJson(store, sessionSummaryKey(EVENT, 'logement'), SummaryFile);
  expect(chinese.keyphrases.some((p) => p.includes('老旧小区'))).toBe(true);
  for (const s of chinese.sentences) expect(CHINESE_SESSION.procedure).not.toContain(s.text);
  // words of Chinese counted by the segmenter: many sentences fit in the default budget
  expect(chinese.sentences.length).toBeGreaterThan(2);

  const event = await getJson(store, eventSummaryKey(EVENT), SummaryFile);
  expect(event.sessions?.map((s) => s.omitted ?? 'in')).toEqual(['in', 'in']);
});
