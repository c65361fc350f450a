import { bounded, type SummaryWords } from './types';

/** Italian: consigli comunali, assemblee e commissioni. */
export const ITALIAN_SUMMARY_WORDS: SummaryWords = {
  procedure: [
    'mozione', 'mozioni', 'votazione', 'votazioni', 'voto', 'voti', 'votare', 'votiamo', 'favorevoli', 'contrari', 'astenuti',
    'astensione', 'astensioni', 'approvato', 'approvata', 'approvati', 'approvate', 'approvazione', 'unanimità', 'quorum',
    'appello', 'seduta', 'sedute', 'riunione', 'riunioni', 'sospensione', 'parola', 'grazie', 'ringrazio', 'ringraziamo',
    'benvenuti', 'benvenute', 'benvenuto', 'buongiorno', 'buonasera', 'microfono',
  ],
  titles: [
    'signor', 'signore', 'signora', 'signorina', 'sig', 'dott', 'dottore', 'dottoressa', 'professore', 'professoressa', 'prof',
    'presidente', 'sindaco', 'sindaca', 'assessore', 'assessora', 'consigliere', 'consigliera', 'onorevole', 'ministro',
    'ministra', 'senatore', 'senatrice', 'segretario', 'segretaria', 'direttore', 'direttrice', 'ambasciatore', 'ambasciatrice',
    'collega', 'colleghi',
  ],
  honorifics: ['signor', 'signora', 'signorina', 'sig', 'dott', 'prof', 'on'],
  titlePairs: [['segretario', 'generale'], ['segretaria', 'generale'], ['direttore', 'generale'], ['direttrice', 'generale']],
  procedurePatterns: [
    bounded('chi è (?:favorevole|contrario)|(?:favorevoli|contrari|astenuti)\\s*\\?'),
    bounded("(?:la (?:mozione|proposta|delibera) )?(?:è|viene) (?:approvata|respinta)(?: all['’]unanimità)?|approvat[oaie] all['’]unanimità"),
    bounded('(?:pongo|metto|passiamo) (?:in votazione|alla votazione|ai voti)'),
    bounded('appello nominale|(?:verifica del )?numero legale'),
    bounded('(?:dichiaro (?:aperta|chiusa)|apro|chiudo|sospendo) la seduta|la seduta è (?:aperta|chiusa|tolta|sospesa)'),
    // greeting the room
    bounded('^(?:buongiorno|buonasera|salve|benvenut[ioae])'),
    // handing the floor on
    bounded("(?:do|passo|cedo) la parola|la parola (?:al|alla|all['’])|passiamo (?:ora )?al (?:punto|prossimo)"),
  ],
  fillerPatterns: [
    bounded('^(?:grazie|molte grazie|grazie mille)(?: (?:a tutti|a tutte|a voi|di cuore|per (?:questo|la sua \\p{L}+|il suo \\p{L}+)))?[.!]?$'),
    bounded('mi (?:sentite|sente|vedete|vede)|ci (?:sentite|sente)'),
    bounded('(?:il )?microfono (?:è )?spento|(?:è|sei) (?:in )?muto'),
    bounded('^(?:sì|no|va bene|bene|ok|okay|allora|ecco|dunque|perfetto|esatto|certo|eh|ehm)[\\s\\p{L},]{0,12}[.!?]?$'),
    bounded('^(?:buongiorno|buonasera)[\\s\\p{L},]{0,25}[.!]?$'),
  ],
  generic:
    'grazie oggi domanda domande seduta lavoro gente persone tempo anno anni punto punti minuto minuti riunione tutti benvenuti ' +
    'mattina pomeriggio sera parola inizio prossimo ultimo nuovo nuova parte numero fatto giorno giorni settimana lato fine caso ' +
    'posto idea esempio cosa cose occasione commento risposta aiuto ragione senso settore problema tema membro membri ' +
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre ' +
    'lunedì martedì mercoledì giovedì venerdì sabato domenica ieri domani ' +
    'consiglio comitato commissione giunta delibera dipartimento personale squadra',
  notInPhrases: (
    'zero uno una due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta quaranta cinquanta sessanta cento ' +
    'mille mila milione milioni miliardo miliardi metà ' +
    'piccolo piccola piccoli piccole grande grandi buono buona buoni buone cattivo diverso diversa diversi diverse vari varie ' +
    'certo certa certi certe altro altra altri altre stesso stessa intero intera proprio propria particolare alcuni alcune ' +
    'molti molte molto importante importanti vero vera reale sicuro rapido ' +
    'fare fa fanno bisogna può possono possiamo deve devono dobbiamo dice dire vedere va vanno andiamo abbiamo avete hanno è ' +
    'sono stato essere avere anche bene già ancora sempre davvero inoltre quindi così adesso ora vorrei vogliamo credo penso ' +
    'presenta presentare permette'
  ).split(' '),
  minKeyLength: 3,
};
