import type { SpeakerTranscript } from '../model/speaker-transcript';
import { personLine } from '../text/person-line';
import { escapeMarkdown, timeMark } from './render';

/**
 * speakers/<slug>.md: the speaker's name and what the manifest says of them, then per session a
 * heading and their paragraphs, each led by a `[hh:mm:ss]` mark (recording time) linked to
 * that moment of the recording when it has a url, as transcript.md marks them.
 */
export function renderSpeakerMarkdown(s: SpeakerTranscript): string {
  const lines = [`# ${escapeMarkdown(s.name)}`, ''];
  const about = personLine(s);
  if (about !== '') lines.push(escapeMarkdown(about), '');
  for (const session of s.sessions) {
    const mark = (ms: number) => timeMark(session.url, ms);
    lines.push(`## ${escapeMarkdown(session.title)}`, '');
    for (const p of session.paragraphs) lines.push(`${mark(p.startMs)} ${escapeMarkdown(p.text)}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
