import { readFileSync } from 'node:fs';
import { ingestCaptions } from '../../src/formats/ingest';
import { REFERENCES } from './references';

/**
 * Child process for the peak-RSS figure: `rss-child.ts <format> <recap|ref|baseline> <file>`.
 * Every mode loads the same modules and reads the file, so "baseline" is exactly what the parse
 * itself adds on top of. Prints one JSON line: {"maxRssKb": ..., "cues": ...}.
 */
const [format, mode, file] = process.argv.slice(2);
if (!format || !file || !['recap', 'ref', 'baseline'].includes(mode ?? '')) {
  throw new Error('usage: rss-child.ts <format> <recap|ref|baseline> <file>');
}
const bytes = readFileSync(file);
let cues: number | null = null;
if (mode === 'recap') {
  // Detection included, as in the timed run: the file's name carries the format's extension.
  cues = ingestCaptions(bytes, { fileName: file }).cues.length;
} else if (mode === 'ref') {
  const reference = REFERENCES[format];
  if (!reference) throw new Error(`no reference parser for ${format}`);
  cues = reference.parse(new TextDecoder('utf-8').decode(bytes));
}
// maxRSS is the process's peak resident set so far, in kilobytes (KiB).
console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, cues }));
