import type { Track } from '../../model/track';
import { labelledCueTexts } from '../labelled-text';
import { buildWithSubsrt, endsBeforeNext } from '../subsrt';
import type { WriteOptions } from '../types';

/** The class rule subsrt-ts writes when it is given no language, which would claim American English. */
const DEFAULT_CLASS_RULE = /^\.LANG \{ Name: [^;\n]*; lang: [^;\n]*; /m;

/**
 * subsrt-ts escapes every ">", '"' and "'" of the text too, which SAMI (HTML text) does not need
 * and ffmpeg's SAMI reader shows as written ("world&#39;s"): they go back to the characters. Its
 * "&amp;" and "&lt;" stay, as HTML requires. The header holds none of these references, and an
 * "&" of the text is "&amp;" by then, so only escapes of the text are touched.
 */
function unescapeNeedless(sami: string): string {
  return sami.replace(/&gt;|&quot;|&#39;/g, (ref) => (ref === '&gt;' ? '>' : ref === '&quot;' ? '"' : "'"));
}

/**
 * Writes SAMI (.smi): a SYNC per cue, and a blank (`&nbsp;`) SYNC at its end. SAMI shows one
 * cue at a time, so a cue that overlaps the next ends where the next starts. The track's
 * language, when known, is the class's language.
 */
export function writeSami(track: Track, options: WriteOptions = {}): string {
  const texts = labelledCueTexts(track, undefined, { labelsInText: options.labelsInText });
  const captions = endsBeforeNext(track.cues).map(({ cue, endMs }, i) => ({ startMs: cue.startMs, endMs, text: texts[i]! }));
  const language = track.language ? { langCode: track.language, langName: track.language } : {};
  let sami = unescapeNeedless(buildWithSubsrt('smi', captions, language));
  if (!track.language) sami = sami.replace(DEFAULT_CLASS_RULE, '.LANG { ');
  return options.eol ? sami.replace(/\n/g, options.eol) : sami;
}
