import { speakerStretches } from '../../model/speaker-stretches';
import type { Cue, Track } from '../../model/track';
import { formatTimecode } from '../../model/timecode';
import { labelledCueParts, type LabelledPart } from '../labelled-text';
import type { WriteOptions } from '../types';
import { hasRightToLeftLetter, isRightToLeftTrack } from '../right-to-left';

const TTML_NS = 'http://www.w3.org/ns/ttml';
const TTM_NS = 'http://www.w3.org/ns/ttml#metadata';
const TTS_NS = 'http://www.w3.org/ns/ttml#styling';

/** Characters XML 1.0 cannot hold at all (not even as references): dropped so the output parses. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An xml:id must be an NCName; cue ids that are not ("1", "a b") are left out. */
const NCNAME = /^[A-Za-z_][\w.-]*$/;

/** Gives every distinct speaker an agent id, in order of first appearance. */
function agentIds(track: Track): Map<string, string> {
  const ids = new Map<string, string>();
  const add = (speaker: string | null): void => {
    if (speaker && !ids.has(speaker)) ids.set(speaker, `speaker-${ids.size + 1}`);
  };
  for (const cue of track.cues) {
    add(cue.speaker);
    for (const stretch of speakerStretches(cue)) add(stretch.speaker);
  }
  return ids;
}

/** Text with line breaks as `<br/>`. */
function markup(text: string): string {
  return text.split('\n').map(escapeText).join('<br/>');
}

/**
 * A paragraph per cue, its text as labelledCueParts gives it (a visible label at each change of
 * speaker: ttconv, for one, keeps no ttm:agent). A cue of several speakers' parts gets a span per
 * part, each naming its own agent, whatever number of lines a part holds.
 */
function paragraph(cue: Cue, parts: readonly LabelledPart[], agents: ReadonlyMap<string, string>, id: string | undefined, rtl: boolean): string {
  const attrs = [`begin="${formatTimecode(cue.startMs)}"`, `end="${formatTimecode(cue.endMs)}"`];
  if (id) attrs.unshift(`xml:id="${id}"`);
  // TTML has a direction of its own: a paragraph of right-to-left text says so, and its lines
  // (a label with a Latin name, a closing full stop) are laid out right to left by it.
  if (rtl && parts.some((p) => hasRightToLeftLetter(p.text))) attrs.push('tts:direction="rtl"');
  let content: string;
  if (parts.length > 1) {
    content = parts
      .map((part) => {
        const agent = part.speaker ? ` ttm:agent="${agents.get(part.speaker)}"` : '';
        return `<span${agent}>${markup(part.text)}</span>`;
      })
      .join('<br/>');
  } else {
    if (cue.speaker) attrs.push(`ttm:agent="${agents.get(cue.speaker)}"`);
    content = markup(parts.map((p) => p.text).join('\n'));
  }
  return `      <p ${attrs.join(' ')}>${content}</p>`;
}

/**
 * Writes TTML 1: one `<p begin end>` per cue (clock times, ms precision), `<br/>` for line
 * breaks, speakers as ttm:agent references to `<ttm:agent>` declarations in the head (for
 * readers that keep them) and as a visible label in the text at each change of speaker.
 * Styling and layout are not written: recap's model holds none that TTML readers would need;
 * but the direction of right-to-left paragraphs is (tts:direction), with the track's xml:lang.
 */
export function writeTtml(track: Track, options: WriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  const agents = agentIds(track);
  const lang = escapeAttr(track.language || 'en');
  const rtl = isRightToLeftTrack(track);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tt xmlns="${TTML_NS}" xmlns:ttm="${TTM_NS}"${rtl ? ` xmlns:tts="${TTS_NS}"` : ''} xml:lang="${lang}">`,
  ];
  if (agents.size > 0) {
    lines.push('  <head>', '    <metadata>');
    for (const [name, id] of agents) {
      lines.push(`      <ttm:agent type="person" xml:id="${id}"><ttm:name type="full">${escapeText(name)}</ttm:name></ttm:agent>`);
    }
    lines.push('    </metadata>', '  </head>');
  }
  lines.push('  <body>', '    <div>');
  const used = new Set(agents.values());
  const parts = labelledCueParts(track, (t) => t, { labelsInText: options.labelsInText, namedApart: true });
  for (const [i, cue] of track.cues.entries()) {
    const id = NCNAME.test(cue.id) && !used.has(cue.id) ? cue.id : undefined;
    if (id) used.add(id);
    lines.push(paragraph(cue, parts[i]!, agents, id, rtl));
  }
  lines.push('    </div>', '  </body>', '</tt>');
  return `${lines.join(eol)}${eol}`;
}
