import type { Cue } from '../../src/model/track';
import type { CaptionProfile } from '../../src/publish/caption-profiles';
import { speakerLabel } from '../../src/publish/speaker-label';

/** The text of a re-flowed cue without the visible speaker label its turn opens with (which must be there). */
export function unlabelled(c: Pick<Cue, 'text' | 'speaker' | 'turnStart'>, profile: CaptionProfile): string {
  if (!c.turnStart) return c.text;
  const label = speakerLabel(profile.speakerLabel.form, c.speaker, false, profile.maxCharsPerLine).text;
  if (!c.text.toUpperCase().startsWith(label.toUpperCase())) throw new Error(`cue "${c.text}" does not open with its label "${label}"`);
  return c.text.slice(label.length).replace(/^\s+/, '');
}

/** The spoken words of re-flowed cues, in order: their labels left out. */
export function spokenWords(cues: readonly Pick<Cue, 'text' | 'speaker' | 'turnStart'>[], profile: CaptionProfile): string[] {
  return cues.flatMap((c) => unlabelled(c, profile).split(/\s+/).filter((w) => w !== ''));
}
