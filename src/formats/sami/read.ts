import type { Diagnostic } from '../../model/track';
import { stripHtmlMarkup } from '../../text/markup';
import { preview } from '../blocks';
import { UnreadableCaptions, type ReadResult } from '../types';
import type { SourceCue } from '../../model/source-cue';
import { scanSyncs, type SamiParagraph, type SamiSync } from './scan';
import { classLanguages } from './styles';

/**
 * How long the last cue lasts when no later SYNC ends it (ms). SAMI files normally close each
 * caption with an `&nbsp;` SYNC; without one there is no end time, and 3 s is a usual reading time.
 */
const LAST_CUE_MS = 3000;

interface TimedSync {
  sync: SamiSync;
  startMs: number;
}

/**
 * A paragraph's plain text: source line breaks are only white space in HTML, `<br>` is a break.
 * The scan has dropped every other tag; character references are decoded here, after the
 * tags are gone, so "&lt;LAUGHS&gt;" stays as text.
 */
function paragraphText(html: string): string {
  return trimLines(stripHtmlMarkup(html.replace(/\s+/g, ' ').replace(/<br>/g, '\n')));
}

/** White space at the start of the text or next to a line break: some line would be trimmed. */
const UNTRIMMED_LINE = /^\s|\s\n|\n\s/;
const WHITE = /\s/;

/** Each line trimmed (usually none needs it; the end is tested apart, a regex there scans it all). */
function trimLines(text: string): string {
  if (!UNTRIMMED_LINE.test(text) && !WHITE.test(text.charAt(text.length - 1))) return text;
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** `&nbsp;` (U+00A0) and white space only: a "clear screen" SYNC, not a caption. */
function isBlank(text: string): boolean {
  // Looks for one visible character instead of building the text without white space.
  return !/[^\s\u00a0]/.test(text);
}

function readStarts(syncs: SamiSync[], diagnostics: Diagnostic[]): TimedSync[] {
  const timed: TimedSync[] = [];
  for (const sync of syncs) {
    if (sync.startRaw === null) {
      diagnostics.push({ severity: 'error', line: sync.line, message: 'SYNC without a Start attribute, not read' });
      continue;
    }
    const startMs = /^\s*\d+(?:\.\d*)?\s*$/.test(sync.startRaw) ? Math.round(parseFloat(sync.startRaw)) : NaN;
    if (!Number.isSafeInteger(startMs)) {
      diagnostics.push({ severity: 'error', line: sync.line, message: `SYNC not read: Start is not a time in milliseconds: ${preview(sync.startRaw)}` });
      continue;
    }
    const previous = timed[timed.length - 1];
    if (previous && startMs < previous.startMs) {
      diagnostics.push({ severity: 'warning', line: sync.line, message: `SYNC starts (${startMs} ms) before the one above it (${previous.startMs} ms)` });
    }
    timed.push({ sync, startMs });
  }
  return timed;
}

/** Language classes in order of first use: lowercased name -> the first paragraph using it. */
function classesInUse(timed: TimedSync[]): Map<string, SamiParagraph> {
  const classes = new Map<string, SamiParagraph>();
  for (const { sync } of timed) {
    for (const p of sync.paragraphs) {
      if (p.className !== null && !classes.has(p.className.toLowerCase())) classes.set(p.className.toLowerCase(), p);
    }
  }
  return classes;
}

function describeClass(p: SamiParagraph, languages: Map<string, string>): string {
  const lang = languages.get(p.className!.toLowerCase()) ?? p.lang;
  return `"${p.className}"${lang ? ` (${lang})` : ''}`;
}

/** The end of the cue at `index`: the Start of the next SYNC that starts later, blank or not. */
function endOf(timed: TimedSync[], index: number): number | null {
  const startMs = timed[index]!.startMs;
  for (let k = index + 1; k < timed.length; k++) if (timed[k]!.startMs > startMs) return timed[k]!.startMs;
  return null;
}

/**
 * Reads SAMI (.smi/.sami) itself: subsrt-ts's handler skips every SYNC whose `<P>` is not right
 * after the SYNC tag (half of the SAMI fixtures in the shared corpus lose cues that way),
 * keeps only five entities, and mixes language classes. Each SYNC is a cue that lasts until the
 * next SYNC's Start; blank (`&nbsp;`) SYNCs only end the one before. With several language
 * classes, the first one used is read and the others are named in an info diagnostic.
 */
export function readSami(text: string): ReadResult {
  const syncs = scanSyncs(text);
  if (syncs.length === 0) throw new UnreadableCaptions('no <SYNC> element: this SAMI file holds no captions', 1);
  const diagnostics: Diagnostic[] = [];
  const timed = readStarts(syncs, diagnostics);
  const languages = classLanguages(text);
  const classes = [...classesInUse(timed).values()];
  const chosen = classes[0]?.className?.toLowerCase() ?? null;
  if (classes.length > 1) {
    const others = classes.slice(1).map((p) => describeClass(p, languages)).join(', ');
    diagnostics.push({ severity: 'info', line: classes[1]!.line, message: `several language classes: only ${describeClass(classes[0]!, languages)} is read; not read: ${others}` });
  }
  const cues: SourceCue[] = [];
  let language: string | null = chosen === null ? null : (languages.get(chosen) ?? null);
  timed.forEach(({ sync, startMs }, index) => {
    // A paragraph without a class belongs to no language in particular and is always shown.
    const mine = sync.paragraphs.filter((p) => p.className === null || p.className.toLowerCase() === chosen);
    const text = mine.map((p) => paragraphText(p.html)).filter((t) => !isBlank(t)).join('\n');
    if (isBlank(text)) return;
    language ??= mine.find((p) => p.lang !== null)?.lang ?? null;
    let endMs = endOf(timed, index);
    if (endMs === null) {
      endMs = startMs + LAST_CUE_MS;
      diagnostics.push({ severity: 'info', line: sync.line, message: `last cue has no later SYNC to end it: it is given ${LAST_CUE_MS / 1000} s` });
    }
    cues.push({ id: '', startMs, endMs, spans: [{ text }], line: sync.line });
  });
  const result: ReadResult = { cues, diagnostics };
  if (language) result.language = language;
  return result;
}
