import type { Command } from 'commander';
import { ingestCaptions } from '../../formats/ingest';
import { writeTrackJson } from '../../formats/json/write';
import { formatById, FORMATS } from '../../formats/registry';
import { UsageError } from '../../model/errors';
import { describeInputWarning } from '../../model/input-warning';
import { checkTrackPlausibility } from '../../text/plausibility';
import type { CliConfig } from '../cli-config';
import { describeTrack } from '../format-track';
import { readInputFile, type CliIo } from '../io';
import { STRICT_READ_HELP, strictReadOptions } from '../strict-option';

export function registerParse(program: Command, io: CliIo, config: CliConfig = {}): void {
  program
    .command('parse')
    .description('read a caption file and print the normalised track and its diagnostics')
    .argument('<file>', 'caption file (WebVTT, SRT, SBV, TTML, SCC, ASS/SSA, SAMI, LRC, MicroDVD, track.json)')
    .option('--json', 'print track.json instead of a listing')
    .option('--format <id>', 'read as this format instead of detecting it')
    .option('--strict', STRICT_READ_HELP)
    .action((file: string, opts: { json?: boolean; format?: string; strict?: boolean }) => {
      if (opts.format && !formatById(opts.format)) {
        throw new UsageError(`unknown format "${opts.format}"; recap reads ${FORMATS.map((f) => f.id).join(', ')}`);
      }
      const track = ingestCaptions(readInputFile(file, config.limits?.maxCaptionBytes), { fileName: file, ...(opts.format ? { format: opts.format } : {}), ...strictReadOptions(opts.strict), ...(config.limits ? { limits: config.limits } : {}) });
      if (opts.json) {
        io.out(writeTrackJson(track));
        return;
      }
      // The listing also says what `recap process` would warn about in this file (track.json stays as the contract has it).
      const warnings = checkTrackPlausibility(track, file).map((w) => `  implausible: ${describeInputWarning(w)}\n`);
      io.out(`${describeTrack(file, track)}${warnings.join('')}`);
    });
}
