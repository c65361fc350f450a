import { bounded, type SummaryWords } from './types';

/** German: Gemeinderat, Landtag, Ausschüsse. Nouns are capitalised: a capital marks no name. */
export const GERMAN_SUMMARY_WORDS: SummaryWords = {
  procedure: [
    'antrag', 'anträge', 'abstimmung', 'abstimmungen', 'abstimmen', 'enthaltung', 'enthaltungen', 'gegenstimmen', 'dafür',
    'dagegen', 'angenommen', 'abgelehnt', 'einstimmig', 'beschlossen', 'beschlussfähig', 'beschlussfähigkeit', 'tagesordnung',
    'tagesordnungspunkt', 'sitzung', 'sitzungen', 'protokoll', 'danke', 'dank', 'bedanke', 'willkommen', 'begrüße', 'begrüßen',
    'mikrofon', 'wort',
  ],
  titles: [
    'herr', 'herrn', 'frau', 'dr', 'prof', 'professor', 'professorin', 'doktor', 'präsident', 'präsidentin', 'bürgermeister',
    'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'minister', 'ministerin', 'stadtrat', 'stadträtin',
    'abgeordneter', 'abgeordnete', 'vorsitzender', 'vorsitzende', 'senator', 'senatorin', 'botschafter', 'botschafterin',
    'direktor', 'direktorin', 'kollege', 'kollegin', 'kollegen', 'kolleginnen',
  ],
  honorifics: ['herr', 'herrn', 'frau', 'dr', 'prof'],
  titlePairs: [],
  procedurePatterns: [
    bounded('wer (?:ist|stimmt) (?:dafür|dagegen)|wer enthält sich|gegenstimmen\\s*\\?|enthaltungen\\s*\\?'),
    bounded('(?:der antrag|die vorlage|der beschluss) ist (?:einstimmig )?(?:angenommen|abgelehnt|beschlossen)|einstimmig (?:angenommen|beschlossen)'),
    bounded('lasse (?:darüber )?abstimmen|kommen (?:wir )?(?:nun |jetzt )?zur abstimmung'),
    bounded('beschlussfähig(?:keit)?|namentliche abstimmung'),
    bounded('(?:ich )?(?:eröffne|schließe|unterbreche) die sitzung|die sitzung ist (?:eröffnet|geschlossen|unterbrochen)'),
    // greeting the room
    bounded('^(?:guten (?:morgen|tag|abend)|hallo|herzlich willkommen|willkommen|sehr geehrte)'),
    // handing the floor on
    bounded('(?:ich )?(?:gebe|übergebe) (?:das wort )?(?:an|weiter)|das wort hat|ich erteile .{0,60}?das wort|(?:wir )?kommen (?:nun |jetzt )?zu (?:tagesordnungspunkt|punkt|top)'),
  ],
  fillerPatterns: [
    bounded('^(?:danke|vielen dank|herzlichen dank|danke schön|danke sehr)(?: (?:an alle|ihnen|euch|allen|für (?:ihre|eure|die) \\p{L}+))?[.!]?$'),
    bounded('(?:hören|verstehen|sehen) sie (?:mich|uns)|(?:hört|versteht) ihr (?:mich|uns)'),
    bounded('(?:ihr|dein) mikrofon ist (?:aus|stumm)|sie sind stumm(?:geschaltet)?'),
    bounded('^(?:ja|nein|genau|gut|okay|ok|also|so|richtig|äh|ähm|alles klar|prima|super)[\\s\\p{L},]{0,12}[.!?]?$'),
    bounded('^(?:guten (?:morgen|tag|abend))[\\s\\p{L},]{0,25}[.!]?$'),
  ],
  generic:
    'danke dank heute frage fragen sitzung arbeit leute menschen zeit jahr jahre punkt minute minuten treffen willkommen morgen ' +
    'nachmittag abend wort anfang nächste letzte neu neue teil zahl tatsache tag tage woche seite ende fall platz idee beispiel ' +
    'sache sachen gelegenheit kommentar antwort hilfe grund sinn bereich problem thema mitglied mitglieder ' +
    'januar februar märz april mai juni juli august september oktober november dezember ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag gestern ' +
    'rat ausschuss gremium beschluss verwaltung abteilung team',
  notInPhrases: (
    'null eins ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert ' +
    'tausend million millionen milliarde milliarden hälfte ' +
    'klein kleine kleinen kleiner groß große großen großer gut gute guten schlecht verschieden verschiedene verschiedenen ' +
    'bestimmte andere anderen gleiche gleichen ganz ganze ganzen eigene eigenen einige wenige viele viel wichtig wichtige ' +
    'wichtigen sicher schnell ' +
    'müssen sollen werden wird wurde wurden haben hat ist sind sein gibt geht machen macht sagen gesagt sehen glaube denke ' +
    'möchte möchten bitte natürlich wirklich eigentlich schon noch auch heute jetzt bereits außerdem deshalb'
  ).split(' '),
  minKeyLength: 3,
  capitalisedNouns: true,
};
