import type { Command } from 'commander';
import { ingestCaptions } from '../../formats/ingest';
import { writableFormats, writerByExtension } from '../../formats/registry';
import { UsageError } from '../../model/errors';
import type { CliConfig } from '../cli-config';
import { captionProfile } from '../../publish/caption-profiles';
import { reflowCues } from '../../publish/reflow';
import { sentenceCaseCues } from '../../split/caption-case';
import { shownName } from '../../split/speaker-names';
import { buildVocabulary } from '../../split/vocabulary';
import type { Cue } from '../../model/track';
import type { Language } from '../../text/language/language';
import { languageOf } from '../../text/language/registry';
import { LanguageTag } from '../../model/manifest-fields';
import type { CaptionProfile } from '../../publish/caption-profiles';
import { readInputFile, writeOutputFile, type CliIo } from '../io';
import { PROFILE_HELP, profileOption } from '../profile-option';

/**
 * The cues in the profile's case: with no manifest, the names and proper nouns kept capitalised
 * are the file's own (its speakers' labels, and the mixed-case captions' capitals).
 */
function profiledCase(cues: Cue[], profile: CaptionProfile, lang: Language): Cue[] {
  if (profile.textCase.case !== 'sentence') return cues;
  const speakers = [...new Set(cues.flatMap((c) => (c.speaker ? [c.speaker] : [])))];
  const vocabulary = buildVocabulary({ people: speakers.map((name) => ({ name: shownName(name) })), prose: [], captions: cues.map((c) => c.text), lang });
  // labels in capitals ("BILEL JAMOUSI") are shown as names are written, without display-name notes ("(Host)")
  const named = (speaker: string | null) => (speaker ? shownName(speaker) : speaker);
  return sentenceCaseCues(cues, vocabulary).map((c) => ({ ...c, speaker: named(c.speaker), ...(c.parts ? { parts: c.parts.map((p) => ({ ...p, speaker: named(p.speaker) })) } : {}) }));
}

export function registerConvert(program: Command, io: CliIo, config: CliConfig = {}): void {
  program
    .command('convert')
    .description('convert a caption file to the format named by the output file\'s extension')
    .argument('<in>', 'input caption file (any format recap reads)')
    .argument('<out>', `output file: ${writableFormats().map((e) => `.${e}`).join(', ')}`)
    .option('--profile <name>', `re-flow the cues to this ${PROFILE_HELP} before writing`)
    .option('--language <tag>', 'BCP 47 language of the captions (default: the one the file declares, else en)')
    .action((input: string, output: string, opts: { profile?: string; language?: string }) => {
      if (opts.language !== undefined && !LanguageTag.safeParse(opts.language).success) throw new UsageError(`--language "${opts.language}" is not a BCP 47 language tag (e.g. en, fr, pt-BR, zh-Hant)`);
      const profile = opts.profile === undefined ? undefined : captionProfile(profileOption(opts.profile));
      const format = writerByExtension(output);
      if (!format?.write) {
        throw new UsageError(`cannot write "${output}": recap writes ${writableFormats().map((e) => `.${e}`).join(', ')}`);
      }
      const source = ingestCaptions(readInputFile(input, config.limits?.maxCaptionBytes), { fileName: input, ...(config.limits ? { limits: config.limits } : {}) });
      // Re-flowed cues replace the source's; its regions and diagnostics are kept.
      const lang = languageOf(opts.language ?? source.language ?? 'en');
      const reflow = profile ? reflowCues(profiledCase(source.cues, profile, lang), profile, lang) : undefined;
      // the language given is the one written (TTML's xml:lang, right-to-left marks)
      const declared = opts.language === undefined ? source : { ...source, language: opts.language };
      const track = reflow ? { ...declared, cues: reflow.cues } : declared;
      // re-flowed cues carry their profile's speaker labels in the text
      writeOutputFile(output, format.write(track, { labelsInText: reflow !== undefined }));
      const problems = source.diagnostics.filter((d) => d.severity !== 'info').length;
      const reflowed = reflow ? `, re-flowed to ${reflow.report.profile} from ${source.cues.length} cues, ${reflow.report.cuesOutside} still outside the profile (see recap check)` : '';
      io.err(`${input} -> ${output}: ${track.cues.length} cues (${source.format} -> ${format.id})${reflowed}${problems ? `, ${problems} input problems (see recap parse)` : ''}\n`);
    });
}
