import { z } from 'zod';
import { ingestCaptions } from '../formats/ingest';
import { writeSrt } from '../formats/srt/write';
import { writeWebVtt } from '../formats/webvtt/write';
import { Alignment } from '../model/alignment';
import { alignmentKey, eventPrefix, manifestKey, qualityKey, RECORDING_PLAYER_FILES, recordingPlayerKey, sessionCaptionsPath, trackKey, warningsKey, type RecordingPlayerFile } from '../model/event-layout';
import { InputWarningsFile } from '../model/input-warning';
import { ResolvedManifest } from '../model/manifest-resolved';
import { Track, type Cue } from '../model/track';
import { CaptionCase, captionProfile, ProfileName, type CaptionProfile } from '../publish/caption-profiles';
import { checkCaptionQuality, type CaptionQualityReport } from '../publish/caption-quality';
import { QualityFile } from '../publish/quality-file';
import { writeChaptersVtt, youTubeChapters, type ChapterSpan } from '../publish/chapters';
import { REFLOW_GENERATOR, reflowCues } from '../publish/reflow';
import { sessionCues } from '../publish/session-cues';
import type { AgendaSession, Person } from '../model/agenda';
import { toAgenda } from '../model/manifest-agenda';
import { sentenceCaseCues } from '../split/caption-case';
import { resolveSpeaker } from '../split/speaker-names';
import { eventPeople } from '../split/split-event';
import type { Language } from '../text/language/language';
import { languageOf } from '../text/language/registry';
import { buildVocabulary, manifestProse, type Vocabulary } from '../split/vocabulary';
import type { BlobStore } from '../store/blob-store';
import { JobId } from './job-fields';
import { getJson, putJson } from './json-blob';
import { plural, type StageResult } from './stage-result';

export const PublishCaptionsJob = z.strictObject({
  eventId: JobId,
  /** the caption profile of CAPTION-RULES.md the files are re-flowed to */
  profile: ProfileName.default('default'),
  /** the case of the published captions when not the profile's own (textCase) */
  captionCase: CaptionCase.optional(),
});
export type PublishCaptionsJob = z.infer<typeof PublishCaptionsJob>;

const CAPTION_FORMATS = [
  { ext: 'vtt', write: writeWebVtt },
  { ext: 'srt', write: writeSrt },
] as const;

/**
 * A session's cues as published: speaker labels resolved to the manifest's people and spelled as
 * it spells them (captioners misspell names: resolveSpeaker), then in sentence case where the
 * profile asks for it (with the event's names and proper nouns).
 */
function publishedCues(cues: readonly Cue[], sessionPeople: AgendaSession['people'], people: readonly Person[], vocabulary: Vocabulary | null, lang: Language): Cue[] {
  const names = new Map<string, string>();
  const nameOf = (label: string): string => {
    let name = names.get(label);
    if (name === undefined) names.set(label, (name = resolveSpeaker(label, sessionPeople, people, lang).name));
    return name;
  };
  const named = cues.map((cue) => (cue.speaker === null ? cue : { ...cue, speaker: nameOf(cue.speaker) }));
  return vocabulary ? sentenceCaseCues(named, vocabulary) : named;
}

/** The stretches of a recording outside these spans: before the first, between them, after the last (to the end of time). */
function outsideSpans(spans: readonly ChapterSpan[]): Array<{ startMs: number; endMs: number }> {
  const gaps: Array<{ startMs: number; endMs: number }> = [];
  let from = 0;
  for (const span of [...spans].sort((a, b) => a.startMs - b.startMs)) {
    if (span.startMs > from) gaps.push({ startMs: from, endMs: span.startMs });
    from = Math.max(from, span.endMs);
  }
  gaps.push({ startMs: from, endMs: Number.MAX_SAFE_INTEGER });
  return gaps;
}

/** The quality of a written file as a reader sees it: its bytes read back, then checked. */
function writtenQuality(text: string, name: string, cues: Cue[], profile: CaptionProfile, lang: Language): CaptionQualityReport {
  if (cues.length === 0) return checkCaptionQuality([], profile, lang);
  return checkCaptionQuality(ingestCaptions(Buffer.from(text), { fileName: name }).cues, profile, lang);
}

