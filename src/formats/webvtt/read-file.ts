import { WebVTTParser, type WebVTTCue, type WebVTTNode } from 'webvtt-parser';
import { decodeEntities, HTML_ENTITIES } from '../../text/entities';
import type { CueSettings, Diagnostic } from '../../model/track';
import { UnreadableCaptions, type ReadOptions, type ReadResult } from '../types';
import type { SourceCue, TextSpan } from '../../model/source-cue';
import { readRegions } from './regions';
import { parseArrowTiming, secondsToMs } from '../timecode';
import { findCueLines } from './timing-lines';
import { pushAll } from '../../model/arrays';
import { GUID_CUE_ID } from './segments';
import { fitInlineTimes } from './inline-times';

/**
 * The parser's default table lacks most entities and turns "&amp;" into "&;", so it gets the full
 * table. Its own numeric-reference code only knows decimal digits after "&#x" ("&#x266B;" stays
 * as written), so hexadecimal references are answered by the table lookup it falls back to.
 */
const entityTable = new Proxy(HTML_ENTITIES as Record<string, string>, {
  get(target, key) {
    if (typeof key === 'string' && /^&#[xX][0-9a-fA-F]+;$/.test(key)) return decodeEntities(key);
    return target[key as string];
  },
});
const parser = new WebVTTParser(entityTable);

/** A valid WebVTT signature: "WEBVTT" alone or followed by a space or tab (spec 6.1 step 4-6). */
const SIGNATURE = /^WEBVTT(?:[ \t\n]|$)/;

/** A region setting on a timing line, which webvtt-parser does not know and reports as invalid. */
const REGION_SETTING = /(^|[ \t])region:/;

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
      // The parser leaves character references in an annotation as written ("<v Far&#237;as>");
      // a voice is a name, decoded as the text is (the spec's annotation state decodes them too).
      const annotation = child.name === 'v' && typeof child.value === 'string' ? decodeEntities(child.value).trim() : '';
      const childVoice = annotation !== '' ? annotation : voice;
      // An empty voice span still names who speaks next ("<v Narrator></v>" before the words).
      if (annotation !== '' && (child.children ?? []).length === 0) out.push({ text: '', voice: annotation });
      collectSpans(child, childVoice, out, pendingAt);
    }
  }
}

/**
 * The spans of a parsed cue. Text with no "<" and no "&" is one text node holding the whole cue
 * text (none when it is empty): cue.text is that string, joined from a few lines, whereas the
 * node's copy was built one character at a time and would cost every later reader a flattening.
 */
