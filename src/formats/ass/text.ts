import { stripAssMarkup } from '../../text/markup';

const DRAWING_MODE = /\\p[1-9]/;

/**
 * Vector drawings: an override block with `\p1` (or any non-zero scale) turns the following
 * text into drawing commands ("m 0 0 l 100 0 ...") until the next block; they are not words.
 * Found with indexOf: a regex with two `[^}]*` around `\p` retried at every "{" takes time
 * growing faster than the square of a text full of "{\p1".
 */
function removeDrawings(field: string): string {
  let out = '';
  let kept = 0;
  let open = field.indexOf('{');
  while (open !== -1) {
    const close = field.indexOf('}', open + 1);
    if (close === -1) break;
    // A "{" inside this block has the same "}" and a part of its text: it draws only if this one does.
    if (!DRAWING_MODE.test(field.slice(open, close))) {
      open = field.indexOf('{', close + 1);
      continue;
    }
    out += field.slice(kept, open);
    const next = field.indexOf('{', close + 1);
    kept = next === -1 ? field.length : next;
    open = next;
  }
  return kept === 0 ? field : out + field.slice(kept);
}

/** The plain text of an ASS/SSA dialogue Text field: drawings and override tags removed, `\N` as line breaks. */
export function assPlainText(field: string): string {
  return stripAssMarkup(field.indexOf('{') === -1 ? field : removeDrawings(field));
}
