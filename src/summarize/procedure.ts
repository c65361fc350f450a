import { contentTerms } from '../text/terms';
import { withoutSounds } from '../text/sounds';
import { languageOf } from '../text/language/registry';

// Interim (issue 14): the summary's language is threaded from the event in the summary scope's change.
const INTERIM_LANGUAGE = languageOf('en');

/**
 * The language of running a meeting, as opposed to what the meeting is about. Council, committee
 * and board meetings (the ../shared council captions, QMSum's parliamentary committees) spend many
 * sentences on it, in the same words whatever the agenda: "is there a motion", "all in favor,
 * please indicate", "motion carries", "the roll". Such words make no keyphrase and such sentences
 * no summary. Each class below is a kind of meeting business, not words of one meeting.
 */
const PROCEDURE_WORDS = [
  // motions and votes (Robert's Rules and its local variants)
  'motion', 'motions', 'move', 'moved', 'moves', 'second', 'seconded', 'seconds', 'favor', 'favour', 'aye', 'ayes',
  'nay', 'nays', 'opposed', 'oppose', 'abstain', 'abstains', 'abstention', 'abstentions', 'vote', 'votes', 'voted',
  'voting', 'carries', 'carried', 'passes', 'approve', 'approves', 'approved', 'approval', 'unanimous', 'unanimously',
  'indicate', 'signify', 'roll', 'quorum', 'consent', 'objection', 'objections',
  // the order of business: items, minutes, opening and closing the meeting
  'agenda', 'item', 'items', 'adjourn', 'adjourned', 'adjournment', 'recess', 'minutes', 'meeting', 'meetings',
  'session', 'sessions', 'floor', 'chair', 'clerk', 'recognize', 'recognized',
  // courtesy and turn-taking
  'thank', 'thanks', 'thanked', 'please', 'welcome', 'welcomed', 'pleasure', 'appreciate', 'morning', 'afternoon',
  'evening', 'microphone', 'mic', 'mute', 'unmute',
];

/**
 * Titles and offices said before a person's name ("Mr. Little", "Council Member Meredith",
 * "Mayor Battle"). A title breaks a keyphrase, and the one word after it is a surname: alone it
 * is no topic and may read as a common word ("little", "battle").
 */
const TITLE_WORDS = [
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'mister', 'madam', 'madame', 'sir', 'dame', 'lord', 'lady',
  'councilman', 'councilwoman', 'councilmember', 'councillor', 'councilor', 'alderman', 'alderwoman',
  'commissioner', 'chairman', 'chairwoman', 'chairperson', 'chair', 'mayor', 'president', 'senator',
  'representative', 'delegate', 'governor', 'minister', 'secretary', 'judge', 'justice', 'honorable',
  'honourable', 'reverend', 'pastor', 'chaplain', 'professor', 'doctor',
  // relations said before a name the same way ("my colleague Bilel Jamoussi")
  'colleague', 'colleagues', 'friend', 'friends',
];

/** Titles that are nothing else: always before a name, even in captions without capitals. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'mister', 'madam', 'madame', 'sir']);

/** Two-word titles, first word then second ("council member Little", "vice chair"). */
const TITLE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['council', 'member'], ['council', 'members'], ['board', 'member'], ['committee', 'member'], ['vice', 'chair'],
  ['vice', 'president'], ['vice', 'mayor'], ['city', 'manager'], ['city', 'attorney'], ['city', 'clerk'],
];

// By word form, not stem: "indicate" is procedure, "indicators" is not.
const PROCEDURE = new Set(PROCEDURE_WORDS);
const TITLES = new Set(TITLE_WORDS);

/** Whether a lower-case word belongs to running the meeting. */
export function isProcedureWord(word: string): boolean {
  return PROCEDURE.has(word);
}

/**
 * Whether a lower-case word is a title said before a name: an honorific always, an office
 * ("chair", "president") only before a capitalised word, so "the chair" and "the president of
 * the board" stay words.
 */
export function isTitleWord(word: string, nextCapitalised: boolean): boolean {
  return HONORIFICS.has(word) || (TITLES.has(word) && nextCapitalised);
}

/** Whether the lower-case words `first second` make a two-word title. */
export function isTitlePair(first: string, second: string): boolean {
  return TITLE_PAIRS.some(([a, b]) => a === first && b === second);
}

/**
 * Sentences that only run the meeting. A pattern of procedure is not enough: "10A is a resolution
 * to set a public hearing on the zoning of 2.41 acres ..., is there a motion" says what is voted
 * on. So a sentence is procedure when it has a pattern and few content words besides those of
 * procedure and titles (fewer than a summary sentence needs).
 */
const PATTERNS = [
  /\b(?:all|those) (?:those )?in favou?r\b/,
  /\bplease (?:indicate|signify|say aye|raise)/,
  /\b(?:is there|do i have|i have|we have|i'?ll take|hear) an? (?:motion|second)\b/,
  /\b(?:motion|second(?:ed)?) (?:from|by)\b/,
  /\b(?:the )?motion (?:carries|passes|fails|is (?:approved|carried|adopted))\b/,
  /\bso moved\b|^(?:i )?move (?:to )?approv/,
  /\b(?:any|all) (?:opposed|oppose|abstentions?|nays?)\b/,
  /\b(?:the )?ayes have it\b/,
  /\b(?:roll call|call the roll|quorum)\b/,
  /\b(?:call (?:this|the) (?:meeting|session) to order|(?:meeting|we) (?:is|are|stand) adjourned|motion to adjourn)\b/,
  // greeting the room
  /^(?:(?:and )?good (?:morning|afternoon|evening)|hello|hi|welcome)\b/,
  // handing the floor on: who speaks next, not what is said
  /\b(?:give|pass|hand) (?:you )?(?:the floor|over)\b|\bi(?:'d| would) like to (?:invite|introduce|call (?:on|upon))\b|\b(?:we )?now move (?:on )?to\b/,
];

/** Content words a procedural sentence may have besides those of procedure and titles. */
const MAX_OTHER_TERMS = 8;

export function isProcedure(sentence: string): boolean {
  const plain = withoutSounds(sentence);
  const text = plain.toLowerCase();
  if (!PATTERNS.some((re) => re.test(text))) return false;
  // names and their offices ("Javier García Díaz, Director General of UNE") say who, not what
  const named = plain.replace(/(?<=\S\s+)\p{Lu}[\p{L}'’-]*/gu, ' ');
  const other = named
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => w !== '' && !PROCEDURE.has(w) && !TITLES.has(w))
    .flatMap((w) => contentTerms(w, INTERIM_LANGUAGE));
  return other.length < MAX_OTHER_TERMS;
}
