import { stripHtmlMarkup } from '../../text/markup';

/** MicroDVD control codes: `{y:i}`, `{Y:b,u}`, `{c:$0000ff}`, `{f:Arial}`, `{s:12}`, `{P:0}`, `{H:...}`. */
const CONTROL_CODE = /\{[A-Za-z]:[^{}]*\}/g;

/**
 * The plain text of a MicroDVD cue: control codes removed, "|" as a line break. HTML formatting
 * tags some converters add (<i>) go too; other angle-bracket text ("<LAUGHS>") stays.
 */
export function microDvdText(text: string): string {
  // Control codes start with "{": most cues have none, and skip that regex pass.
  const withoutCodes = text.indexOf('{') === -1 ? text : text.replace(CONTROL_CODE, '');
  return stripHtmlMarkup(withoutCodes.replace(/\|/g, '\n'));
}
