import { centiClock } from './clock';
import { plainText, type GeneratedCue } from './serialize';

/** ASS and SSA scripts as subtitle editors save them: one style, one Dialogue line per cue. */

function dialogueText(cue: GeneratedCue): string {
  return cue.lines.map(plainText).join('\\N');
}

export function serializeAss(cues: GeneratedCue[]): string {
  const head = [
    '[Script Info]',
    'Title: Council meeting',
    'ScriptType: v4.00+',
    'PlayResX: 384',
    'PlayResY: 288',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    'Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,1',
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
  ];
  const events = cues.map((c) => `Dialogue: 0,${centiClock(c.startMs)},${centiClock(c.endMs)},Default,,0,0,0,,${dialogueText(c)}`);
  return `${[...head, ...events].join('\n')}\n`;
}

export function serializeSsa(cues: GeneratedCue[]): string {
  const head = [
    '[Script Info]',
    'Title: Council meeting',
    'ScriptType: v4.00',
    '',
    '[V4 Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, TertiaryColour, BackColour, Bold, Italic, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, AlphaLevel, Encoding',
    'Style: Default,Arial,20,16777215,65535,65535,-2147483640,0,0,1,2,2,2,10,10,10,0,1',
    '',
    '[Events]',
    'Format: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
  ];
  const events = cues.map((c) => `Dialogue: Marked=0,${centiClock(c.startMs)},${centiClock(c.endMs)},Default,,0000,0000,0000,,${dialogueText(c)}`);
  return `${[...head, ...events].join('\n')}\n`;
}
