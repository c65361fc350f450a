/**
 * Role labels that captioners give anyone they cannot name ("SPEAKER:", "AUDIENCE MEMBER:",
 * "FEMALE CALLER:", "MEMBER OF THE PUBLIC:"). Two such labels in a row are most often two people
 * (council captions label every public commenter ">> SPEAKER:"), so they never join one turn.
 * A numbered role ("SPEAKER 2", a diarizer's "SPEAKER_00") tells its people apart and is not generic, nor is one with the
 * definite article ("THE SPEAKER" of a parliament, "THE INTERPRETER" of a hearing): one known holder.
 */
const ROLE_NOUNS = new Set([
  'SPEAKER', 'SPEAKERS', 'MEMBER', 'COMMENT', 'COMMENTER', 'COMMENTATOR', 'CALLER', 'INTERPRETER', 'TRANSLATOR',
  'AUDIENCE', 'PARTICIPANT', 'ATTENDEE', 'RESIDENT', 'CITIZEN', 'PERSON', 'VOICE', 'VOICES', 'MAN', 'WOMAN',
  'MALE', 'FEMALE', 'STUDENT', 'QUESTIONER', 'CROWD', 'GROUP', 'PUBLIC', 'TESTIFIER',
]);
/** Words that qualify a role without naming anyone. */
const ROLE_QUALIFIERS = new Set([
  'UNIDENTIFIED', 'UNKNOWN', 'UNNAMED', 'ANOTHER', 'NEXT', 'NEW', 'OTHER', 'FLOOR', 'OFF', 'SCREEN', 'OFFSCREEN',
  'MULTIPLE', 'SEVERAL', 'ALL', 'THE', 'A', 'AN', 'OF', 'FROM', 'IN', 'ON', 'LINE', 'PHONE',
]);

/** True when a speaker label is a role anyone could carry (see above), in any case. */
export function isGenericLabel(label: string): boolean {
  // Diarizers join the number with an underscore ("SPEAKER_00"): it numbers the role as a space does.
  const words = label.toUpperCase().split(/[\s_-]+/).map((w) => w.replace(/[^\p{L}]/gu, '')).filter(Boolean);
  if (words.length === 0 || words[0] === 'THE' || words.length !== label.trim().split(/[\s_-]+/).length) return false;
  return words.some((w) => ROLE_NOUNS.has(w)) && words.every((w) => ROLE_NOUNS.has(w) || ROLE_QUALIFIERS.has(w));
}
