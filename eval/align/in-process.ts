import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { alignEvent, type AlignInput } from '../../src/align/align-event';
import type { AlignParams } from '../../src/align/params';
import { ingestCaptions } from '../../src/formats/ingest';
import { toAgenda } from '../../src/model/manifest-agenda';
import { parseManifest } from '../../src/model/manifest-parse';
import { scheduleSessions, uniformSessions } from './baselines';
import { manifestPath, type EvalSet, type Gold, type Track } from './corpus';
import type { EvalManifest } from './manifest';
import { scoreAlignment, type AlignScores } from './metrics';
import { vttCueSpan } from './vtt-times';

/**
 * One evaluation set and track made ready for the aligner in this process: the manifest parsed
 * and the captions ingested once, so that many parameter settings can be scored quickly (the
 * cross-validation). The figures are those of `recap process` as long as the align stage calls
 * alignEvent with the manifest's agenda and the ingested tracks, which it does.
 */
export interface PreparedRun {
  set: string;
  corpus: string;
  track: Track;
  gold: Gold;
  input: AlignInput;
  /** the baselines' scores, which do not depend on the parameters */
  uniform: AlignScores;
  schedule: AlignScores | null;
}

export function prepareRun(set: EvalSet, track: Track): PreparedRun {
  const file = manifestPath(set, track);
  const text = readFileSync(file, 'utf8');
  const manifest = parseManifest(text, file);
  const agenda = toAgenda(manifest);
  const recordings = agenda.recordings.map((r) => {
    const spec = manifest.recordings.find((m) => m.id === r.id)!;
    const captionsFile = join(dirname(file), spec.captions);
    return { ...r, track: ingestCaptions(readFileSync(captionsFile), { fileName: captionsFile }) };
  });
  const loose = JSON.parse(text) as EvalManifest;
  const span = vttCueSpan(readFileSync(join(set.dir, loose.recordings[0]!.captions), 'utf8'));
  const uniform = span ? uniformSessions(loose.sessions.map((s) => s.id), span.startMs, span.endMs) : null;
  return {
    set: set.id,
    corpus: set.corpus,
    track,
    gold: set.gold,
    input: { eventId: manifest.id, sessions: agenda.sessions, recordings },
    uniform: scoreAlignment(set.gold, uniform),
    schedule: track === 'scheduled' ? scoreAlignment(set.gold, scheduleSessions(loose)) : null,
  };
}

export function scoreRun(run: PreparedRun, params: AlignParams): AlignScores {
  return scoreAlignment(run.gold, alignEvent(run.input, params).sessions);
}
