import type { SourceCue } from '../../model/source-cue';
import { clock, parseClockMs } from '../../model/timecode';
import type { Diagnostic } from '../../model/track';
import { preview } from '../blocks';
import { UnreadableCaptions, type ReadResult } from '../types';
import type { TranscriptLayout } from './layouts';
import { guessLayout } from './sniff';
import { settleInlineNames, type InlineNamed } from './speaker-labels';
import { countWords } from '../../text/words';
import { paragraphSpans, PLAIN_SPEAKING_MS_PER_WORD, SLOW_SPEAKING_MS_PER_WORD, type Span } from './timing';

/** One paragraph as written: its header's line, speaker and time, the text on the header's line and the lines below. */
interface Paragraph extends InlineNamed {
  time: string;
  lines: string[];
}

/** The line a service adds under its transcripts ("Transcribed by https://otter.ai"). */
const SERVICE_FOOTER = /^(?:automatically\s+)?transcribed\s+(?:by|with|using)\s+\S+\s*$/i;

interface Scan {
  paragraphs: Paragraph[];
  /** lines before the first header: a title, a date, the file's name */
  preamble: Array<{ line: number; text: string }>;
  diagnostics: Diagnostic[];
}

function scanParagraphs(text: string, layout: TranscriptLayout): Scan {
  const scan: Scan = { paragraphs: [], preamble: [], diagnostics: [] };
  let afterBlank = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const n = index + 1;
    if (line === '') {
      afterBlank = true;
      return;
    }
    const wasBlank = afterBlank;
    afterBlank = false;
    const header = layout.header(line);
    if (header) {
      const paragraph: Paragraph = { line: n, name: header.name, time: header.time, head: header.text, lines: [] };
      if (header.unnamedText !== undefined) paragraph.unnamedText = header.unnamedText;
      scan.paragraphs.push(paragraph);
      return;
    }
    const current = scan.paragraphs[scan.paragraphs.length - 1];
    if (!current) {
      scan.preamble.push({ line: n, text: line });
      return;
    }
    if (wasBlank && (current.head !== '' || current.lines.length > 0)) {
      if (SERVICE_FOOTER.test(line)) {
        scan.diagnostics.push({ severity: 'info', line: n, message: `the service's footer, not read as speech: ${preview(line)}` });
        return;
      }
      const whose = current.name ? `${current.name}'s paragraph` : 'the paragraph';
      scan.diagnostics.push({ severity: 'warning', line: n, message: `paragraph with no speaker line (no "${layout.service}" header before it): read as part of ${whose} of line ${current.line}` });
    }
    current.lines.push(line);
  });
  return scan;
}

const DAY_MS = 86_400_000;

/**
 * Each paragraph's start in ms from the recording's 00:00:00, or null where its time cannot be
 * used (unreadable, or earlier than the one before): those are reported and estimated.
 */
function paragraphStarts(paragraphs: Paragraph[], layout: TranscriptLayout, diagnostics: Diagnostic[]): Array<number | null> {
  let base: number | null = null;
  let previousClock: number | null = null;
  let dayOffset = 0;
  let last: { ms: number; paragraph: Paragraph } | null = null;
  return paragraphs.map((p) => {
    let ms = parseClockMs(p.time);
    if (ms === null) {
      diagnostics.push({ severity: 'error', line: p.line, message: `bad timestamp ${preview(p.time)}: the paragraph is read, its start estimated from the paragraphs around it` });
      return null;
    }
    if (layout.clockTimes) {
      // A meeting that runs past midnight starts its clock again: a time half a day before the last is the next day.
      if (previousClock !== null && ms + dayOffset < previousClock - DAY_MS / 2) dayOffset += DAY_MS;
      ms += dayOffset;
      previousClock = ms;
      if (base === null) {
        base = ms;
        diagnostics.push({ severity: 'info', line: p.line, message: `${layout.service} writes times of day: ${p.time}, the first paragraph's, is taken as the recording's 00:00:00` });
      }
      ms -= base;
    }
    if (last && ms < last.ms) {
      diagnostics.push({ severity: 'warning', line: p.line, message: `time runs backwards: ${p.time} comes after ${last.paragraph.time} (line ${last.paragraph.line}); the paragraph's start is estimated from the paragraphs around it` });
      return null;
    }
    last = { ms, paragraph: p };
    return ms;
  });
}

