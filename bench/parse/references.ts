import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseAss } from 'ass-compiler';
import { LineType, parse as parseLrc } from 'clrc';
import { fromXML, type ImscElement } from 'imsc/src/main/js/doc';
import subsrt from 'subsrt-ts';
import { parseSync as parseSubtitle } from 'subtitle';

/**
 * The reference each recap format is timed against: the fastest maintained JavaScript parser of
 * that format on npm that reads the benchmark's files fully (every cue, with the right times and
 * text). How each was chosen, and what was left out, is in bench/README.md.
 */
export interface Reference {
  /** npm package name; its installed version is printed beside it */
  package: string;
  /** the call that is timed, as a caller would write it */
  call: string;
  /** parses the already-decoded text and returns how many cues the parser found */
  parse(text: string): number;
}

function subsrtReference(format: string): Reference {
  return {
    package: 'subsrt-ts',
    call: `parse(text, { format: '${format}' })`,
    parse: (text) => subsrt.parse(text, { format }).filter((c) => c.type === 'caption').length,
  };
}

const assCompiler: Reference = {
  package: 'ass-compiler',
  call: 'parse(text)',
  parse: (text) => parseAss(text).events.dialogue.length,
};

/** TTML cues are the `p` elements of the document; imsc keeps them as a tree under body. */
function countParagraphs(element: ImscElement): number {
  let count = element.kind === 'p' ? 1 : 0;
  for (const child of element.contents ?? []) count += countParagraphs(child);
  return count;
}

/** Reference per recap format id; formats with none are in NO_REFERENCE. */
export const REFERENCES: Readonly<Record<string, Reference>> = {
  webvtt: {
    package: 'subtitle',
    call: 'parseSync(text)',
    parse: (text) => parseSubtitle(text).filter((node) => node.type === 'cue').length,
  },
  srt: subsrtReference('srt'),
  sbv: subsrtReference('sbv'),
  ass: assCompiler,
  ssa: assCompiler,
  sami: subsrtReference('smi'),
  lrc: {
    package: 'clrc',
    call: 'parse(text)',
    parse: (text) => parseLrc(text).filter((line) => line.type === LineType.LYRIC).length,
  },
  ttml: {
    package: 'imsc',
    // The document half of imsc: its entry point also loads the HTML renderer, which needs a browser.
    call: 'fromXML(text) (imsc/src/main/js/doc)',
    parse: (text) => {
      const body = fromXML(text).body;
      return body ? countParagraphs(body) : 0;
    },
  },
};

/** Why a format is timed alone: no maintained parser on npm reads its files fully. */
export const NO_REFERENCE: Readonly<Record<string, string>> = {
  microdvd: "subsrt-ts, the only npm parser of it, returns every time 1000x too small (frames / rate, without the x1000)",
  scc: "@svta/cml-608's SccParser decodes every cue's text but reads only drop-frame (HH:MM:SS;FF) timecodes, so each time in a non-drop-frame file is wrong",
};

const NODE_MODULES = join(__dirname, '..', '..', 'node_modules');

/** "package@version" as installed, so the report names exactly what was measured. */
export function referenceLabel(reference: Reference): string {
  const manifest = JSON.parse(readFileSync(join(NODE_MODULES, reference.package, 'package.json'), 'utf8')) as { version: string };
  return `${reference.package}@${manifest.version}`;
}
