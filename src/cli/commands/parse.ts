import type { Command } from 'commander';
import { ingestCaptions } from '../../formats/ingest';
import { writeTrackJson } from '../../formats/json/write';
import { formatById, FORMATS } from '../../formats/registry';
import { UsageError } from '../../model/errors';
import type { CliConfig } from '../cli-config';
import { describeTrack } from '../format-track';
import { readInputFile, type CliIo } from '../io';

export function registerParse(program: Command, io: CliIo, config: CliConfig = {}): void {
  program
    .command('parse')
    .description('read a caption file and print the normalised track and its diagnostics')
    .argument('<file>', 'caption file (WebVTT, SRT, SBV, TTML, SCC, ASS/SSA, SAMI, LRC, MicroDVD, track.json)')
    .option('--json', 'print track.json instead of a listing')
    .option('--format <id>', 'read as this format instead of detecting it')
    .action((file: string, opts: { json?: boolean; format?: string }) => {
      if (opts.format && !formatById(opts.format)) {
        throw new UsageError(`unknown format "${opts.format}"; recap reads ${FORMATS.map((f) => f.id).join(', ')}`);
      }
      const track = ingestCaptions(readInputFile(file, config.limits?.maxCaptionBytes), { fileName: file, ...(opts.format ? { format: opts.format } : {}), ...(config.limits ? { limits: config.limits } : {}) });
      io.out(opts.json ? writeTrackJson(track) : describeTrack(file, track));
    });
}
