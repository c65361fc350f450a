import type { Diagnostic } from '../../model/track';
import { preview } from '../blocks';
import { parseClockTime } from '../timecode';
import { UnreadableCaptions, type ReadResult } from '../types';
import type { SourceCue, TextSpan } from '../../model/source-cue';
import { eventFormatOf, splitEventFields, STANDARD_EVENT_FORMAT, type EventFormat } from './event-format';
import { assPlainText } from './text';

/** [Events] lines that are not cues: commented-out dialogue and media/command events. */
const NON_CUE_EVENTS = new Set(['comment', 'picture', 'sound', 'movie', 'command']);

/** Sections holding embedded (uuencoded) files: their lines are data, not script. */
const DATA_SECTIONS = new Set(['fonts', 'graphics']);

interface ScanState {
  section: string | null;
  /** 1-based line of the [Events] header, 0 until seen */
  eventsLine: number;
  format: EventFormat | null;
  warnedNoFormat: boolean;
  dialogues: number;
  cues: SourceCue[];
  diagnostics: Diagnostic[];
}

/** An ASS/SSA time "H:MM:SS.cc" (centiseconds; some writers give ms) as integer ms, or null. */
function parseAssTime(field: string | undefined): number | null {
  const ms = field === undefined ? null : parseClockTime(field);
  return ms !== null && Number.isSafeInteger(ms) ? ms : null;
}

function readFormatLine(state: ScanState, value: string, line: number): void {
  const format = eventFormatOf(value.split(','));
  if (!format) {
    state.diagnostics.push({ severity: 'warning', line, message: `Format line lacks a Start, End or Text column; the standard column order is assumed: ${preview(value)}` });
    state.format = STANDARD_EVENT_FORMAT;
    return;
  }
  if (format.text !== format.columns.length - 1) {
    state.diagnostics.push({ severity: 'warning', line, message: 'Text is not the last column of the Format line; dialogue text that holds commas will be cut' });
  }
  state.format = format;
}

function formatFor(state: ScanState, line: number): EventFormat {
  if (state.format) return state.format;
  if (!state.warnedNoFormat) {
    state.diagnostics.push({ severity: 'warning', line, message: 'Dialogue before any Format line in [Events]; the standard column order is assumed' });
    state.warnedNoFormat = true;
  }
  return STANDARD_EVENT_FORMAT;
}

/**
 * An event time as ASS and SSA define it, "H:MM:SS.cc" (centiseconds). recap reads other
 * fractions too (".766" as 766 ms), but other tools may not, or may read them otherwise.
 */
const USUAL_TIME = /^\d+:\d\d:\d\d\.\d\d$/;

/** Reads one Dialogue line: its fields under the Format line, times in ms, text without override tags. */
function readDialogue(state: ScanState, value: string, line: number): void {
  state.dialogues++;
  const format = formatFor(state, line);
  const fields = splitEventFields(value, format.columns.length);
  if (fields.length < format.columns.length) {
    state.diagnostics.push({ severity: 'error', line, message: `dialogue not read: ${fields.length} fields where the Format line names ${format.columns.length}: ${preview(value)}` });
    return;
  }
  const startMs = parseAssTime(fields[format.start]);
  const endMs = parseAssTime(fields[format.end]);
  if (startMs === null || endMs === null) {
    const bad = startMs === null ? fields[format.start] : fields[format.end];
    state.diagnostics.push({ severity: 'error', line, message: `dialogue not read: malformed time ${preview(bad ?? '')}` });
    return;
  }
  if (!USUAL_TIME.test(fields[format.start]!.trim()) || !USUAL_TIME.test(fields[format.end]!.trim())) {
    state.diagnostics.push({ severity: 'warning', line, message: `dialogue read despite unusual timing (ASS and SSA write H:MM:SS.cc) ${preview(`${fields[format.start]} ${fields[format.end]}`)}` });
  }
  const text = assPlainText(fields[format.text] ?? '');
  if (text.trim() === '') {
    state.diagnostics.push({ severity: 'info', line, message: 'dialogue has no text (empty, or only override tags): not a cue' });
    return;
  }
  const span: TextSpan = { text };
  const voice = format.name === -1 ? '' : (fields[format.name] ?? '').trim();
  if (voice) span.voice = voice;
  state.cues.push({ id: '', startMs, endMs, spans: [span], line });
}

function readLine(state: ScanState, raw: string, line: number): void {
  // Some writers indent every line (subsrt's own samples do); leading space means nothing in a script.
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith(';') || trimmed.startsWith('!:')) return;
  const header = /^\[([^\]]+)\]$/.exec(trimmed);
  if (header) {
    state.section = header[1]!.trim().toLowerCase();
    if (state.section === 'events' && state.eventsLine === 0) state.eventsLine = line;
    return;
  }
  if (state.section !== null && DATA_SECTIONS.has(state.section)) return;
  const colon = trimmed.indexOf(':');
  const key = colon > 0 ? trimmed.slice(0, colon).trim().toLowerCase() : '';
  const value = trimmed.slice(colon + 1).trimStart();
  if (key === 'dialogue') {
    if (state.section !== 'events') {
      state.diagnostics.push({ severity: 'warning', line, message: 'Dialogue line outside the [Events] section; read anyway' });
    }
    readDialogue(state, value, line);
    return;
  }
  if (state.section !== 'events') return;
  if (key === 'format') readFormatLine(state, value, line);
  else if (!NON_CUE_EVENTS.has(key)) state.diagnostics.push({ severity: 'warning', line, message: `line not understood in [Events], ignored: ${preview(trimmed)}` });
}

/**
 * Reads Advanced SubStation Alpha (v4+) and SubStation Alpha (v4) scripts. Every Dialogue line
 * is counted; each one that cannot be read is reported with its line. The Name (or Actor)
 * column becomes the span's voice.
 */
export function readAss(text: string): ReadResult {
  const state: ScanState = { section: null, eventsLine: 0, format: null, warnedNoFormat: false, dialogues: 0, cues: [], diagnostics: [] };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) readLine(state, lines[i]!, i + 1);
  if (state.dialogues === 0) {
    const where = state.eventsLine > 0 ? state.eventsLine : 1;
    throw new UnreadableCaptions(`no Dialogue line${state.eventsLine > 0 ? ' in [Events]' : ''}: this ASS/SSA script holds no captions`, where);
  }
  return { cues: state.cues, diagnostics: state.diagnostics };
}
