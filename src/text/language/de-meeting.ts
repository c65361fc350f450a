import type { MeetingWords } from './language';
import { itemPattern, numberWords, phrase, spokenNumber } from './meeting-patterns';

/** How German-speaking chairs and moderators run a meeting (Rat, Ausschuss, Tagung), as the aligner reads it. */

const UNITS = ['null', ['eins', 'ein', 'eine'], 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const NUMBERS = numberWords(UNITS, ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig']);
const NUMBER = spokenNumber(NUMBERS);
const ITEM = '(?:tagesordnungspunkt|top)';
// the person handed to: "Frau Müller", "Herrn Dr. Schmidt", "die Kollegin", "der Abgeordnete"
const PERSON = String.raw`(?:frau|herr|herrn|dr\.?|professor|professorin|prof\.?|(?:der|die|den) (?:kollege|kollegin|kollegen|abgeordnete|abgeordneten|bürgermeister|bürgermeisterin|vertreter|vertreterin|herr|frau|stadtrat|stadträtin))`;

const HAND_OVER = [
  phrase(String.raw`(?:erteile|übergebe|gebe|geben|übergeben|erteilen) (?:\S+ ){0,5}?(?:das wort|das mikrofon|weiter)(?: an| für)?|(?:ich )?(?:erteile|übergebe|gebe) (?:das wort )?an ${PERSON}`),
  phrase(String.raw`das wort (?:hat|haben) (?:jetzt |nun |als nächste[rs]? )?${PERSON}`),
  phrase(String.raw`(?:kommen|gehen|wenden uns|machen weiter|fahren fort) (?:\S+ ){0,2}?(?:zu|zum|zur|mit) (?:punkt|tagesordnungspunkt|top|nächsten|nächste|nächster|zweiten|dritten|letzten|aussprache|abstimmung|fragerunde|diskussion|panel|vortrag|session|sitzung|block)`),
  phrase(String.raw`(?:nächster|nächste|nächsten) (?:tagesordnungspunkt|redner|rednerin|rednerinnen|sprecher|sprecherin|vortrag|beitrag|session|panel|block|referent|referentin)`),
  phrase(String.raw`(?:damit|hiermit) (?:ist (?:der|die|das) \S+ (?:erledigt|beendet|geschlossen|abgeschlossen)|schließe ich|beende ich|schließen wir|beenden wir|kommen wir)`),
  phrase(String.raw`(?:begrüße ich|begrüßen wir|willkommen) (?:sie )?(?:herzlich )?(?:zur|zum|zu) (?:\S+ )?(?:session|sitzung|panel|block|runde|teil)`),
  phrase(String.raw`(?:zu|zum|bei) ${ITEM} (?:nummer |nr\.? )?${NUMBER}`),
];

const PRE_ROLL = phrase(String.raw`in (?:wenigen|ein paar|einigen) minuten|(?:warten|wartet) (?:noch )?(?:kurz|einen moment|auf)|tonprobe|soundcheck|mikrofontest|(?:hören|verstehen) sie mich|können sie mich (?:hören|verstehen)|eins,? zwei,? drei|teilnehmer (?:kommen|wählen sich)|meeting-id|kenncode|passwort|einwahl`);

const START_TO_COME = phrase(String.raw`(?:wir )?(?:beginnen|starten|fangen|geht es|geht's) (?:\S+ )?(?:in (?:wenigen|ein paar|einigen|\d+|fünf|zwei|drei|zehn) minuten|gleich (?:an|los)|in kürze|in einem moment)|\S+ (?:beginnt|startet|geht (?:es )?los) (?:erst )?(?:in (?:wenigen|ein paar|einigen|\d+|fünf|zwei|drei|zehn) minuten|gleich|in kürze|in einem moment)|\S+ geht (?:es )?(?:gleich|in kürze|in wenigen minuten) los`);

const OPENING = phrase(String.raw`(?:ich )?eröffne (?:hiermit )?(?:die |den |das |unsere |diese )?(?:\S+ ){0,3}?\S*(?:sitzung|versammlung|tagung|konferenz|veranstaltung|forum|debatte|aussprache)|(?:die )?\S*(?:sitzung|versammlung|tagung) ist (?:hiermit )?eröffnet|(?:herzlich )?willkommen (?:zur|zum|zu) (?:\S+ ){0,4}?\S*(?:sitzung|konferenz|tagung|forum|veranstaltung|webinar|versammlung|workshop|gipfel)`);

export const GERMAN_MEETING: MeetingWords = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: ['minuten', 'gleich', 'warten', 'moment', 'teilnehmer', 'ton', 'mikrofon', 'hören', 'stummgeschaltet', 'einwahl'],
  postRollWords: ['wiedersehen', 'tschüss', 'geschlossen', 'beendet', 'übertragung', 'aufzeichnung', 'abend'],
  agendaVocabulary: {
    eröffnung: ['begrüßen', 'willkommen', 'eröffnen', 'eröffne', 'danken'],
    begrüßung: ['begrüßen', 'willkommen', 'danken'],
    schluss: ['danke', 'danken', 'schließen', 'beenden', 'wiedersehen'],
    abschluss: ['danke', 'danken', 'schließen', 'beenden', 'wiedersehen'],
    fragen: ['frage', 'antwort', 'antworten'],
    diskussion: ['frage', 'antwort', 'meinung', 'beitrag'],
    pause: ['pause', 'kaffee', 'fortsetzen', 'minuten'],
    verschiedenes: ['hinweis', 'frage', 'termin'],
  },
  spokenItems: {
    numberWords: NUMBERS,
    patterns: [itemPattern(String.raw`(?:${ITEM}|punkt) (?:nummer |nr\.? )?${NUMBER}(?:([ -]?)([a-z]))?`)],
    letterItem: null,
  },
  emptyItems: null,
  briefItem: phrase('eröffnung|begrüßung|schluss|schließung|tagesordnung|namensaufruf|protokoll|pause|verabschiedung'),
};
