import { describeLanguage } from '../../helpers/language-cases';

describeLanguage('fr', {
  handOver: [
    'Merci beaucoup. Je donne maintenant la parole à Mme Dubois, maire de Lyon.',
    'Sans plus tarder, je vous cède la parole.',
    'La parole est à M. le rapporteur.',
    "Nous passons maintenant au point suivant de l'ordre du jour.",
    'Passons à la deuxième table ronde, consacrée au logement.',
    "Ceci conclut notre première session. Nous reprendrons à onze heures.",
    "J'invite Mme Martin à prendre la parole.",
    'Nous en venons au point 5, le budget supplémentaire.',
  ],
  notHandOver: [
    'Les villes doivent respecter les normes de qualité de l’air.',
    'Il faut passer à la vitesse supérieure sur la rénovation des logements.',
    'La parole des habitants doit être entendue par le conseil.',
    'Je voudrais poser la question suivante au rapporteur.',
    'Sur ce point, je ne suis pas d’accord avec vous.',
  ],
  opening: ['Je déclare la séance ouverte.', 'Je déclare ouverte la troisième session du conseil.', 'Bienvenue à ce forum sur les villes durables.', 'Nous sommes très heureux de vous accueillir à Genève.'],
  notOpening: ['Le marché est ouvert le dimanche.', 'Je déclare que je ne voterai pas ce texte.'],
  preRoll: ['Nous allons commencer dans quelques minutes, merci de patienter.', "Est-ce que vous m'entendez au fond de la salle ?", 'Le code d’accès est indiqué dans l’invitation.'],
  startToCome: ['Bonjour à tous, nous allons commencer dans quelques minutes.', 'La séance va reprendre dans un instant.', "L'audition commencera dans quelques minutes."],
  notStartToCome: ['Nous allons commencer par le budget de la ville.', 'Les travaux commenceront en mars.'],
  stemPairs: [['normes', 'norme'], ['villes', 'ville'], ['logements', 'logement'], ["l'environnement", 'environnement']],
  dropped: ['euh', 'bon', 'voilà', 'donc', 'ben', 'bref', "aujourd'hui", "l'"],
  kept: ['état', 'normes', 'séance'],
  sentences: [
    ['M. Dupont a pris la parole. Il a parlé du budget.', ['M. Dupont a pris la parole.', 'Il a parlé du budget.']],
    ['Les grandes villes, p. ex. Lyon ou Lille, ont voté. Le reste suivra.', ['Les grandes villes, p. ex. Lyon ou Lille, ont voté.', 'Le reste suivra.']],
    ["Voir l'art. 5 du règlement. Mme Roux n'est pas d'accord.", ["Voir l'art. 5 du règlement.", "Mme Roux n'est pas d'accord."]],
    ['Les transports, le logement, etc. Nous en parlerons demain.', ['Les transports, le logement, etc.', 'Nous en parlerons demain.']],
    ['Il y a des parcs, des écoles, etc. et des hôpitaux.', ['Il y a des parcs, des écoles, etc. et des hôpitaux.']],
    // captions in capitals: only a word that opens sentences says that one begins
    ['DES PARCS, DES ÉCOLES, ETC. NOUS VOTERONS DEMAIN.', ['DES PARCS, DES ÉCOLES, ETC.', 'NOUS VOTERONS DEMAIN.']],
    ['DES PARCS, DES ÉCOLES, ETC. À LYON ET À LILLE.', ['DES PARCS, DES ÉCOLES, ETC. À LYON ET À LILLE.']],
  ],
  items: [
    ['nous passons au point 5 de l’ordre du jour', ['#5']],
    ['point numéro douze, les subventions', ['#12']],
    ['le point vingt-deux', ['#22']],
    ['le point vingt et un est reporté', ['#21']],
    ['le point 4b', ['#4', '#4b']],
    ['il faut mettre les points sur les i', []],
  ],
  vocabulary: [['Ouverture de la séance', 'bienvenue'], ['Clôture', 'revoir'], ['Questions diverses', 'réponse']],
});
