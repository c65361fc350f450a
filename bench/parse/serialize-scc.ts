import { pad } from './clock';
import { plainText, type GeneratedCue } from './serialize';

/**
 * Scenarist SCC (CEA-608 caption channel 1), pop-on style as broadcast encoders write it: each
 * caption is loaded off screen (RCL, ENM, PACs, text) and shown by EOC, control codes doubled.
 * A line's pairs take one video frame each, so a line starts early enough for its EOC to land
 * on the cue's start.
 */

/** NTSC runs at 30000/1001 frames per second; non-drop timecodes label 30 frames per second. */
const FRAMES_PER_MS = 30 / 1001;

const RCL = 0x9420;
const ENM = 0x94ae;
const EOC = 0x942f;
const EDM = 0x942c;
/** Preamble address codes, white, column 0, for rows 12-15 (the bottom of the screen). */
const ROW_PACS = [0x1340, 0x13e0, 0x94d0, 0x9470];

/** Sets bit 7 so the byte has an odd number of set bits, as 608 requires. */
function withParity(byte: number): number {
  let bits = 0;
  for (let b = byte; b > 0; b >>= 1) bits += b & 1;
  return bits % 2 === 0 ? byte | 0x80 : byte;
}

function hex(word: number): string {
  return word.toString(16).padStart(4, '0');
}

/** Text as byte pairs; an odd character count is padded with a null (0x80 with parity). */
function textWords(text: string): string[] {
  const words: string[] = [];
  for (let i = 0; i < text.length; i += 2) {
    const a = withParity(text.charCodeAt(i) & 0x7f);
    const b = i + 1 < text.length ? withParity(text.charCodeAt(i + 1) & 0x7f) : 0x80;
    words.push(hex((a << 8) | b));
  }
  return words;
}

function doubled(code: number): string[] {
  return [hex(code), hex(code)];
}

/** Non-drop timecode "HH:MM:SS:FF" of a frame number. */
function timecode(frame: number): string {
  const seconds = Math.floor(frame / 30);
  return `${pad(Math.floor(seconds / 3600), 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}:${pad(seconds % 60, 2)}:${pad(frame % 30, 2)}`;
}

export function serializeScc(cues: GeneratedCue[]): string {
  const lines = ['Scenarist_SCC V1.0', ''];
  let nextFreeFrame = 0;
  cues.forEach((cue, i) => {
    const rows = cue.lines.map(plainText);
    const words = [...doubled(RCL), ...doubled(ENM)];
    rows.forEach((row, r) => words.push(...doubled(ROW_PACS[ROW_PACS.length - rows.length + r]!), ...textWords(row)));
    words.push(...doubled(EOC));
    const startFrame = Math.max(nextFreeFrame, Math.round(cue.startMs * FRAMES_PER_MS) - (words.length - 1));
    lines.push(`${timecode(startFrame)}\t${words.join(' ')}`, '');
    nextFreeFrame = startFrame + words.length;
    // The next EOC replaces this caption; only the last one is cleared, at its end time.
    if (i === cues.length - 1) lines.push(`${timecode(Math.max(nextFreeFrame, Math.round(cue.endMs * FRAMES_PER_MS)))}\t${doubled(EDM).join(' ')}`, '');
  });
  return lines.join('\n');
}
