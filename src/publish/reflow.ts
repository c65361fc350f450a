import type { Cue } from '../model/track';
import type { CaptionProfile } from './caption-profiles';
import { checkCaptionQuality, type CaptionQualityReport } from './caption-quality';
import { speakerStretches } from '../model/speaker-stretches';
import { captionTokens, joinTokens, timeTokens, type CaptionToken, type WordToken } from './caption-tokens';
import { layoutCues, LAYOUT_MAX_DURATION_MS } from './cue-timing';
import { layoutBlock } from './phrase-breaks';
import { pushAll } from '../model/arrays';
import { charLength } from './caption-quality';
import { speakerLabel } from './speaker-label';
import { isMostlyCapitals } from '../text/speaker-marks';
import type { Language } from '../text/language/language';
import { profileForLanguage } from './script-profiles';
import { joinsWithoutSpace, unspacedTokens } from './unspaced-tokens';

/**
 * Re-flows any track's cues to a caption profile (CAPTION-RULES.md): the words, in order and
 * unchanged, are laid out again into lines and cues that keep the profile's limits where the words
 * allow; every output cue still outside one is reported. Pure: cues in, cues out. Times are integer
 * ms, half-open [startMs, endMs), on the input's clock.
 */

export const REFLOW_GENERATOR = 'reflow@5';

/**
 * A silence at least this long (ms) between two stretches of text ends a cue: merging across it
 * would show words more than ~1.5 s before or after they are spoken (BBC, CAPTION-RULES.md).
 */
export const PAUSE_MS = 1500;

export interface ReflowResult {
  cues: Cue[];
  /** the output cues checked against the profile: every one still outside a limit, with why */
  report: CaptionQualityReport;
}

/** Words of one speaker turn between pauses: they are laid out together. */
interface Block {
  speaker: string | null;
  /** the block opens a speaker turn, so its first cue names the speaker */
  turnStart: boolean;
  /** only non-speech annotations ("[APPLAUSE]"): shown on their own, as the source did */
  sounds: boolean;
  tokens: CaptionToken[];
}

const SOUND_TAG = /^[[(♪（【].*[\])♪）】][.,;:!?。，！？]*$|^♪+$/;

/** A stretch's words as tokens: space-separated where the language spaces its words, found by its segmenter where not. */
function wordTokens(text: string, maxChars: number, lang: Language): WordToken[] {
  return lang.spaced ? captionTokens(text, maxChars).map((t) => ({ text: t, glued: false })) : unspacedTokens(text, maxChars, lang);
}

function blocksOf(cues: readonly Cue[], maxChars: number, lang: Language): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let lastEnd = -Infinity;
  for (const cue of cues) {
    for (const stretch of speakerStretches(cue)) {
      const tokens = timeTokens(wordTokens(stretch.text, maxChars, lang), stretch.startMs, stretch.endMs);
      if (tokens.length === 0) continue;
      // The first words open a turn only when someone is named or the captions mark a change there.
      const newTurn = stretch.turnStart || (current ? stretch.speaker !== current.speaker : stretch.speaker !== null);
      const sounds = tokens.every((t) => SOUND_TAG.test(t.text));
      if (!current || newTurn || sounds || current.sounds || stretch.startMs - lastEnd >= PAUSE_MS) {
        current = { speaker: stretch.speaker, turnStart: newTurn, sounds, tokens: [] };
        blocks.push(current);
      }
      // words of one cue and the next are joined as the script writes them: no space between Han characters
      const last = current.tokens[current.tokens.length - 1];
      if (last && !lang.spaced && joinsWithoutSpace(last.text, tokens[0]!.text)) tokens[0]!.glued = true;
      pushAll(current.tokens, tokens);
      lastEnd = stretch.endMs;
    }
  }
  return blocks;
}

