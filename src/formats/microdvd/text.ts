import { stripHtmlMarkup } from '../../text/markup';

/** MicroDVD control codes: `{y:i}`, `{Y:b,u}`, `{c:$0000ff}`, `{f:Arial}`, `{s:12}`, `{P:0}`, `{H:...}`. */
const CONTROL_CODE = /\{[A-Za-z]:[^{}]*\}/g;

/**
 * The plain text of a MicroDVD cue: control codes removed, "|" as a line break. HTML formatting
 * tags some converters add (<i>) go too; other angle-bracket text ("<LAUGHS>") stays.
 */
export function microDvdText(text: string): string {
  return stripHtmlMarkup(text.replace(CONTROL_CODE, '').replace(/\|/g, '\n'));
}
