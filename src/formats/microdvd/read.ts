import type { Diagnostic } from '../../model/track';
import { preview } from '../blocks';
import { UnreadableCaptions, type ReadResult } from '../types';
import type { SourceCue } from '../../model/source-cue';
import { DEFAULT_FPS, statedFrameRate } from './frame-rate';
import { microDvdText } from './text';

/** A cue line: `{start frame}{end frame}text`; some writers leave the end frame empty. */
const CUE_LINE = /^\{(\d{1,12})\}\{(\d{0,12})\}(.*)$/;

/** How long a cue without an end frame lasts when no later cue ends it (ms): a usual reading time. */
const OPEN_CUE_MS = 3000;

interface FrameCue {
  startFrame: number;
  endFrame: number | null;
  text: string;
  line: number;
}

function scanCueLines(text: string, diagnostics: Diagnostic[]): FrameCue[] {
  const found: FrameCue[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const m = CUE_LINE.exec(line);
    if (!m) {
      const what = line.startsWith('{') ? 'malformed frame numbers' : 'text outside any cue';
      diagnostics.push({ severity: 'error', line: i + 1, message: `line not read (${what}): ${preview(line)}` });
      continue;
    }
    found.push({ startFrame: parseInt(m[1]!, 10), endFrame: m[2] === '' ? null : parseInt(m[2]!, 10), text: m[3]!, line: i + 1 });
  }
  return found;
}

/** Takes the frame-rate line off the front when there is one, and says which rate is used. */
function frameRate(found: FrameCue[], diagnostics: Diagnostic[]): number {
  const first = found[0];
  const stated = first ? statedFrameRate(first.startFrame, first.endFrame, first.text) : null;
  if (stated === null || !first) {
    diagnostics.push({ severity: 'info', line: first?.line ?? 1, message: `no frame-rate line ({1}{1}23.976): ${DEFAULT_FPS} fps assumed` });
    return DEFAULT_FPS;
  }
  found.shift();
  if (Number.isNaN(stated)) {
    diagnostics.push({ severity: 'warning', line: first.line, message: `frame-rate line states an implausible rate ${preview(first.text)}: ${DEFAULT_FPS} fps assumed` });
    return DEFAULT_FPS;
  }
  diagnostics.push({ severity: 'info', line: first.line, message: `frame rate ${stated} fps, as the first line states` });
  return stated;
}

/**
 * Reads MicroDVD (.sub) itself: subsrt-ts divides frames by the rate without the factor 1000
 * (its times come out 1000 times too small) and ignores a frame-rate line. Times are
 * frame / fps, rounded to integer ms.
 */
export function readMicroDvd(text: string): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const found = scanCueLines(text, diagnostics);
  if (found.length === 0) {
    const firstError = diagnostics[0];
    throw new UnreadableCaptions('no {start}{end} line: this MicroDVD file holds no captions', firstError?.line ?? 1);
  }
  const fps = frameRate(found, diagnostics);
  const toMs = (frame: number) => Math.round((frame * 1000) / fps);
  // Where each cue would end if it had no end frame: the next cue that starts later (frames).
  const nextStart: Array<number | null> = new Array<number | null>(found.length).fill(null);
  for (let i = found.length - 2; i >= 0; i--) {
    const after = found[i + 1]!.startFrame > found[i]!.startFrame ? found[i + 1]!.startFrame : nextStart[i + 1]!;
    nextStart[i] = after !== null && after > found[i]!.startFrame ? after : null;
  }
  const cues: SourceCue[] = [];
  found.forEach((cue, i) => {
    const text = microDvdText(cue.text);
    if (text.trim() === '') {
      diagnostics.push({ severity: 'info', line: cue.line, message: 'cue has no text: not a cue' });
      return;
    }
    const startMs = toMs(cue.startFrame);
    let endMs: number;
    if (cue.endFrame !== null) {
      endMs = toMs(cue.endFrame);
    } else {
      // An empty end frame means "until the next subtitle".
      const next = nextStart[i] ?? null;
      endMs = next !== null ? toMs(next) : startMs + OPEN_CUE_MS;
      diagnostics.push({ severity: 'info', line: cue.line, message: `cue has no end frame: it ends ${next !== null ? 'where the next cue starts' : `${OPEN_CUE_MS / 1000} s after its start`}` });
    }
    cues.push({ id: '', startMs, endMs, spans: [{ text }], line: cue.line });
  });
  return { cues, diagnostics };
}
