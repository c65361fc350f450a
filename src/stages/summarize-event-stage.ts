import { z } from 'zod';
import { eventSummaryKey, manifestKey, sessionSummaryKey, transcriptKey } from '../model/event-layout';
import { ResolvedManifest } from '../model/manifest-resolved';
import { SummaryFile } from '../model/summary';
import { Transcript } from '../model/transcript';
import { summarizeEvent } from '../summarize/event-summary';
import { summarize } from '../summarize/summarize';
import type { Summary } from '../summarize/types';
import type { SummarySentence } from '../summarize/types';
import type { BlobStore } from '../store/blob-store';
import { JobId } from './job-fields';
import { getJson, putJson } from './json-blob';
import { plural, type StageResult } from './stage-result';
import { defaultSummaryWords } from '../summarize/summary-length';
import { wordsSaid } from '../text/words';
import type { Language } from '../text/language/language';
import { languageOf } from '../text/language/registry';

/** Default budgets when the command gives none: an event summary, and each session's. */
export const DEFAULT_SUMMARY_WORDS = { event: 250, session: 120 };

export const SummarizeEventJob = z.strictObject({
  eventId: JobId,
  /** cap of the event summary in words (whole sentences) */
  summaryWords: z.number().int().positive().optional(),
});
export type SummarizeEventJob = z.infer<typeof SummarizeEventJob>;

function sentencesOf(t: Transcript): SummarySentence[] {
  return t.paragraphs.flatMap((p) => p.sentences.map((s) => ({ text: s.text, recording: t.recording, startMs: s.startMs, sessionId: t.sessionId, speaker: p.speaker })));
}

function topicOf(manifest: ResolvedManifest, sessionId: string): string | undefined {
  const s = manifest.sessions.find((x) => x.id === sessionId);
  return s ? [s.title, s.description ?? ''].join(' ') : undefined;
}

/**
 * Summaries stage: reads each session's transcript.json (from the split stage) and writes the
 * event's summary.json and each session's. Sessions without a transcript (missing ones) are
 * skipped; with no transcript at all it writes nothing and says so.
 */
export async function summarizeEventStage(store: BlobStore, job: SummarizeEventJob): Promise<StageResult> {
  const manifest = await getJson(store, manifestKey(job.eventId), ResolvedManifest);
  const transcripts: Transcript[] = [];
  for (const s of manifest.sessions) {
    const key = transcriptKey(job.eventId, s.id);
    if (await store.exists(key)) transcripts.push(await getJson(store, key, Transcript));
  }
  if (transcripts.length === 0) {
    return { outputKeys: [], summary: `summaries: no transcripts for ${job.eventId}, nothing summarised`, counts: { summaries: 0 } };
  }
  const outputKeys: string[] = [];
  const write = async (key: string, summary: Summary, maxWords: number) => {
    const { generator, words, sentences, keyphrases, sessions } = summary;
    await putJson(store, key, SummaryFile, { generator, words, maxWords, sentences, keyphrases, ...(sessions ? { sessions } : {}) });
    outputKeys.push(key);
  };
  // a session is in the language of its recording (the recording's own, else the event's)
  const languageOfTranscript = (t: Transcript): Language => languageOf(manifest.recordings.find((r) => r.id === t.recording)?.language ?? manifest.language);
  const said = (ts: readonly Transcript[]): number => ts.reduce((n, t) => n + sentencesOf(t).reduce((m, s) => m + wordsSaid(s.text, languageOfTranscript(t)), 0), 0);
  const eventMaxWords = job.summaryWords ?? defaultSummaryWords(said(transcripts), DEFAULT_SUMMARY_WORDS.event);
  const event = summarizeEvent(
    transcripts.map((t) => ({ id: t.sessionId, topic: topicOf(manifest, t.sessionId), language: languageOfTranscript(t), sentences: sentencesOf(t) })),
    { maxWords: eventMaxWords, language: languageOf(manifest.language) },
  );
  await write(eventSummaryKey(job.eventId), event, eventMaxWords);
  for (const t of transcripts) {
    const maxWords = Math.min(DEFAULT_SUMMARY_WORDS.session, job.summaryWords ?? defaultSummaryWords(said([t]), DEFAULT_SUMMARY_WORDS.session));
    const language = languageOfTranscript(t);
    await write(sessionSummaryKey(job.eventId, t.sessionId), summarize(sentencesOf(t), { maxWords, topic: topicOf(manifest, t.sessionId), language }), maxWords);
  }
  const left = (event.sessions ?? []).filter((s) => s.omitted);
  const leftNote = left.length > 0 ? `; not in the event summary: ${left.map((s) => `${s.id} (${s.omitted === 'cap' ? 'no room under the cap' : 'nothing long enough to summarise'})`).join(', ')}` : '';
  return {
    outputKeys,
    summary: `summaries: event (${plural(event.words, 'word')}) and ${plural(transcripts.length, 'session')}${leftNote}`,
    counts: { summaries: outputKeys.length },
  };
}
