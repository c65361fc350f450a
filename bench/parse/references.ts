import subsrt from 'subsrt-ts';
import { WebVTTParser } from 'webvtt-parser';
import entities from 'webvtt-parser/html-entities.json';
import { XMLParser } from 'fast-xml-parser';

/**
 * The bare library parse recap's ingest is compared with: what a caller would write to read the
 * same file with the library alone, on the already-decoded string (no decoding, no normalising).
 */
export interface Reference {
  /** library name and call, printed in the report */
  name: string;
  /** parses the text; returns how many cues it found (null when the result has no cue list) */
  parse(text: string): number | null;
}

// Built once, as a real caller would: the full entity table, since the default turns "&amp;" into "&;".
const vttParser = new WebVTTParser(entities);

const xmlParser = new XMLParser({ preserveOrder: true, ignoreAttributes: false });

function subsrtReference(format: string): Reference {
  return {
    name: `subsrt-ts parse {format: '${format}'}`,
    parse: (text) => subsrt.parse(text, { format }).filter((c) => c.type === 'caption').length,
  };
}

/** Reference per recap format id; scc has none (no library reads it), so it is reported recap-only. */
export const REFERENCES: Readonly<Record<string, Reference>> = {
  webvtt: { name: 'webvtt-parser WebVTTParser.parse', parse: (text) => vttParser.parse(text).cues.length },
  srt: subsrtReference('srt'),
  sbv: subsrtReference('sbv'),
  ass: subsrtReference('ass'),
  ssa: subsrtReference('ssa'),
  sami: subsrtReference('smi'),
  lrc: subsrtReference('lrc'),
  // subsrt-ts's MicroDVD times are off by 1000x (GOTCHAS), but its parse cost is still the reference.
  microdvd: subsrtReference('sub'),
  ttml: {
    name: 'fast-xml-parser XMLParser.parse (preserveOrder)',
    // The XML tree has no cue list to count: null.
    parse: (text) => {
      xmlParser.parse(text);
      return null;
    },
  },
};
