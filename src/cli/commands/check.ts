import type { Command } from 'commander';
import { ingestCaptions } from '../../formats/ingest';
import { formatTimecode } from '../../model/timecode';
import { captionProfile, type CaptionProfile } from '../../publish/caption-profiles';
import { checkCaptionQuality, LIMITS, type CaptionQualityReport, type Limit, type QualityViolation } from '../../publish/caption-quality';
import type { CliConfig } from '../cli-config';
import { EXIT, ExitWith } from '../exit-codes';
import { readInputFile, type CliIo } from '../io';
import { PROFILE_HELP, profileOption } from '../profile-option';
import { STRICT_READ_HELP, strictReadOptions } from '../strict-option';
import { UsageError } from '../../model/errors';
import { LanguageTag } from '../../model/manifest-fields';
import { languageOf } from '../../text/language/registry';
import { profileForLanguage } from '../../publish/script-profiles';

const LIMIT_NAMES: Record<Limit, string> = {
  lineLength: 'line length',
  lineCount: 'lines per cue',
  minDuration: 'min duration',
  maxDuration: 'max duration',
  readingRate: 'reading rate',
  minGap: 'gap between cues',
  overlap: 'no overlap',
};

function unit(limit: Limit, profile: CaptionProfile): string {
  if (limit === 'lineLength') return ' chars';
  if (limit === 'lineCount') return ' lines';
  if (limit === 'readingRate') return profile.readingRate.unit === 'chars-per-second' ? ' chars/s' : ' words/min';
  return ' ms';
}

function bounds(profile: CaptionProfile): string {
  const duration = `${profile.minDurationMs}${profile.minDurationPerWordMs ? ` ms or ${profile.minDurationPerWordMs} ms a word` : ' ms'} to ${profile.maxDurationMs === null ? 'any length' : `${profile.maxDurationMs} ms`}`;
  const rate = `${profile.readingRate.max}${profile.readingRate.unit === 'chars-per-second' ? ' chars/s' : ' words/min'}`;
  return `${profile.maxCharsPerLine} chars a line, ${profile.maxLines} lines, ${duration}, ${rate}, gap ${profile.minGapMs} ms`;
}

function describeViolation(v: QualityViolation, profile: CaptionProfile): string {
  const bound = v.max !== undefined ? `max ${v.max}` : `min ${v.min}`;
  return `${LIMIT_NAMES[v.limit]} ${v.value}${unit(v.limit, profile)} (${bound})`;
}

/** One line per limit with its share, then each cue outside the profile with its time and why. */
function describeReport(file: string, report: CaptionQualityReport, profile: CaptionProfile): string {
  const lines = [`${file}: ${report.cues} cues, profile ${profile.name} (${bounds(profile)})`];
  for (const limit of LIMITS) {
    const { within, share } = report.limits[limit];
    lines.push(`  ${LIMIT_NAMES[limit].padEnd(17)} ${(share * 100).toFixed(1).padStart(5)}% within (${within} of ${report.cues})`);
  }
  if (report.cuesOutside === 0) {
    lines.push('every cue is within the profile');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${report.cuesOutside} cue${report.cuesOutside === 1 ? '' : 's'} outside the profile:`);
  const byCue = new Map<number, QualityViolation[]>();
  for (const v of report.violations) byCue.set(v.cueIndex, [...(byCue.get(v.cueIndex) ?? []), v]);
  for (const [index, vs] of byCue) {
    const first = vs[0]!;
    lines.push(`  cue ${index + 1} ${formatTimecode(first.startMs)} --> ${formatTimecode(first.endMs)}: ${vs.map((v) => describeViolation(v, profile)).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerCheck(program: Command, io: CliIo, config: CliConfig = {}): void {
  program
    .command('check')
    .description('check a caption file against an accessible caption profile; exit 1 when a cue breaks it')
    .argument('<file>', 'caption file (any format recap reads)')
    .option('--profile <name>', `${PROFILE_HELP} (default: default)`)
    .option('--json', 'print the quality report as JSON')
    .option('--strict', STRICT_READ_HELP)
    .option('--language <tag>', 'BCP 47 language of the captions, whose script may have numbers of its own (default: the one the file declares, else en)')
    .action((file: string, opts: { profile?: string; json?: boolean; strict?: boolean; language?: string }) => {
      if (opts.language !== undefined && !LanguageTag.safeParse(opts.language).success) throw new UsageError(`--language "${opts.language}" is not a BCP 47 language tag (e.g. en, fr, pt-BR, zh-Hant)`);
      const asked = captionProfile(opts.profile === undefined ? 'default' : profileOption(opts.profile));
      const track = ingestCaptions(readInputFile(file, config.limits?.maxCaptionBytes), { fileName: file, ...strictReadOptions(opts.strict), ...(config.limits ? { limits: config.limits } : {}) });
      const lang = languageOf(opts.language ?? track.language ?? 'en');
      const profile = profileForLanguage(asked, lang);
      const report = checkCaptionQuality(track.cues, profile, lang);
      io.out(opts.json ? `${JSON.stringify(report, null, 2)}\n` : describeReport(file, report, profile));
      if (report.cuesOutside > 0) throw new ExitWith(EXIT.badInput);
    });
}