/**
 * Captions stage: manifest.json, alignment.json and every track.json -> each aligned session's
 * captions.vtt and captions.srt (its cues re-flowed to the profile and re-timed so 00:00:00 is the
 * session's start) and the event's quality.json. Missing sessions get no captions. Per recording
 * with an aligned session, the player's files on the recording's clock (event-layout.ts's
 * recordingPlayerPath): the same published cues back at their recording times with the rest of
 * the recording's words (published alike), the chapters track, and the YouTube chapter list when
 * YouTube would take it. A file of these an earlier run wrote and this one does not is deleted.
 */
export async function publishCaptionsStage(store: BlobStore, job: PublishCaptionsJob): Promise<StageResult> {
  const manifest = await getJson(store, manifestKey(job.eventId), ResolvedManifest);
  const alignment = await getJson(store, alignmentKey(job.eventId), Alignment);
  const profile = captionProfile(job.profile);
  const sentenceCase = (job.captionCase ?? profile.textCase.case) === 'sentence';
  const agenda = toAgenda(manifest);
  const people = eventPeople(agenda.sessions);
  const prose = manifestProse(manifest.title, agenda.sessions);
  const tracks = new Map<string, Track>();
  const input: Record<string, CaptionQualityReport> = {};
  const languageTag = (recordingId: string): string => manifest.recordings.find((r) => r.id === recordingId)?.language ?? manifest.language;
  const recordingLanguage = (recordingId: string): Language => languageOf(languageTag(recordingId));
  // The language the writers set direction and xml:lang by: the recording's as the manifest gives it (an override), else
  // the file's declaration, else the event's. A file's "Language: en" is often a tool's default.
  const writtenLanguage = (recordingId: string, track: Track): string =>
    manifest.recordings.find((r) => r.id === recordingId)?.language ?? track.language ?? manifest.language;
  for (const recording of manifest.recordings) {
    const track = await getJson(store, trackKey(job.eventId, recording.id), Track);
    tracks.set(recording.id, track);
    input[recording.id] = checkCaptionQuality(track.cues, profile, recordingLanguage(recording.id));
  }
  const outputs: Record<string, CaptionQualityReport> = {};
  const keys: string[] = [];
  let cueCount = 0;
  let sessions = 0;
  const vocabularies = new Map<string, Vocabulary>();
  /** The recording's vocabulary for sentence case, made once; null when the captions keep their case. */
  const vocabularyOf = (recordingId: string, track: Track): Vocabulary | null => {
    if (!sentenceCase) return null;
    let vocabulary = vocabularies.get(recordingId);
    if (!vocabulary) vocabularies.set(recordingId, (vocabulary = buildVocabulary({ people, prose, captions: track.cues.map((c) => c.text), lang: recordingLanguage(recordingId) })));
    return vocabulary;
  };
  // Per recording: its sessions' published cues back on the recording's clock, and their spans.
  const onRecording = new Map<string, { cues: Cue[]; chapters: ChapterSpan[] }>();
  for (const session of agenda.sessions) {
    const placed = alignment.sessions.find((s) => s.id === session.id);
    if (!placed || placed.status !== 'aligned' || placed.recording === null || placed.startMs === null || placed.endMs === null) continue;
    const track = tracks.get(placed.recording);
    if (!track) continue;
    const vocabulary = vocabularyOf(placed.recording, track);
    const lang = recordingLanguage(placed.recording);
    const { cues } = reflowCues(publishedCues(sessionCues(track.cues, placed.startMs, placed.endMs), session.people, people, vocabulary, lang), profile, lang);
    const out: Track = { generator: REFLOW_GENERATOR, format: 'webvtt', language: writtenLanguage(placed.recording, track), cues, diagnostics: [] };
    for (const format of CAPTION_FORMATS) {
      const path = sessionCaptionsPath(session.id, format.ext);
      const text = format.write(out, { labelsInText: true });
      await store.put(`${eventPrefix(job.eventId)}${path}`, text);
      keys.push(`${eventPrefix(job.eventId)}${path}`);
      outputs[path] = writtenQuality(text, path, cues, profile, lang);
    }
    cueCount += cues.length;
    sessions++;
    const player = onRecording.get(placed.recording) ?? { cues: [], chapters: [] };
    const startMs = placed.startMs;
    player.cues.push(...cues.map((c) => ({ ...c, startMs: c.startMs + startMs, endMs: c.endMs + startMs })));
    player.chapters.push({ title: session.title, startMs, endMs: placed.endMs });
    onRecording.set(placed.recording, player);
  }
  const noChapterList: string[] = [];
  for (const [recordingId, player] of onRecording) {
    const track = tracks.get(recordingId)!;
    // What is said outside the aligned sessions (before the first, between, after the last) is
    // published too, as the sessions' captions are: the recording's track covers all of it.
    for (const gap of outsideSpans(player.chapters)) {
      const lang = recordingLanguage(recordingId);
      const { cues } = reflowCues(publishedCues(sessionCues(track.cues, gap.startMs, gap.endMs), [], people, vocabularyOf(recordingId, track), lang), profile, lang);
      player.cues.push(...cues.map((c) => ({ ...c, startMs: c.startMs + gap.startMs, endMs: c.endMs + gap.startMs })));
    }
    const cues = [...player.cues].sort((a, b) => a.startMs - b.startMs).map((c, i) => ({ ...c, id: String(i + 1) }));
    const timed: Track = { generator: REFLOW_GENERATOR, format: 'webvtt', language: writtenLanguage(recordingId, track), cues, diagnostics: [] };
    const youTube = youTubeChapters(player.chapters, track.cues.reduce((end, c) => Math.max(end, c.endMs), 0));
    const files: Array<[RecordingPlayerFile, string | null]> = [
      ['captions.vtt', writeWebVtt(timed, { labelsInText: true })],
      ['chapters.vtt', writeChaptersVtt(player.chapters)],
      ['chapters.youtube.txt', youTube.list],
    ];
    for (const [file, text] of files) {
      if (text === null) continue;
      const key = recordingPlayerKey(job.eventId, recordingId, file);
      await store.put(key, text);
      keys.push(key);
    }
    if (youTube.list === null) noChapterList.push(`${recordingId}: ${youTube.reason}`);
  }
  // A file an earlier run wrote and this one does not (a session no longer aligned, a recording
  // with none left, a chapter list YouTube would no longer take) is deleted: the pages offer what exists.
  const written = new Set(keys);
  const mayWrite = [
    ...agenda.sessions.flatMap((s) => CAPTION_FORMATS.map((f) => `${eventPrefix(job.eventId)}${sessionCaptionsPath(s.id, f.ext)}`)),
    ...manifest.recordings.flatMap((r) => RECORDING_PLAYER_FILES.map((file) => recordingPlayerKey(job.eventId, r.id, file))),
  ];
  await store.delete(mayWrite.filter((k) => !written.has(k)));
  const key = qualityKey(job.eventId);
  // Absent in a store whose align stage predates the warnings: quality.json then has none.
  const warnings = (await store.exists(warningsKey(job.eventId))) ? (await getJson(store, warningsKey(job.eventId), InputWarningsFile)).recordings : undefined;
  await putJson(store, key, QualityFile, { generator: REFLOW_GENERATOR, profile: job.profile, input, outputs, ...(warnings ? { warnings } : {}) });
  keys.push(key);
  const outside = Object.entries(outputs).filter(([path]) => path.endsWith('.vtt')).reduce((n, [, r]) => n + r.cuesOutside, 0);
  return {
    outputKeys: keys,
    summary: `captions (${job.profile}): ${plural(sessions, 'session')}, ${plural(cueCount, 'cue')}, ${plural(outside, 'cue')} outside a limit; chapters of ${plural(onRecording.size, 'recording')}${noChapterList.length > 0 ? ` (no YouTube chapter list for ${noChapterList.join('; ')})` : ''}`,
    counts: { captionSessions: sessions, captionCues: cueCount },
  };
}
