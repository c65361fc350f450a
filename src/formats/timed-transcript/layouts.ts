/**
 * The paragraph headers of the timed transcripts that transcription services export: each
 * paragraph opens with a speaker's name and the time it starts, in a layout of the service's own.
 * A layout reads one (trimmed) line as a header or says it is none. It is loose about the time
 * itself (anything time-like in the time's place), so a header whose time cannot be read is still
 * known as a header and reported, not taken for speech.
 */

/** A paragraph header as written: the time is the text in its place, read later. */
export interface Header {
  /** the speaker's name, or null when the header names no one */
  name: string | null;
  time: string;
  /** text on the header's own line after it (layouts that put the paragraph there) */
  text: string;
  /**
   * Layouts that write the name inline, before the paragraph and a colon, cannot tell a name from
   * the start of a sentence ("[00:00:09] Here is the plan for today: hives ..."): the header's
   * text with the name kept as text, for when the file's names turn out not to be names
   * (speaker-labels.ts decides, once for the file).
   */
  unnamedText?: string;
}

export interface TranscriptLayout {
  id: string;
  /** the service whose export writes this layout, for messages */
  service: string;
  /** times of day (a live meeting's clock) rather than times from the recording's start */
  clockTimes: boolean;
  header(line: string): Header | null;
}

/**
 * Longest header recap looks for at the start of a line. Headers are short (a name and a time);
 * bounding what the patterns see keeps them linear on a megabyte-long line of text.
 */
const HEADER_CHARS = 200;

/** A time as these exports write one, or a near miss of one: digits with at least one colon. */
const TIME_LIKE = /^\d[\d:.,]*$/;

function timeLike(token: string): boolean {
  return TIME_LIKE.test(token) && token.includes(':');
}

/** Words in a speaker name at most: a longer run before a time is a sentence, not a name. */
const NAME_WORDS = 8;

/** A speaker's name: a few words with a letter, not a sentence (no sentence punctuation inside). */
export function nameLike(text: string): boolean {
  if (text.length === 0 || text.length > 80 || !/\p{L}/u.test(text)) return false;
  if (/[?!;"“”]/.test(text)) return false;
  return text.split(/\s+/).length <= NAME_WORDS;
}

/**
 * Otter.ai: "Name  0:03" on a line of its own (two spaces, or a tab, before the time), the
 * paragraph on the lines below; past an hour the time is "1:02:03". One space is not enough: a
 * sentence ending in a time ("We meet at 10:30") is not a header.
 */
const otter: TranscriptLayout = {
  id: 'otter',
  service: 'Otter.ai',
  clockTimes: false,
  header(line) {
    if (line.length > HEADER_CHARS) return null;
    // Any white space but a line break: copies through a word processor turn spaces into no-break ones.
    const gap = /(?:[^\S\n]{2,}|\t)(\S+)$/.exec(line);
    if (!gap || !timeLike(gap[1]!)) return null;
    const name = line.slice(0, gap.index).trim();
    return nameLike(name) && !name.endsWith(':') ? { name, time: gap[1]!, text: '' } : null;
  },
};

/** Rev: "Name (00:01):" or "Speaker 1 (01:02:03):", the paragraph below (or after the colon). */
const rev: TranscriptLayout = {
  id: 'rev',
  service: 'Rev',
  clockTimes: false,
  header(line) {
    const m = /^([^()]{1,80}?)\s*\(\s*([^()\s]{1,20})\s*\)\s*:/.exec(line.slice(0, HEADER_CHARS));
    if (!m || !timeLike(m[2]!) || !nameLike(m[1]!.trim())) return null;
    return { name: m[1]!.trim(), time: m[2]!, text: line.slice(m[0].length).trim() };
  },
};

/**
 * Zoom's saved meeting transcript (meeting_saved_closed_caption.txt): "[Name] 10:15:22", the
 * time of day, on a line of its own, the paragraph below.
 */
const zoom: TranscriptLayout = {
  id: 'zoom',
  service: 'Zoom',
  clockTimes: true,
  header(line) {
    if (line.length > HEADER_CHARS) return null;
    const m = /^\[([^\]]{1,80})\]\s+(\S{1,20})$/.exec(line);
    if (!m || !timeLike(m[2]!) || !nameLike(m[1]!.trim())) return null;
    return { name: m[1]!.trim(), time: m[2]!, text: '' };
  },
};

/**
 * Descript: "[00:00:12] Name: text" on one line; without speaker labels, "[00:00:12] text", where
 * any colon early in the text looks like a label: the name is a guess until the file is read.
 */
const descript: TranscriptLayout = {
  id: 'descript',
  service: 'Descript',
  clockTimes: false,
  header(line) {
    const m = /^\[\s*(\S{1,20}?)\s*\]\s*/.exec(line.slice(0, HEADER_CHARS));
    if (!m || !timeLike(m[1]!)) return null;
    const rest = line.slice(m[0].length);
    const label = /^([^:]{1,80}):\s*/.exec(rest.slice(0, HEADER_CHARS));
    if (label && nameLike(label[1]!.trim())) return { name: label[1]!.trim(), time: m[1]!, text: rest.slice(label[0].length).trim(), unnamedText: rest.trim() };
    return { name: null, time: m[1]!, text: rest.trim() };
  },
};

/**
 * Sonix: "Name: [00:00:12] text" on one line. The name is a guess until the file is read, as
 * Descript's is: a sentence with a colon before a time is not a speaker.
 */
const sonix: TranscriptLayout = {
  id: 'sonix',
  service: 'Sonix',
  clockTimes: false,
  header(line) {
    const m = /^([^:[\]]{1,80}):\s*\[\s*(\S{1,20}?)\s*\]\s*/.exec(line.slice(0, HEADER_CHARS));
    if (!m || !timeLike(m[2]!) || !nameLike(m[1]!.trim())) return null;
    const text = line.slice(m[0].length).trim();
    return { name: m[1]!.trim(), time: m[2]!, text, unnamedText: `${m[1]!.trim()}: ${text}`.trim() };
  },
};

export const LAYOUTS: readonly TranscriptLayout[] = [otter, rev, zoom, descript, sonix];
