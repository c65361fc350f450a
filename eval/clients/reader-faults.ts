import { decodeEntities } from '../../src/text/entities';

/**
 * Faults of the independent readers themselves, which no caption file recap could write avoids:
 * each is undone on the reader's text (or explains a lost cue) so that it hides nothing else, and
 * the table counts the cues it explains. Found by reading recap's outputs; each names the version
 * it was seen in (Debian 12's packages).
 */
export interface ReaderFault {
  /** the reader's id (ClientReader.id) */
  reader: string;
  formats: readonly string[];
  /** what the reader does wrong, as the table names it */
  what: string;
  /** the text the reader would have given without the fault, from what it gave and what recap wrote */
  undo?: (read: string, wrote: string) => string;
  /** whether the reader loses a cue recap wrote with this text, for this fault */
  loses?: (wrote: string) => boolean;
}

const startsWithBracket = (line: string): boolean => line.startsWith('[');

const REFERENCE_TEXT: Record<string, string> = { amp: '&', lt: '<', gt: '>' };

/**
 * Decodes only the references a format obliges a writer to use (`names` of amp, lt, gt): a
 * reader that leaves those undecoded is at fault, but one recap writes without need (`&#39;`
 * in SAMI, say) stays a disagreement, since recap could have written the character itself.
 */
const decodeOnly = (...names: string[]) => (text: string): string =>
  text.replace(new RegExp(`&(${names.join('|')});`, 'g'), (_, name: string) => REFERENCE_TEXT[name]!);

export const READER_FAULTS: readonly ReaderFault[] = [
  {
    // Its Caption.text strips tags with a regex and decodes nothing. WebVTT requires "&" and "<"
    // escaped, and ">" must be too: ffmpeg's WebVTT decoder drops every literal ">".
    reader: 'webvtt-py',
    formats: ['webvtt'],
    what: 'webvtt-py 0.4.6 leaves &amp; &lt; &gt; undecoded',
    undo: decodeOnly('amp', 'lt', 'gt'),
  },
  {
    // SAMI is HTML: "&" and "<" must be references, and ffmpeg 5.1's SAMI decoder shows them as written.
    reader: 'ffmpeg',
    formats: ['sami'],
    what: "ffmpeg 5.1's SAMI decoder leaves &amp; &lt; undecoded",
    undo: decodeOnly('amp', 'lt'),
  },
  {
    // LRC has no escape: "[APPLAUSE]" at the start of a line's text loses its "[" to the time-tag scanner.
    reader: 'ffmpeg',
    formats: ['lrc'],
    what: "ffmpeg's LRC demuxer drops a '[' that begins the text",
    undo: (read, wrote) => (wrote.startsWith('[') && `[${read}` === wrote ? wrote : read),
  },
  {
    // Its SubViewer demuxer takes a line starting with "[" for a section header ([INFORMATION]);
    // SBV has no escape. A cue whose text starts with one is lost; a later such line is dropped.
    reader: 'ffmpeg',
    formats: ['sbv'],
    what: "ffmpeg's SubViewer demuxer drops lines that begin with '['",
    loses: (wrote) => startsWithBracket(wrote),
    undo: (read, wrote) => {
      const lines = read.split('\n');
      const wroteLines = wrote.split('\n');
      if (lines.length + wroteLines.filter(startsWithBracket).length !== wroteLines.length) return read;
      wroteLines.forEach((line, i) => startsWithBracket(line) && lines.splice(i, 0, line));
      return lines.join('\n');
    },
  },
  {
    // ttconv.srt.reader pushes a <br> for each further line as it reads it, before the text of the
    // cue is parsed at its end: the paragraph is [br, "line 1\nline 2"].
    reader: 'ttconv',
    formats: ['srt'],
    what: "ttconv 1.0.5's SRT reader puts each line break before the cue's text",
    undo: (read) => read.replace(/^\n+/, ''),
  },
  {
    // It parses the text with an HTML parser, so a "&lt;" the text holds reads as "<". SRT is plain
    // text (ffmpeg and python srt show it as written), so recap cannot write it any other way.
    reader: 'ttconv',
    formats: ['srt'],
    what: "ttconv 1.0.5's SRT reader decodes references in SRT's plain text",
    undo: (read, wrote) => {
      // Line by line, from the end: a speaker label may come before the text.
      const wroteLines = wrote.split('\n');
      return read
        .split('\n')
        .map((line, i) => {
          const written = wroteLines[i];
          if (written === undefined) return line;
          const decoded = decodeEntities(written);
          return decoded !== written && line.endsWith(decoded) ? line.slice(0, line.length - decoded.length) + written : line;
        })
        .join('\n');
    },
  },
];

export function readerFaults(reader: string, format: string): ReaderFault[] {
  return READER_FAULTS.filter((f) => f.reader === reader && f.formats.includes(format));
}
