import type { AgendaRecording, AgendaSession } from '../model/agenda';
import type { Alignment } from '../model/alignment';
import { cueSpan } from '../model/cue-span';
import type { InputWarning } from '../model/input-warning';
import { clock } from '../model/timecode';
import type { Track } from '../model/track';

/**
 * A recording far shorter or longer than the part of the agenda placed on it: captions of another
 * meeting, a recording cut short, or a file holding several days. The caption span (first cue's
 * start to last cue's end) is compared with the scheduled span of the recording's sessions.
 */

const MINUTE = 60_000;

/** Captions shorter than this share of the scheduled span are "far shorter": half the agenda lost. */
export const SHORT_SPAN_RATIO = 0.5;
/** Captions longer than this multiple of the scheduled span are "far longer" than their agenda. */
export const LONG_SPAN_RATIO = 2;
/**
 * The difference must also exceed this: a recording started 20 minutes early for a 10-minute slot
 * is common (sound checks, waiting rooms) and is no sign of the wrong file.
 */
export const MIN_SPAN_DIFFERENCE_MS = 30 * MINUTE;

export interface RecordingSpanInput {
  recording: AgendaRecording;
  /** the caption file as the manifest names it */
  file: string;
  track: Track;
  sessions: readonly AgendaSession[];
  /** the whole event's recordings, to know whether `recording` is the only one */
  recordingCount: number;
  alignment: Alignment;
  /** whether the manifest lists this recording's sessions itself */
  listsSessions: boolean;
}

/**
 * The sessions placed on a recording: those the manifest lists for it, or the whole agenda when it
 * is the event's only recording; otherwise those the alignment put in it.
 */
function placedSessions(input: RecordingSpanInput): AgendaSession[] {
  if (input.listsSessions || input.recordingCount === 1) return input.sessions.filter((s) => input.recording.sessionIds.includes(s.id));
  const placed = new Set(input.alignment.sessions.filter((s) => s.recording === input.recording.id).map((s) => s.id));
  return input.sessions.filter((s) => placed.has(s.id));
}

function captionSpan(track: Track): number {
  const span = cueSpan(track.cues);
  return span && span.endMs > span.startMs ? span.endMs - span.startMs : 0;
}

/**
 * The scheduled span of the sessions: from the earliest scheduled time to the latest. `complete`
 * when the latest time is a session's end; an agenda of start times only ("13:30 Opening, 13:40
 * Panel") leaves the last session's length unknown, so its span is only a lower bound.
 */
function scheduledSpan(sessions: readonly AgendaSession[]): { ms: number; count: number; complete: boolean } | undefined {
  let first = Infinity;
  let last = -Infinity;
  let lastIsEnd = false;
  let count = 0;
  for (const s of sessions) {
    if (s.startEpochMs === undefined && s.endEpochMs === undefined) continue;
    count++;
    first = Math.min(first, s.startEpochMs ?? s.endEpochMs!);
    const latest = s.endEpochMs ?? s.startEpochMs!;
    if (latest > last || (latest === last && s.endEpochMs !== undefined)) {
      last = latest;
      lastIsEnd = s.endEpochMs !== undefined;
    }
  }
  return count > 0 && last > first ? { ms: last - first, count, complete: lastIsEnd } : undefined;
}

/**
 * One warning when the recording's captions are far shorter or far longer than its sessions'
 * schedule. "Far longer" needs a complete span: against a lower bound it would be a false alarm.
 */
export function checkRecordingSpan(input: RecordingSpanInput): InputWarning[] {
  const scheduled = scheduledSpan(placedSessions(input));
  if (!scheduled) return [];
  const span = captionSpan(input.track);
  if (Math.abs(span - scheduled.ms) <= MIN_SPAN_DIFFERENCE_MS) return [];
  const ratio = span / scheduled.ms;
  const what = scheduled.complete ? '' : ' at least, by their start times';
  const sessions = `${scheduled.count} scheduled session${scheduled.count === 1 ? '' : 's'} (${clock(scheduled.ms)}${what})`;
  const percent = Math.round(ratio * 100);
  if (ratio < SHORT_SPAN_RATIO) {
    return [{ code: 'recording-shorter-than-agenda', file: input.file, message: `the captions of recording ${input.recording.id} span ${clock(span)}, ${percent}% of its ${sessions}; less than ${SHORT_SPAN_RATIO * 100}% suggests a recording cut short or the wrong file`, value: percent }];
  }
  if (ratio > LONG_SPAN_RATIO && scheduled.complete) {
    return [{ code: 'recording-longer-than-agenda', file: input.file, message: `the captions of recording ${input.recording.id} span ${clock(span)}, ${percent}% of its ${sessions}; more than ${LONG_SPAN_RATIO * 100}% suggests another meeting's captions or several days in one file`, value: percent }];
  }
  return [];
}
