import { describeLanguage } from '../../helpers/language-cases';

describeLanguage('it', {
  handOver: [
    'Grazie. Do ora la parola al sindaco di Torino.',
    'La parola alla consigliera Bianchi.',
    'Passiamo ora al punto successivo.',
    'Passiamo alla seconda sessione, dedicata alla casa.',
    'Con questo si conclude la prima parte.',
    'Il prossimo relatore è il professor Rossi.',
  ],
  notHandOver: [
    'Le città devono rispettare le norme sulla qualità dell’aria.',
    'La parola chiave di questa relazione è la resilienza.',
    'Dal mio punto di vista il bilancio non basta.',
    'Passiamo molto tempo nel traffico.',
  ],
  opening: ['Dichiaro aperta la seduta.', 'Benvenuti a questo convegno sulle città sostenibili.', 'Apriamo ufficialmente i lavori.'],
  notOpening: ['Il negozio è aperto la domenica.', 'La finestra della sala è aperta.'],
  preRoll: ['Inizieremo tra pochi minuti.', 'Mi sentite in fondo alla sala?', 'Il codice d’accesso è nell’invito.'],
  startToCome: ['Buongiorno a tutti, inizieremo tra pochi minuti.', 'La seduta riprenderà a breve.', 'Il dibattito inizierà tra pochi minuti.'],
  notStartToCome: ['Iniziamo dal bilancio della città.', 'I lavori inizieranno a marzo.'],
  stemPairs: [['norme', 'norma'], ['sessioni', 'sessione'], ['bilanci', 'bilancio'], ["dell'acqua", 'acqua']],
  dropped: ['ehm', 'cioè', 'allora', 'insomma', 'praticamente'],
  kept: ['città', 'consiglio', 'paese', 'gente'],
  sentences: [
    ['Il sig. Rossi ha preso la parola. Ha parlato del bilancio.', ['Il sig. Rossi ha preso la parola.', 'Ha parlato del bilancio.']],
    ['Alcune città, p. es. Milano, hanno votato. Il resto seguirà.', ['Alcune città, p. es. Milano, hanno votato.', 'Il resto seguirà.']],
    ["Vedi l'art. 5 del regolamento. La dott.ssa Neri non è d'accordo.", ["Vedi l'art. 5 del regolamento.", "La dott.ssa Neri non è d'accordo."]],
    ['Strade, scuole, parchi ecc. Ne parleremo domani.', ['Strade, scuole, parchi ecc.', 'Ne parleremo domani.']],
  ],
  items: [
    ['passiamo al punto 5 dell’ordine del giorno', ['#5']],
    ['punto numero dodici', ['#12']],
    ['il punto ventitré', []],
    ['dal mio punto di vista', []],
  ],
  vocabulary: [['Apertura dei lavori', 'benvenuti'], ['Chiusura', 'arrivederci'], ['Domande e risposte', 'rispondere']],
});