function reportSpeakers(paragraphs: Paragraph[], diagnostics: Diagnostic[]): void {
  const unnamed = paragraphs.filter((p) => p.name === null);
  if (unnamed.length === 0) return;
  if (unnamed.length === paragraphs.length) {
    diagnostics.push({ severity: 'info', line: paragraphs[0]!.line, message: 'no paragraph names its speaker: the transcript is read without speakers' });
    return;
  }
  for (const p of unnamed) {
    diagnostics.push({ severity: 'warning', line: p.line, message: 'the paragraph names no speaker: read as continuing the turn before it' });
  }
}

/**
 * One note for the paragraphs that end before the next starts (their words said at a slow rate,
 * then a pause), so that a reader who expected each paragraph to run to the next sees why.
 */
function reportPauses(paragraphs: Paragraph[], texts: string[], spans: Span[], diagnostics: Diagnostic[]): void {
  let count = 0;
  let first: Paragraph | undefined;
  let longest = { ms: 0, line: 0 };
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    if (!next || texts[i] === '' || next.startMs <= span.endMs) return;
    count++;
    first ??= paragraphs[i];
    if (next.startMs - span.endMs > longest.ms) longest = { ms: next.startMs - span.endMs, line: paragraphs[i]!.line };
  });
  if (!first) return;
  const paragraphsEnd = count === 1 ? '1 paragraph ends' : `${count} paragraphs end`;
  const their = count === 1 ? 'its' : 'their';
  diagnostics.push({
    severity: 'info',
    line: first.line,
    message: `${paragraphsEnd} before the next one starts, once ${their} words are said at ${60_000 / SLOW_SPEAKING_MS_PER_WORD} words a minute: the rest is read as a pause, not as speech (the longest pause, after the paragraph of line ${longest.line}, lasts ${clock(longest.ms)})`,
  });
}

/**
 * Reads a timed transcript (Otter.ai, Rev, Descript, Sonix, Zoom's saved transcript): each
 * paragraph is one cue, from its time to the next paragraph's (or sooner, after a pause: see
 * timing.ts), spoken by the header's speaker.
 * The paragraph's lines are joined as the prose they are; lines before the first header (a title)
 * and a service's footer are not speech, and are reported as left out.
 */
export function readTimedTranscript(text: string): ReadResult {
  const guess = guessLayout(text);
  if (!guess) {
    throw new UnreadableCaptions('no timed paragraphs: a timed transcript opens each paragraph with a speaker and a time ("Name  0:03", "Name (00:01):", "[Name] 10:15:22", "[00:00:12] Name: ...", "Name: [00:00:12] ...")', 1);
  }
  const { layout } = guess;
  const { paragraphs, preamble, diagnostics } = scanParagraphs(text, layout);
  if (preamble.length > 0) {
    diagnostics.push({ severity: 'info', line: preamble[0]!.line, message: `${preamble.length} line(s) before the first paragraph taken as the transcript's title, not as speech: ${preview(preamble.map((p) => p.text).join('\n'))}` });
  }
  diagnostics.push({ severity: 'info', line: paragraphs[0]!.line, message: `read as a timed transcript in ${layout.service}'s layout: ${paragraphs.length} paragraphs` });
  settleInlineNames(paragraphs, layout.service, diagnostics);
  reportSpeakers(paragraphs, diagnostics);
  const starts = paragraphStarts(paragraphs, layout, diagnostics);
  const texts = paragraphs.map((p) => [p.head, ...p.lines].filter((l) => l !== '').join(' '));
  const spans = paragraphSpans(paragraphs.map((_p, i) => ({ startMs: starts[i]!, words: countWords(texts[i]!) })));
  const cues: SourceCue[] = [];
  paragraphs.forEach((p, i) => {
    const paragraphText = texts[i]!;
    if (paragraphText === '') {
      diagnostics.push({ severity: 'warning', line: p.line, message: 'a speaker line with no text: only its time is used, as the latest end of the paragraph before it' });
      return;
    }
    const { startMs, endMs } = spans[i]!;
    cues.push({ id: '', startMs, endMs, spans: [p.name === null ? { text: paragraphText } : { text: paragraphText, voice: p.name }], line: p.line });
  });
  reportPauses(paragraphs, texts, spans, diagnostics);
  const lastCue = cues[cues.length - 1];
  // Reported only when the last paragraph has text: otherwise the last speaker line's time ended it.
  if (lastCue && texts[texts.length - 1] !== '') {
    diagnostics.push({ severity: 'info', line: lastCue.line, message: `the last paragraph has no end time: it is given ${((lastCue.endMs - lastCue.startMs) / 1000).toFixed(1)} s, its words at ${60_000 / PLAIN_SPEAKING_MS_PER_WORD} words a minute` });
  }
  return { cues, diagnostics };
}
