import { WebVTTParser, type WebVTTCue, type WebVTTNode } from 'webvtt-parser';
import { HTML_ENTITIES } from '../../text/entities';
import type { CueSettings, Diagnostic } from '../../model/track';
import { UnreadableCaptions, type ReadResult, type SourceCue, type TextSpan } from '../types';
import { readRegions } from './regions';
import { secondsToMs } from '../timecode';

// The parser's default table lacks most entities and turns "&amp;" into "&;": give it the full one.
const parser = new WebVTTParser(HTML_ENTITIES as Record<string, string>);

/** A valid WebVTT signature: "WEBVTT" alone or followed by a space or tab (spec 6.1 step 4-6). */
const SIGNATURE = /^WEBVTT(?:[ \t\n]|$)/;

export function hasWebVttSignature(text: string): boolean {
  return SIGNATURE.test(text.slice(0, 7));
}

function collectSpans(node: WebVTTNode, voice: string | undefined, out: TextSpan[], pendingAt: { ms?: number }): void {
  for (const child of node.children ?? []) {
    if (child.type === 'text') {
      const span: TextSpan = { text: String(child.value ?? '') };
      if (voice !== undefined) span.voice = voice;
      if (pendingAt.ms !== undefined) {
        span.atMs = pendingAt.ms;
        pendingAt.ms = undefined;
      }
      out.push(span);
    } else if (child.type === 'timestamp') {
      pendingAt.ms = secondsToMs(Number(child.value));
    } else {
      const childVoice = child.name === 'v' && typeof child.value === 'string' ? child.value.trim() : voice;
      collectSpans(child, childVoice, out, pendingAt);
    }
  }
}

function settingsOf(cue: WebVTTCue, region: string | undefined): CueSettings | undefined {
  const s: CueSettings = {};
  if (cue.direction !== 'horizontal') s.vertical = cue.direction as 'rl' | 'lr';
  if (cue.linePosition !== 'auto') s.line = cue.linePosition;
  if (cue.lineAlign !== 'start') s.lineAlign = cue.lineAlign as CueSettings['lineAlign'];
  if (cue.textPosition !== 'auto') s.position = cue.textPosition;
  if (cue.positionAlign !== 'auto') s.positionAlign = cue.positionAlign as CueSettings['positionAlign'];
  if (cue.size !== 100) s.size = cue.size;
  if (cue.alignment !== 'center') s.align = cue.alignment as CueSettings['align'];
  if (!cue.snapToLines) s.snapToLines = false;
  if (region !== undefined) s.region = region;
  return Object.keys(s).length > 0 ? s : undefined;
}

const TIMESTAMP = /^\s*((?:\d+:)?\d{2}:\d{2}\.\d{3})\s*-->\s*((?:\d+:)?\d{2}:\d{2}\.\d{3})/;

function timestampToMs(ts: string): number {
  const parts = ts.split(':').map(Number);
  const seconds = parts.length === 3 ? parts[0]! * 3600 + parts[1]! * 60 + parts[2]! : parts[0]! * 60 + parts[1]!;
  return secondsToMs(seconds);
}

/**
 * Maps "start|end" to the 1-based timing lines with those times, in source order. The parser
 * sorts cues stably by time, so taking these in order gives each parsed cue its source line.
 */
function timingLinesByTimes(lines: string[]): Map<string, number[]> {
  const byTimes = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const m = TIMESTAMP.exec(lines[i]!);
    if (!m) continue;
    const key = `${timestampToMs(m[1]!)}|${timestampToMs(m[2]!)}`;
    const list = byTimes.get(key);
    if (list) list.push(i + 1);
    else byTimes.set(key, [i + 1]);
  }
  return byTimes;
}

/** Reads WebVTT text (already decoded, "\n" line endings). */
export function readWebVtt(text: string): ReadResult {
  if (!hasWebVttSignature(text)) {
    throw new UnreadableCaptions('not a WebVTT file: the first line must be "WEBVTT", alone or followed by a space or tab', 1);
  }
  const diagnostics: Diagnostic[] = [];
  const lines = text.split('\n');
  const regionInfo = readRegions(lines);
  const { cues, errors } = parser.parse(text);
  for (const e of errors) {
    if (regionInfo.ownedLines.has(e.line)) continue;
    if (e.message === 'Invalid setting.' && /(^|[ \t])region:/.test(lines[e.line - 1] ?? '')) continue;
    const d: Diagnostic = { severity: 'warning', line: e.line, message: e.message };
    if (e.col !== undefined) d.column = e.col;
    diagnostics.push(d);
  }
  diagnostics.push(...regionInfo.diagnostics);
  const lineByTimes = timingLinesByTimes(lines);
  const out: SourceCue[] = cues.map((cue, index) => {
    const spans: TextSpan[] = [];
    collectSpans(cue.tree, undefined, spans, {});
    const startMs = secondsToMs(cue.startTime);
    const endMs = secondsToMs(cue.endTime);
    const line = lineByTimes.get(`${startMs}|${endMs}`)?.shift() ?? 0;
    const region = line > 0 ? regionInfo.regionOfTimingLine(lines[line - 1]!) : undefined;
    const source: SourceCue = {
      id: cue.id,
      startMs,
      endMs,
      spans,
      raw: cue.text,
      line: line || index + 1,
    };
    const settings = settingsOf(cue, region);
    if (settings) source.settings = settings;
    return source;
  });
  reportUnreadCues(lines, out, diagnostics);
  const result: ReadResult = { cues: out, diagnostics };
  if (regionInfo.regions.length > 0) result.regions = regionInfo.regions;
  return result;
}

/** Every timing line that did not become a cue is reported as an error: nothing is lost silently. */
function reportUnreadCues(lines: string[], cues: SourceCue[], diagnostics: Diagnostic[]): void {
  const read = new Set(cues.map((c) => c.line));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('-->') || read.has(i + 1)) continue;
    if (lines.slice(Math.max(0, i - 1), i).some((l) => /^NOTE($|[ \t])/.test(l))) continue;
    diagnostics.push({ severity: 'error', line: i + 1, message: `cue not read: malformed timing line "${line.slice(0, 80)}"` });
  }
}
