import type { SpeakerTranscript } from '../model/speaker-transcript';

/** "moderator, Chief of Study Groups, TSB, ITU": what the manifest says of the person, if anything. */
export function personLine(s: SpeakerTranscript): string {
  if (!s.person) return '';
  const about = [s.person.role, s.person.affiliation].filter((x) => x !== undefined && x !== '');
  const alias = s.person.name !== s.name ? [s.person.name] : [];
  return [...alias, ...about].join(', ');
}
