import { UNIDENTIFIED_SPEAKER, type Transcript, type TranscriptParagraph, type TranscriptSound } from '../model/transcript';
import { joinText } from '../text/join-words';
import { recordingLink } from '../model/recording-link';
import { clock } from '../model/timecode';

type Item = { kind: 'paragraph'; p: TranscriptParagraph } | { kind: 'sound'; s: TranscriptSound };

/**
 * Paragraphs and sounds in time order; a sound heard during a paragraph comes right after it
 * (sentences are never broken by an annotation).
 */
function items(t: Transcript): Item[] {
  const out: Item[] = [];
  let next = 0;
  for (const p of t.paragraphs) {
    while (next < t.sounds.length && t.sounds[next]!.startMs < p.startMs) out.push({ kind: 'sound', s: t.sounds[next++]! });
    out.push({ kind: 'paragraph', p });
    while (next < t.sounds.length && t.sounds[next]!.startMs < p.endMs) out.push({ kind: 'sound', s: t.sounds[next++]! });
  }
  while (next < t.sounds.length) out.push({ kind: 'sound', s: t.sounds[next++]! });
  return out;
}

const speakerName = (p: TranscriptParagraph): string => p.speaker ?? UNIDENTIFIED_SPEAKER;
const paragraphText = (p: TranscriptParagraph): string => joinText(p.sentences.map((s) => s.text));
/** Caption text is plain: characters Markdown would read as markup are escaped. */
export const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>])/g, '\\$1');

/** "[hh:mm:ss]" in Markdown, linked to that moment of the recording when it has a url. */
export function timeMark(url: string | undefined, ms: number): string {
  return url ? `[\\[${clock(ms)}\\]](${recordingLink(url, ms)})` : `\\[${clock(ms)}\\]`;
}

/** transcript.md: the title, then each turn under its speaker's bold name, a time mark per paragraph. */
export function renderMarkdown(t: Transcript): string {
  const mark = (ms: number) => timeMark(t.url, ms);
  const lines = [`# ${escapeMarkdown(t.title)}`, '', `Recording \`${t.recording}\`, ${clock(t.startMs)} to ${clock(t.endMs)}.`, ''];
  let previousTurn: number | undefined;
  for (const item of items(t)) {
    if (item.kind === 'sound') {
      lines.push(`${mark(item.s.startMs)} *${escapeMarkdown(item.s.text)}*`, '');
      previousTurn = undefined;
      continue;
    }
    const p = item.p;
    // The name heads each turn, and is repeated after an annotation broke the flow.
    if (p.turn !== previousTurn) lines.push(`**${escapeMarkdown(speakerName(p))}**`, '');
    lines.push(`${mark(p.startMs)} ${escapeMarkdown(paragraphText(p))}`, '');
    previousTurn = p.turn;
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** transcript.txt: plain text, a blank line between paragraphs, "Name: text". */
export function renderText(t: Transcript): string {
  const blocks = [t.title];
  for (const item of items(t)) {
    blocks.push(item.kind === 'sound' ? item.s.text : `${speakerName(item.p)}: ${paragraphText(item.p)}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
