import type { Diagnostic } from '../../model/track';
import { preview } from '../blocks';
import { UnreadableCaptions, type ReadResult } from '../types';
import type { SourceCue, TextSpan } from '../../model/source-cue';
import { looksLikeTime, parseLrcTime } from './time-tag';
import { lyricSpans } from './words';

/**
 * How long the last lyrics line lasts (ms). LRC gives only start times: a line lasts until the
 * next one starts, and nothing ends the last one; 3 s is a usual time to read one line.
 */
const LAST_LINE_MS = 3000;

/** A bracketed tag at the start of what is left of a line. */
const LEADING_TAG = /^\[([^\]]*)\]/;

/** An ID tag: "[ar:Artist]", "[offset:+250]", "[#: comment]". */
const ID_TAG = /^([A-Za-z#][\w#-]*)\s*:([\s\S]*)$/;

/** One time of one lyrics line (a line with several times is sung several times). */
interface Entry {
  ms: number;
  spans: TextSpan[];
  line: number;
}

interface LrcScan {
  entries: Entry[];
  offsetMs: number;
  offsetLine: number;
  timeTags: number;
  diagnostics: Diagnostic[];
}

function readIdTag(scan: LrcScan, key: string, value: string, line: number): void {
  if (key.toLowerCase() !== 'offset') return;
  if (!/^\s*[+-]?\d{1,9}\s*$/.test(value)) {
    scan.diagnostics.push({ severity: 'warning', line, message: `offset tag is not a whole number of milliseconds, ignored: ${preview(value)}` });
    return;
  }
  scan.offsetMs = parseInt(value, 10);
  scan.offsetLine = line;
}

function readLine(scan: LrcScan, raw: string, line: number): void {
  let rest = raw.trim();
  if (rest === '') return;
  const times: number[] = [];
  let malformed = false;
  for (let m = LEADING_TAG.exec(rest); m; m = LEADING_TAG.exec(rest)) {
    const inner = m[1]!;
    const ms = parseLrcTime(inner);
    if (ms !== null) times.push(ms);
    else if (looksLikeTime(inner)) {
      scan.diagnostics.push({ severity: 'error', line, message: `malformed time tag, not read: ${preview(m[0])}` });
      malformed = true;
    } else {
      if (times.length === 0 && !malformed) {
        const id = ID_TAG.exec(inner);
        if (id) {
          readIdTag(scan, id[1]!, id[2]!, line);
          return;
        }
      }
      break; // "[Chorus]" and the like are lyrics text
    }
    rest = rest.slice(m[0].length);
  }
  scan.timeTags += times.length;
  if (times.length === 0) {
    if (!malformed) scan.diagnostics.push({ severity: 'warning', line, message: `text without a time tag, not read: ${preview(rest)}` });
    return;
  }
  const spans = lyricSpans(rest);
  // Word times are written for the line's first time; a repeat of the line moves them along.
  for (const ms of times) scan.entries.push({ ms, spans: moveWordTimes(spans, ms - times[0]!), line });
}

function moveWordTimes(spans: TextSpan[], byMs: number): TextSpan[] {
  return byMs === 0 ? spans : spans.map((s) => (s.atMs === undefined ? s : { ...s, atMs: s.atMs + byMs }));
}

function shift(entry: Entry, offsetMs: number): Entry {
  // Without an offset only a negative word time (a repeat earlier than the line's first time) moves.
  if (offsetMs === 0 && entry.ms >= 0 && entry.spans.every((s) => s.atMs === undefined || s.atMs >= 0)) return entry;
  // A positive offset makes the lyrics come sooner (LRC convention).
  const at = (ms: number) => Math.max(0, ms - offsetMs);
  return {
    ms: at(entry.ms),
    spans: entry.spans.map((s) => (s.atMs === undefined ? s : { ...s, atMs: at(s.atMs) })),
    line: entry.line,
  };
}

/**
 * Reads LRC lyrics itself: subsrt-ts keeps only the first time of a line with several
 * ("[00:12.00][01:30.00]Chorus") and leaves the others in the text. Each time tag of a line
 * makes a cue, sorted by time; a cue ends where the next one starts; a line with no text
 * after its time only ends the one before. ID tags ("[ar:...]") are not cues; [offset:] is applied.
 */
export function readLrc(text: string): ReadResult {
  const scan: LrcScan = { entries: [], offsetMs: 0, offsetLine: 0, timeTags: 0, diagnostics: [] };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) readLine(scan, lines[i]!, i + 1);
  if (scan.timeTags === 0) {
    const firstError = scan.diagnostics.find((d) => d.severity === 'error');
    throw new UnreadableCaptions('no [mm:ss.xx] time tag: this LRC file holds no timed lyrics', firstError?.line ?? 1);
  }
  if (scan.offsetMs !== 0) {
    scan.diagnostics.push({ severity: 'info', line: scan.offsetLine, message: `offset tag applied: every time moved by ${-scan.offsetMs} ms` });
  }
  const entries = scan.entries.map((e) => shift(e, scan.offsetMs)).sort((a, b) => a.ms - b.ms);
  // The end of each entry: the next later start (entries sharing a time end together).
  const ends: Array<number | null> = new Array<number | null>(entries.length).fill(null);
  for (let i = entries.length - 2; i >= 0; i--) {
    ends[i] = entries[i + 1]!.ms > entries[i]!.ms ? entries[i + 1]!.ms : ends[i + 1]!;
  }
  const cues: SourceCue[] = [];
  let openEnded = 0;
  entries.forEach((entry, i) => {
    if (entry.spans.every((s) => s.text.trim() === '')) return;
    const end = ends[i] ?? null;
    if (end === null) openEnded = entry.line;
    cues.push({ id: '', startMs: entry.ms, endMs: end ?? entry.ms + LAST_LINE_MS, spans: entry.spans, line: entry.line });
  });
  if (openEnded > 0) {
    scan.diagnostics.push({ severity: 'info', line: openEnded, message: `the last line has no end time: it is given ${LAST_LINE_MS / 1000} s` });
  }
  return { cues, diagnostics: scan.diagnostics };
}
