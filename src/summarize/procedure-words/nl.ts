import { bounded, type SummaryWords } from './types';

/** Dutch: gemeenteraad, Kamer en commissies. */
export const DUTCH_SUMMARY_WORDS: SummaryWords = {
  procedure: [
    'motie', 'moties', 'stemming', 'stemmingen', 'stemmen', 'stemt', 'gestemd', 'aangenomen', 'verworpen', 'unaniem',
    'onthouding', 'onthoudingen', 'quorum', 'agenda', 'agendapunt', 'vergadering', 'vergaderingen', 'sessie', 'schorsing',
    'schors', 'woord', 'dank', 'dankjewel', 'dankuwel', 'bedankt', 'welkom', 'goedemorgen', 'goedemiddag', 'goedenavond',
    'microfoon',
  ],
  titles: [
    'meneer', 'mevrouw', 'heer', 'dhr', 'mevr', 'mw', 'dr', 'prof', 'professor', 'voorzitter', 'burgemeester', 'wethouder',
    'raadslid', 'raadsleden', 'minister', 'staatssecretaris', 'kamerlid', 'gedeputeerde', 'directeur', 'ambassadeur', 'collega',
  ],
  honorifics: ['meneer', 'mevrouw', 'dhr', 'mevr', 'mw', 'dr', 'prof'],
  titlePairs: [],
  procedurePatterns: [
    bounded('wie is (?:er )?(?:voor|tegen)|wie (?:stemt|stemmen) (?:voor|tegen)|wie onthoudt zich'),
    bounded('(?:de motie|het voorstel|het amendement) is (?:unaniem |met algemene stemmen )?(?:aangenomen|verworpen)|met algemene stemmen aangenomen'),
    bounded('(?:we gaan|wij gaan) (?:nu )?(?:over tot de )?stemm(?:en|ing)|ik breng (?:het|dit) in stemming'),
    bounded('hoofdelijke stemming|het quorum|presentielijst'),
    bounded('(?:ik )?(?:open|sluit|schors) de vergadering|de vergadering is (?:geopend|gesloten|geschorst)'),
    // greeting the room
    bounded('^(?:goedemorgen|goedemiddag|goedenavond|goeiemorgen|hallo|welkom|dames en heren)'),
    // handing the floor on
    bounded('(?:ik )?geef (?:het woord|de gelegenheid) aan|het woord is aan|(?:we )?gaan (?:nu )?(?:door )?naar (?:agendapunt|punt)'),
  ],
  fillerPatterns: [
    bounded('^(?:dank u|dank je|dankjewel|dankuwel|bedankt)(?: wel)?(?: (?:allemaal|voor (?:uw|je|jullie) \\p{L}+))?[.!]?$'),
    bounded('(?:kunt u|kun je|kunnen jullie) (?:mij|me|ons) (?:horen|zien)|(?:hoort|ziet) u (?:mij|me|ons)'),
    bounded('(?:uw|je) microfoon staat uit|u staat op (?:stil|mute)'),
    bounded('^(?:ja|nee|oké|ok|okay|goed|prima|precies|inderdaad|nou|dus|eh|uh|zeker)[\\s\\p{L},]{0,12}[.!?]?$'),
    bounded('^(?:goedemorgen|goedemiddag|goedenavond)[\\s\\p{L},]{0,25}[.!]?$'),
  ],
  generic:
    'dank bedankt vandaag vraag vragen vergadering werk mensen tijd jaar jaren punt punten minuut minuten iedereen welkom ochtend ' +
    'middag avond woord begin volgende laatste nieuw nieuwe deel aantal feit dag dagen week kant einde geval plaats idee ' +
    'voorbeeld ding dingen gelegenheid opmerking antwoord hulp reden zin gebied probleem onderwerp lid leden ' +
    'januari februari maart april mei juni juli augustus september oktober november december ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren morgen ' +
    'raad commissie college besluit afdeling personeel team',
  notInPhrases: (
    'nul een twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig zestig honderd duizend ' +
    'miljoen miljard helft ' +
    'klein kleine groot grote goed goede slecht verschillend verschillende bepaalde ander andere zelfde hele eigen enkele ' +
    'weinig veel belangrijk belangrijke echt zeker snel ' +
    'moeten moet kunnen kan zullen zal willen wil gaan gaat doen doet zeggen zegt zien hebben heeft zijn is was wordt worden ' +
    'denk vind graag ook heel al nog altijd eigenlijk natuurlijk dus nu daarom bovendien'
  ).split(' '),
  minKeyLength: 3,
};
