import type { MeetingWords } from './language';
import { itemPattern, numberWords, phrase, spokenNumber } from './meeting-patterns';

/** How Italian-speaking chairs and moderators run a meeting (consiglio comunale, convegno), as the aligner reads it. */

const UNITS = ['zero', ['uno', 'un', 'una'], 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];
const NUMBERS = numberWords(UNITS, ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta']);
const NUMBER = spokenNumber(NUMBERS);
const TO = "(?:al|alla|ai|alle|allo|agli|all['’]|a)";

const HAND_OVER = [
  phrase(String.raw`(?:do|cedo|passo|diamo|lascio|ridò) (?:ora |adesso |quindi |subito |senz'altro )*la parola`),
  phrase(String.raw`la parola (?:va |passa )?(?:ora |adesso |quindi )?(?:al|alla|all['’]|ai|a) ?(?:sindaco|sindaca|consigliere|consigliera|assessore|assessora|presidente|relatore|relatrice|dottor|dottoressa|professor|professoressa|onorevole|signor|signora|collega|rappresentante)`),
  phrase(String.raw`(?:passiamo|passeremo|possiamo passare|andiamo|procediamo|veniamo) (?:ora |adesso |quindi |dunque |subito )*${TO} ?(?:punto|prossim\p{L}*|successiv\p{L}*|seguente|sessione|relatore|relatrice|intervento|secondo|seconda|terzo|terza|ultimo|ultima|domande|dibattito|discussione|votazione|tavola rotonda)`),
  phrase(String.raw`(?:prossimo|prossima) (?:punto|relatore|relatrice|sessione|intervento|oratore|oratrice)|punto successivo`),
  phrase(String.raw`(?:con questo|così) (?:si conclude|concludiamo|chiudiamo|termina|terminiamo)`),
  phrase(String.raw`(?:invito|invitiamo) .{0,40}?(?:a prendere la parola|al microfono|sul palco|al tavolo dei relatori)`),
  phrase(String.raw`(?:al|il) punto (?:numero |n\. ?)?${NUMBER}`),
];

const PRE_ROLL = phrase(String.raw`(?:tra|fra) (?:pochi|qualche|alcuni) (?:minuti|istanti)|(?:aspettiamo|stiamo aspettando) (?:ancora )?(?:che|qualche|alcuni|i)|prova (?:audio|microfono)|(?:mi|ci) sentite|prova,? (?:uno|1)|id (?:della )?riunione|codice d['’]accesso|password`);

const START_TO_COME = phrase(String.raw`(?:inizieremo|cominceremo|iniziamo|cominciamo|partiamo|riprendiamo|riprenderemo|(?:la |il |l['’])?\S+ (?:inizierà|comincerà|riprenderà|sta per (?:iniziare|cominciare))) (?:(?:tra|fra) (?:pochi|qualche|alcuni|\d+|due|cinque|dieci) (?:minuti|istanti|momenti|minuto|istante)|a breve|tra poco|fra poco)`);

const OPENING = phrase(String.raw`dichiaro (?:aperta|aperto|aperti|aperte)|(?:la seduta|la sessione|la riunione) è aperta|benvenut[ie] (?:a|al|alla|all['’]|in) (?:\S+ ){0,4}?(?:riunione|seduta|sessione|forum|conferenza|convegno|webinar|incontro|assemblea|consiglio)|apr(?:o|iamo) (?:ufficialmente )?(?:la seduta|la sessione|i lavori)`);

export const ITALIAN_MEETING: MeetingWords = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: ['minuti', 'istanti', 'aspettare', 'attendere', 'collegamento', 'collegati', 'partecipanti', 'audio', 'microfono', 'sentite'],
  postRollWords: ['arrivederci', 'tolta', 'chiusa', 'conclusa', 'registrazione', 'diretta', 'prossima'],
  agendaVocabulary: {
    apertura: ['benvenuti', 'benvenuto', 'aprire', 'saluti', 'ringraziare'],
    saluti: ['saluto', 'benvenuti', 'ringraziare'],
    chiusura: ['grazie', 'ringraziare', 'concludere', 'arrivederci'],
    conclusioni: ['concludere', 'ringraziare', 'riassumere'],
    domande: ['domanda', 'risposta', 'rispondere'],
    dibattito: ['domanda', 'risposta', 'intervenire'],
    pausa: ['pausa', 'caffè', 'riprendere', 'minuti'],
    varie: ['comunicazione', 'domanda'],
  },
  spokenItems: {
    numberWords: NUMBERS,
    patterns: [itemPattern(String.raw`punto (?:numero |n\. ?)?${NUMBER}(?:([ -]?)([a-z]))?`)],
    letterItem: null,
  },
  emptyItems: null,
  briefItem: phrase('apertura|chiusura|benvenuto|ordine del giorno|appello|verbale|verbali|pausa'),
};