function cueSpans(cue: WebVTTCue): TextSpan[] {
  const text = cue.text;
  if (text.indexOf('<') === -1 && text.indexOf('&') === -1) return text === '' ? [] : [{ text }];
  const spans: TextSpan[] = [];
  collectSpans(cue.tree, undefined, spans, {});
  return spans;
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

/**
 * "Key: value" lines right after the signature (YouTube writes "Kind:" and "Language:") are
 * metadata headers of the older drafts, not mistakes; "Language" gives the track's language.
 * So is HLS's "X-TIMESTAMP-MAP=" line, which segments.ts reads.
 */
function readHeaderMetadata(lines: string[]): { lines: Set<number>; language?: string } {
  const owned = new Set<number>();
  let language: string | undefined;
  for (let i = 1; i < lines.length && lines[i] !== ''; i++) {
    // An HLS segment's timestamp map (RFC 8216 section 3.5) belongs to the header too.
    if (lines[i]!.startsWith('X-TIMESTAMP-MAP=')) {
      owned.add(i + 1);
      continue;
    }
    const m = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(lines[i]!);
    if (!m || lines[i]!.includes('-->')) break;
    owned.add(i + 1);
    if (m[1]!.toLowerCase() === 'language' && m[2]) language = m[2].trim();
  }
  return language ? { lines: owned, language } : { lines: owned };
}

/**
 * Reads one WebVTT file (already decoded, "\n" line endings), as the specification's parser does
 * and, unless the read is strict, recovering what it would drop (see handleUnreadCues).
 */
export function readWebVttFile(text: string, options: ReadOptions = {}): ReadResult {
  const diagnostics: Diagnostic[] = [];
  if (!hasWebVttSignature(text)) {
    const nearMiss = /^\s*webvtt/i.test(text);
    if (options.strict || !nearMiss) {
      throw new UnreadableCaptions('not a WebVTT file: the first line must be "WEBVTT", alone or followed by a space or tab', 1);
    }
    // "WebVTT", "webvtt:" and the like: clearly meant as WebVTT, so read it and say so.
    diagnostics.push({ severity: 'warning', line: 1, message: `the first line should be "WEBVTT", not "${text.split('\n')[0]!.slice(0, 40)}"; read anyway` });
    text = `WEBVTT${text.slice(text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))}`;
  }
  const lines = text.split('\n');
  const regionInfo = readRegions(lines);
  const { cues, errors } = parser.parse(text);
  const header = readHeaderMetadata(lines);
  // One answer per line: the parser reports every invalid setting of a line, and a long line of
  // settings read again for each would take time growing with the square of its length.
  const regionLines = new Map<number, boolean>();
  const namesRegion = (line: number): boolean => {
    let known = regionLines.get(line);
    if (known === undefined) regionLines.set(line, (known = REGION_SETTING.test(lines[line - 1] ?? '')));
    return known;
  };
  for (const e of errors) {
    if (regionInfo.ownedLines.has(e.line)) continue;
    if (header.lines.has(e.line) && e.message === 'No blank line after the signature.') continue;
    if (e.message === 'Invalid setting.' && namesRegion(e.line)) continue;
    // The parser calls every "&" that starts no character reference an escape error, but the
    // specification reads it as the character itself ("Q&A", "R & D"): nothing is lost or changed.
    if (e.message === 'Incorrect escape.') continue;
    const d: Diagnostic = { severity: 'warning', line: e.line, message: e.message };
    if (e.col !== undefined) d.column = e.col;
    diagnostics.push(d);
  }
  pushAll(diagnostics, regionInfo.diagnostics);
  const times = cues.map((cue) => ({ startMs: secondsToMs(cue.startTime), endMs: secondsToMs(cue.endTime) }));
  const { cueLines, arrowLines } = findCueLines(lines, times);
  // Without a REGION block no cue can be in a region: the timing lines need not be read again.
  const hasRegions = regionInfo.regions.length > 0;
  const out: SourceCue[] = cues.map((cue, index) => {
    const spans = cueSpans(cue);
    const line = cueLines[index]!;
    const region = hasRegions && line > 0 ? regionInfo.regionOfTimingLine(lines[line - 1]!) : undefined;
    const source: SourceCue = {
      id: cue.id,
      startMs: times[index]!.startMs,
      endMs: times[index]!.endMs,
      spans,
      raw: cue.text,
      line: line || index + 1,
    };
    const settings = settingsOf(cue, region);
    if (settings) source.settings = settings;
    return source;
  });
  if (!options.strict) {
    takeGluedIdentifiers(out);
    fitInlineTimes(out, diagnostics);
  }
  const recovered = handleUnreadCues(lines, arrowLines, out, diagnostics, options.strict ?? false);
  const cuesOut = recovered.length > 0 ? [...out, ...recovered].sort((a, b) => a.startMs - b.startMs || a.line - b.line) : out;
  const result: ReadResult = { cues: cuesOut, diagnostics };
  if (regionInfo.regions.length > 0) result.regions = regionInfo.regions;
  if (header.language) result.language = header.language;
  return result;
}

/** The spans of a cue payload, through the same parser (so markup and entities are handled alike). */
function payloadSpans(payload: string): TextSpan[] {
  const [cue] = parser.parse(`WEBVTT\n\n00:00.000 --> 00:01.000\n${payload}`).cues;
  const spans: TextSpan[] = [];
  if (cue) collectSpans(cue.tree, undefined, spans, {});
  return spans;
}

/**
 * Every timing line that did not become a cue is reported: nothing is lost silently. Unless the
 * read is strict, a cue whose times can still be read ("00:01:39 --> 00:01:41.04", or a cue
 * glued to a NOTE) is recovered, with a warning.
 */
function handleUnreadCues(lines: string[], arrowLines: number[], cues: SourceCue[], diagnostics: Diagnostic[], strict: boolean): SourceCue[] {
  const recovered: SourceCue[] = [];
  // Every cue was read from its own timing line, one per "-->" line: nothing is left.
  if (arrowLines.length === cues.length && cues.every((c, k) => c.line === arrowLines[k])) return recovered;
  const read = new Set(cues.map((c) => c.line));
  for (const lineNumber of arrowLines) {
    const i = lineNumber - 1;
    const line = lines[i]!;
    if (read.has(i + 1)) continue;
    const timing = strict ? null : parseArrowTiming(line);
    if (!timing) {
      diagnostics.push({ severity: 'error', line: i + 1, message: `cue not read: malformed timing line "${line.slice(0, 80)}"` });
      continue;
    }
    const payload: string[] = [];
    for (let k = i + 1; k < lines.length && lines[k] !== '' && !lines[k]!.includes('-->'); k++) payload.push(lines[k]!);
    const id = i > 0 && lines[i - 1] !== '' && !lines[i - 1]!.startsWith('NOTE') ? lines[i - 1]! : '';
    diagnostics.push({ severity: 'warning', line: i + 1, message: `cue read despite a timing line that is not valid WebVTT: "${line.slice(0, 80)}"` });
    recovered.push({ id, ...timing, spans: payloadSpans(payload.join('\n')), raw: payload.join('\n'), line: i + 1 });
  }
  return recovered;
}

/** A line that can only be a cue identifier: Teams' "<guid>/12-0", or digits after other text. */
function isIdentifierLine(line: string, onlyLine: boolean): boolean {
  return GUID_CUE_ID.test(line.trim()) || (!onlyLine && /^\d+$/.test(line.trim()));
}

/**
 * Without the blank line between two cues, the specification's parser takes the second cue's
 * identifier for the last line of the first cue's text ("...welcome.\n<guid>/12-1"). Such a line,
 * right before the next cue's timing line, is given back to that cue as its identifier.
 */
function takeGluedIdentifiers(cues: SourceCue[]): void {
  const byLine = new Map<number, SourceCue>();
  for (const cue of cues) byLine.set(cue.line, cue);
  for (const cue of cues) {
    const raw = cue.raw ?? '';
    const payloadLines = raw.split('\n');
    const next = byLine.get(cue.line + payloadLines.length + 1);
    if (!next || next.id !== '' || !isIdentifierLine(payloadLines[payloadLines.length - 1]!, payloadLines.length === 1)) continue;
    next.id = payloadLines.pop()!.trim();
    cue.raw = payloadLines.join('\n');
    cue.spans = payloadSpans(cue.raw);
  }
}
