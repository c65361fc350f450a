import type { Diagnostic, Region } from '../../model/track';
import type { SourceCue } from '../../model/source-cue';
import { pushAll } from '../../model/arrays';
import type { ReadOptions, ReadResult } from '../types';
import { hasWebVttSignature, readWebVttFile } from './read-file';
import { findSegments, looksLikeUnsignedWebVtt, placeSegments, type SegmentPart } from './segments';

/**
 * Reads WebVTT text (already decoded, "\n" line endings). One file is read as the specification
 * says. Unless the read is strict, a file of several HLS segments (each with its "WEBVTT" header
 * and timestamp map, as a live stream's captions are saved) is read segment by segment and put on
 * one time line, and cues that lost their "WEBVTT" line are read as WebVTT all the same.
 */
export function readWebVtt(text: string, options: ReadOptions = {}): ReadResult {
  const signed = hasWebVttSignature(text);
  // The strict reading is the specification's, of one file: a later header is a block it skips.
  if (options.strict || (signed && text.indexOf('\nWEBVTT', 6) === -1)) return readWebVttFile(text, options);
  // A near miss ("WebVTT") or text that is not WebVTT at all: the one-file reader says which.
  if (!signed && (/^\s*webvtt/i.test(text) || looksLikeUnsignedWebVtt(text) === null)) return readWebVttFile(text, options);
  const lines = text.split('\n');
  const diagnostics: Diagnostic[] = [];
  const parts = findSegments(lines, diagnostics);
  return parts ? readParts(lines, parts, diagnostics, options) : readWebVttFile(text, options);
}

/** One part read as a file of its own, its lines and diagnostics numbered as in the whole file. */
function readPart(lines: string[], part: SegmentPart, options: ReadOptions): ReadResult {
  const body = lines.slice(part.first, part.end).join('\n');
  // A part without its "WEBVTT" line is given one (over its header, when it kept one; else with
  // a blank line after it), which its numbering skips.
  const prefix = part.signed ? '' : lines[part.first]!.startsWith('X-TIMESTAMP-MAP=') ? 'WEBVTT\n' : 'WEBVTT\n\n';
  const added = prefix.split('\n').length - 1;
  const result = readWebVttFile(prefix + body, options);
  const shift = part.first - added;
  for (const cue of result.cues) cue.line += shift;
  for (const d of result.diagnostics) if (d.line > added) d.line += shift;
  return result;
}

function shifted(cue: SourceCue, byMs: number): SourceCue {
  if (byMs === 0) return cue;
  const spans = cue.spans.map((s) => (s.atMs === undefined ? s : { ...s, atMs: s.atMs + byMs }));
  return { ...cue, startMs: cue.startMs + byMs, endMs: cue.endMs + byMs, spans };
}

function readParts(lines: string[], parts: SegmentPart[], diagnostics: Diagnostic[], options: ReadOptions): ReadResult {
  const results = parts.map((part) => readPart(lines, part, options));
  const lengths = results.map((r) => r.cues.reduce((m, c) => Math.max(m, c.endMs), 0));
  const offsets = placeSegments(parts, lengths, diagnostics);
  const cues: SourceCue[] = [];
  const regions: Region[] = [];
  let language: string | undefined;
  // A cue that spans the end of a segment is written again in the next one (RFC 8216 3.5): once is enough.
  let previousKeys = new Set<string>();
  let repeated = 0;
  results.forEach((result, k) => {
    const keys = new Set<string>();
    for (const cue of result.cues) {
      const moved = shifted(cue, offsets[k]!);
      const key = `${moved.startMs}|${moved.endMs}|${moved.raw ?? ''}`;
      keys.add(key);
      if (previousKeys.has(key)) repeated++;
      else cues.push(moved);
    }
    previousKeys = keys;
    pushAll(diagnostics, result.diagnostics);
    if (result.regions) pushAll(regions, result.regions);
    language ??= result.language;
  });
  let inOrder = true;
  for (let i = 1; i < cues.length && inOrder; i++) inOrder = cues[i - 1]!.startMs <= cues[i]!.startMs;
  if (!inOrder) {
    cues.sort((a, b) => a.startMs - b.startMs || a.line - b.line);
    diagnostics.push({ severity: 'warning', line: 0, message: 'the segments\' times go back and forth: cues put in time order' });
  }
  const signed = parts.filter((p) => p.signed).length;
  const mapped = parts.filter((p) => p.map).length;
  const what = signed === 0
    ? 'no "WEBVTT" line at the top: read as WebVTT'
    : `${parts.length} WebVTT segments in one file (${mapped} with a timestamp map): each read on its own and put on one time line from the first segment's start`;
  diagnostics.push({ severity: signed === 0 ? 'warning' : 'info', line: 1, message: repeated > 0 ? `${what}; ${repeated} cues repeated from the segment before dropped` : what });
  const result: ReadResult = { cues, diagnostics };
  if (regions.length > 0) result.regions = regions;
  if (language) result.language = language;
  return result;
}
