/**
 * `--strict` on parse and check: read to the letter of the format's specification (the WebVTT
 * parsing algorithm drops a cue whose timing line is malformed instead of recovering it). A valid
 * file with no cue is then a valid result, as the specification has it (a WebVTT file holding only
 * its signature), so it is printed and exits 0; an invalid one (a bad signature, nothing to read)
 * is still exit 1. Without --strict an empty file is refused, since it is unusable for an event.
 */
export const STRICT_READ_HELP = 'read to the letter of the format\'s specification (malformed cues dropped, not recovered); a valid file with no cue is then a valid result (exit 0)';

export function strictReadOptions(strict: boolean | undefined): { strict?: true; allowEmpty?: true } {
  return strict === true ? { strict: true, allowEmpty: true } : {};
}
