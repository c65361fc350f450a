import { words as NATURAL_STOP_WORDS } from 'natural/lib/natural/util/stopwords';
import { foldAccents } from './fold';
import { lexiconTags } from '../english-lexicon';
import { ENGLISH_ITEMS } from './en-items';
import { ENGLISH_MEETING } from './en-meeting';
import { ENGLISH_ROLES } from './en-roles';
import type { LanguageEntry, StopRule } from './language';
import { STEMMERS } from './stemmers';
import { ENGLISH_BREAKS } from './en-breaks';

/** English: natural's stop words and Porter stemmer, and the words of English-speaking meetings. */

// Words that carry no topic in transcribed speech, beyond the usual stop words.
const SPOKEN_FILLERS = [
  'um', 'uh', 'erm', 'er', 'ah', 'mm', 'hmm', 'mhm', 'yeah', 'yes', 'yep', 'okay', 'ok', 'oh', 'like', 'just',
  'right', 'gonna', 'wanna', 'gotta', 'so', 'well', 'know', 'think', 'mean', 'really', 'actually', 'thing',
  'things', 'going', 'get', 'got', 'can', 'could', 'would', 'should', 'will', 'also', 'much', 'very', 'lot',
  'kind', 'sort', 'bit', 'maybe', 'probably', 'something', 'anything', 'guess', 'sure', 'let', 'say', 'said',
  'see', 'want', 'need', 'go', 'come', 'make', 'put', 'way', 'one', 'two', 'now', 'yes', 'not', 'don', 've',
  'll', 're', 'isn', 'didn', 'doesn', 'wasn', 'aren', 'won', 'd', 's', 't', 'm',
];

const ABBREVIATIONS = new Map<string, StopRule>([
  ['mr', 'title'], ['mrs', 'title'], ['ms', 'title'], ['mx', 'title'], ['dr', 'title'], ['prof', 'title'], ['st', 'title'], ['mt', 'title'],
  ['e.g', 'inside'], ['i.e', 'inside'], ['vs', 'inside'], ['cf', 'inside'], ['approx', 'inside'], ['dept', 'inside'],
  ['no', 'number'],
  ['a.m', 'next'], ['p.m', 'next'], ['etc', 'next'], ['jr', 'next'], ['sr', 'next'], ['inc', 'next'], ['ltd', 'next'],
]);

const OPENERS = new Set([
  'the', 'a', 'an', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'these', 'there', 'our', 'my',
  'so', 'now', 'and', 'but', 'thank', 'thanks', 'let', 'yes', 'well', 'okay', 'please', 'what', 'how', 'why',
]);

// "May" and "March" are left out: as verbs they are far more frequent in speech than as months.
const CALENDAR = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Forms every English transcript writes this way.
const FIXED = ['OK', 'Q&A', 'TV', 'COVID', 'English', 'French', 'Spanish', 'Internet', 'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof'];

export const ENGLISH: LanguageEntry = {
  tag: 'en',
  name: 'English',
  direction: 'ltr',
  spaced: true,
  fold: foldAccents,
  stem: STEMMERS.en,
  stopWords: NATURAL_STOP_WORDS,
  fillers: SPOKEN_FILLERS,
  minWordLength: 2,
  sentences: { abbreviations: ABBREVIATIONS, openers: OPENERS },
  breaks: ENGLISH_BREAKS,
  meeting: { ...ENGLISH_MEETING, spokenItems: ENGLISH_ITEMS },
  lexicon: lexiconTags,
  properForms: [...CALENDAR, ...FIXED],
  speakerRoles: ENGLISH_ROLES,
  capitalWords: /^i(['’](m|ll|ve|d))?$/,
};
