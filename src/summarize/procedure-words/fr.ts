import { bounded, type SummaryWords } from './types';

/** French: conseils municipaux, assemblées et commissions. */
export const FRENCH_SUMMARY_WORDS: SummaryWords = {
  procedure: [
    'motion', 'motions', 'vote', 'votes', 'voter', 'votons', 'voté', 'votée', 'votés', 'scrutin', 'abstention', 'abstentions',
    'abstient', 'abstiennent', 'adopté', 'adoptée', 'adoptés', 'adoptées', 'unanimité', 'approuvé', 'approuvée', 'approuver',
    'quorum', 'appel', 'séance', 'séances', 'réunion', 'réunions', 'levée', 'suspension', 'parole',
    'merci', 'remercie', 'remercions', 'bienvenue', 'bonjour', 'bonsoir', 'mesdames', 'messieurs', 'micro', 'microphone',
  ],
  titles: [
    'monsieur', 'madame', 'mademoiselle', 'm', 'mme', 'mlle', 'dr', 'docteur', 'docteure', 'professeur', 'professeure', 'maître',
    'président', 'présidente', 'ministre', 'maire', 'adjoint', 'adjointe', 'conseiller', 'conseillère', 'député', 'députée',
    'sénateur', 'sénatrice', 'secrétaire', 'directeur', 'directrice', 'ambassadeur', 'ambassadrice', 'délégué', 'déléguée',
    'collègue', 'collègues',
  ],
  honorifics: ['monsieur', 'madame', 'mademoiselle', 'mme', 'mlle', 'dr'],
  titlePairs: [['vice', 'président'], ['vice', 'présidente'], ['secrétaire', 'général'], ['secrétaire', 'générale'], ['directeur', 'général'], ['directrice', 'générale']],
  procedurePatterns: [
    bounded('qui est (?:pour|contre)|(?:celles et )?ceux qui sont (?:pour|contre)|qui vote (?:pour|contre)'),
    bounded("qui s['’]abstient|des abstentions|pas d['’]abstention"),
    bounded("(?:la )?(?:motion|délibération|résolution|proposition) est (?:adoptée|rejetée|approuvée)|adopté(?:e|s|es)? à l['’]unanimité"),
    bounded('(?:je (?:mets|vais mettre)|nous passons|passons) (?:aux voix|au vote)'),
    bounded("appel nominal|procéder à l['’]appel|le quorum est atteint"),
    bounded('(?:je déclare (?:la séance )?|la séance est )(?:ouverte|levée|suspendue)|je lève la séance'),
    // greeting the room
    bounded('^(?:bonjour|bonsoir|bienvenue|mesdames et messieurs|chers collègues)'),
    // handing the floor on
    bounded('(?:je (?:vous )?(?:donne|passe|cède) la parole)|la parole est à|nous passons (?:maintenant )?au point'),
  ],
  fillerPatterns: [
    bounded("^merci(?: beaucoup| bien)?(?: à (?:tous|toutes|vous)(?: et à toutes)?| pour (?:cela|votre \\p{L}+))?[.!]?$"),
    bounded("(?:vous )?(?:m|nous)['’]entendez[- ]vous|est-ce que vous (?:m['’]|nous )entendez|on m['’]entend"),
    bounded('votre micro(?:phone)? est coupé|vous êtes en sourdine|(?:activez|allumez) votre micro'),
    bounded("^(?:oui|non|d['’]accord|bon|bien|voilà|alors|euh|ok|okay|très bien|parfait|exactement)[\\s\\p{L},'’]{0,12}[.!?]?$"),
    bounded("^(?:bonjour|bonsoir)[\\s\\p{L},'’]{0,25}[.!]?$"),
  ],
  generic:
    "merci bonjour bonsoir premier première deuxième troisième aujourd'hui question questions séance travail gens personnes temps année " +
    'point points minute minutes réunion monde bienvenue matin soir parole début suite dernier dernière nouveau nouvelle part partie ' +
    'nombre fait jour jours semaine côté fin cas place idée exemple chose choses occasion commentaire réponse aide raison sens domaine ' +
    'problème sujet membre membres ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche hier demain ' +
    'conseil comité commission bureau délibération résolution département service personnel équipe',
  notInPhrases: (
    'zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante ' +
    'cinquante soixante cent cents mille million millions milliard milliards moitié ' +
    'petit petite petits petites grand grande grands grandes bon bonne bons bonnes mauvais mauvaise différent différente différents ' +
    'différentes divers diverses certain certaine certains certaines autre autres même mêmes entier entière propre particulier ' +
    'plusieurs quelques beaucoup énorme important importante importants importantes vrai vraie réel réelle sûr rapide ' +
    // verbs and adverbs said in any sentence
    'faire fait font faut peut peuvent pouvons doit doivent devons dit dire voir va vont allons avons avez ont est sont été être avoir ' +
    'aussi très bien déjà encore toujours vraiment effectivement notamment donc ainsi également maintenant souhaite souhaitons ' +
    'voudrais voudrions pense pensons crois sais savez permet permettent présente présenter'
  ).split(' '),
  minKeyLength: 3,
};