/**
 * The block's tokens with the visible speaker label of the profile in front (CAPTION-RULES.md: a
 * change of speaker is identified in the text, since players do not show `<v>`). The label is
 * joined to the first word, so no line break falls between them and its characters count in line
 * length and reading rate like any other. A label on a line of its own (DCMP), or one too long to
 * share a line with the first word, is a token of its own, kept in one cue with the words after it
 * (a cue of a label and no words would name a speaker who says nothing); a label is never longer
 * than a line (speakerLabel shortens the name), so it always fits there.
 */
function labelled(block: Block, profile: CaptionProfile, capitals: boolean): CaptionToken[] {
  const label = speakerLabel(profile.speakerLabel.form, block.speaker, capitals, profile.maxCharsPerLine);
  const [first, ...rest] = block.tokens;
  if (!first) return block.tokens;
  const length = charLength(label.text);
  if (label.ownLine || length + 1 + first.length > profile.maxCharsPerLine) {
    const own = {
      text: label.text,
      length: label.ownLine ? Math.max(length, profile.maxCharsPerLine) : length,
      startMs: first.startMs,
      endMs: first.startMs,
      keepWithNext: true,
    };
    return [own, ...block.tokens];
  }
  return [{ ...first, text: `${label.text} ${first.text}`, length: length + 1 + first.length }, ...rest];
}

interface Draft {
  text: string;
  startMs: number;
  endMs: number;
  speaker: string | null;
  turnStart: boolean;
}

function draftsOf(block: Block, profile: CaptionProfile, label: boolean, capitals: boolean, lang: Language): Draft[] {
  const tokens = label ? labelled(block, profile, capitals) : block.tokens;
  const cues = layoutBlock(tokens, {
    capacity: profile.maxCharsPerLine,
    firstCapacity: profile.maxCharsPerLine,
    maxLines: profile.maxLines,
    maxSpanMs: profile.maxDurationMs ?? LAYOUT_MAX_DURATION_MS,
    minSpanMs: profile.minDurationMs,
    breakWords: lang.breaks,
  });
  let start = 0;
  return cues.map((lineEnds, k) => {
    const lines: string[] = [];
    let from = start;
    for (const end of lineEnds) {
      lines.push(joinTokens(tokens.slice(from, end)));
      from = end;
    }
    const draft = { text: lines.join('\n'), startMs: tokens[start]!.startMs, endMs: tokens[from - 1]!.endMs, speaker: block.speaker, turnStart: label && k === 0 };
    start = from;
    return draft;
  });
}

/**
 * Re-flows cues to a profile: a new cue at each speaker change (its first cue carries the speaker,
 * turnStart and, in its text, the profile's visible speaker label: write it with
 * `labelsInText`, so writers add none of their own) after each pause of PAUSE_MS and around
 * stretches of only sound tags; lines filled up to the
 * profile's length, broken at phrase boundaries; at most the profile's lines a cue; each cue timed
 * from its words (the source cue's time spread over its words by characters), then laid out by
 * layoutCues. Cues without text are left out (they hold no word). `lang`, the captions' language,
 * sets how words are found (its segmenter where words are not spaced) and the profile's numbers
 * for its script (script-profiles.ts).
 */
export function reflowCues(cues: readonly Cue[], asked: CaptionProfile, lang: Language): ReflowResult {
  const profile = profileForLanguage(asked, lang);
  const capitals = isMostlyCapitals(cues.map((c) => c.text).join(' '));
  // A turn that opens with applause is named at its first words, not on the sound tag.
  let pending = false;
  const drafts = blocksOf(cues, profile.maxCharsPerLine, lang).flatMap((b, i, all) => {
    pending = b.turnStart || (pending && b.speaker === all[i - 1]?.speaker);
    const label = pending && !b.sounds;
    if (label) pending = false;
    return draftsOf(b, profile, label, capitals, lang);
  });
  const timed = layoutCues(drafts, profile, lang);
  const out: Cue[] = drafts.map((d, i) => ({
    id: String(i + 1),
    startMs: timed[i]!.startMs,
    endMs: timed[i]!.endMs,
    text: d.text,
    speaker: d.speaker,
    ...(d.turnStart ? { turnStart: true } : {}),
  }));
  return { cues: out, report: checkCaptionQuality(out, profile, lang) };
}
