import { FORMATS } from '../../src/formats/registry';
import { WRITERS } from './generate';
import { NO_REFERENCE, REFERENCES, type Reference } from './references';

/** One format to benchmark: recap's id, the extension its files get, and its reference parser. */
export interface BenchFormat {
  id: string;
  extension: string;
  /** undefined when no maintained parser reads the format fully: recap alone is timed */
  reference?: Reference;
}

export interface SkippedFormat {
  id: string;
  reason: string;
}

/**
 * The formats recap reads right now (read from the registry, since other formats are landing),
 * that this benchmark can write; the rest are listed with the reason they were left out.
 */
export function benchFormats(): { formats: BenchFormat[]; skipped: SkippedFormat[] } {
  const formats: BenchFormat[] = [];
  const skipped: SkippedFormat[] = [];
  for (const format of FORMATS) {
    if (format.id === 'json') {
      skipped.push({ id: format.id, reason: "recap's own track JSON: no parser to compare with" });
    } else if (!WRITERS[format.id]) {
      skipped.push({ id: format.id, reason: 'no generator for it in bench/parse/serialize.ts yet' });
    } else {
      const entry: BenchFormat = { id: format.id, extension: format.extensions[0] ?? format.id };
      const reference = REFERENCES[format.id];
      if (reference) entry.reference = reference;
      else if (!NO_REFERENCE[format.id]) throw new Error(`bench/parse has no reference for ${format.id}, nor a reason in NO_REFERENCE`);
      formats.push(entry);
    }
  }
  return { formats, skipped };
}
