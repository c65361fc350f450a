import type { Command } from 'commander';
import { ingestCaptions } from '../../formats/ingest';
import { formatByExtension, writableFormats } from '../../formats/registry';
import { UsageError } from '../../model/errors';
import { readInputFile, writeOutputFile, type CliIo } from '../io';

export function registerConvert(program: Command, io: CliIo): void {
  program
    .command('convert')
    .description('convert a caption file to the format named by the output file\'s extension')
    .argument('<in>', 'input caption file (any format recap reads)')
    .argument('<out>', `output file: ${writableFormats().map((e) => `.${e}`).join(', ')}`)
    .action((input: string, output: string) => {
      const format = formatByExtension(output);
      if (!format?.write) {
        throw new UsageError(`cannot write "${output}": recap writes ${writableFormats().map((e) => `.${e}`).join(', ')}`);
      }
      const track = ingestCaptions(readInputFile(input), { fileName: input });
      writeOutputFile(output, format.write(track));
      const problems = track.diagnostics.filter((d) => d.severity !== 'info').length;
      io.err(`${input} -> ${output}: ${track.cues.length} cues (${track.format} -> ${format.id})${problems ? `, ${problems} input problems (see recap parse)` : ''}\n`);
    });
}
