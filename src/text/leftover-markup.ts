import type { InputWarning, InputWarningCode } from '../model/input-warning';
import type { Cue } from '../model/track';
import { HTML_ENTITIES } from './entities';

/**
 * Markup, timestamps, character references and timing arrows left in cue text: a cue's `text` is
 * plain by contract (markup removed, entities decoded), so any of these means the file was read
 * as the wrong format or written by a tool that escaped twice, and the garbage would be published.
 */

/**
 * How many cues must hold a leftover before it is reported: one. Plain caption text has no reason
 * to hold a WebVTT timestamp tag, an ASS override or "-->", so a single one already shows the
 * reading went wrong, and the organiser should look before it is published.
 */
export const LEFTOVER_MIN_CUES = 1;

interface LeftoverKind {
  code: InputWarningCode;
  /** what it is, for the message */
  what: string;
  /** the first leftover in `text`, or null */
  find(text: string): string | null;
}

// Bounded patterns (no unbounded run before a fixed character): linear on any text.
const INLINE_TIMESTAMP = /<(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}>/;
// The formatting elements caption formats use, opening or closing, with a class or attributes;
// "<LAUGHS>" or "<inaudible>" are text some captioners write, not markup.
const MARKUP_TAG = /<\/?(?:b|i|u|s|c|v|em|strong|font|span|p|br|ruby|rt|sub|sup|small|big|lang|sync|div)(?=[\s.>/])[^<>\n]{0,200}>/i;
// An ASS/SSA override block: "{\an8}", "{\i1}", "{\pos(10,20)}".
const ASS_OVERRIDE = /\{\\[A-Za-z0-9]/;
const REFERENCE = /&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

function firstMatch(pattern: RegExp, text: string): string | null {
  const m = pattern.exec(text);
  return m ? m[0] : null;
}

/** A reference the HTML table knows (or a numeric one): "&amp;" is, "AT&T;" is not. */
function firstReference(text: string): string | null {
  if (text.indexOf('&') === -1) return null;
  for (const m of text.matchAll(REFERENCE)) {
    if (m[0].startsWith('&#') || HTML_ENTITIES[m[0]] !== undefined) return m[0];
  }
  return null;
}

const KINDS: readonly LeftoverKind[] = [
  { code: 'timestamp-in-text', what: 'inline timestamp tags', find: (t) => (t.indexOf('<') === -1 ? null : firstMatch(INLINE_TIMESTAMP, t)) },
  { code: 'markup-in-text', what: 'markup tags or override codes', find: (t) => (t.indexOf('<') === -1 ? null : firstMatch(MARKUP_TAG, t)) ?? (t.indexOf('{') === -1 ? null : firstMatch(ASS_OVERRIDE, t)) },
  { code: 'entity-in-text', what: 'undecoded character references', find: firstReference },
  { code: 'timing-in-text', what: 'a timing arrow "-->"', find: (t) => (t.includes('-->') ? '-->' : null) },
];

/** One warning per kind of leftover, naming how many cues hold it and the first one. */
export function checkLeftoverMarkup(cues: readonly Cue[], file: string): InputWarning[] {
  const warnings: InputWarning[] = [];
  for (const kind of KINDS) {
    let count = 0;
    let first: { cue: Cue; found: string } | undefined;
    for (const cue of cues) {
      const found = kind.find(cue.text);
      if (found === null) continue;
      count++;
      first ??= { cue, found };
    }
    if (count < LEFTOVER_MIN_CUES || !first) continue;
    warnings.push({
      code: kind.code,
      file,
      ...(first.cue.line !== undefined ? { line: first.cue.line } : {}),
      message: `${count} of ${cues.length} cues hold ${kind.what} in their text (first: ${JSON.stringify(first.found)}); it would be published as words`,
      value: count,
    });
  }
  return warnings;
}
