import type { SpeakerRoles } from './language';

/** French speaker labels: "LE PRÉSIDENT", "Mme la présidente", "MAIRE DUPONT", "LA DÉPUTÉE MARTIN" (the article is no title: "Le Pen"). */
export const FRENCH_ROLES: SpeakerRoles = {
  roleLabels: {
    président: 'moderator', présidente: 'moderator', 'le président': 'moderator', 'la présidente': 'moderator',
    'monsieur le président': 'moderator', 'madame la présidente': 'moderator', 'm. le président': 'moderator', 'mme la présidente': 'moderator',
    'président de séance': 'moderator', 'présidente de séance': 'moderator',
    modérateur: 'moderator', modératrice: 'moderator', 'le modérateur': 'moderator', 'la modératrice': 'moderator',
    animateur: 'moderator', animatrice: 'moderator', "l'animateur": 'moderator', "l'animatrice": 'moderator',
    hôte: 'host', hôtesse: 'host', "l'hôte": 'host', "l'hôtesse": 'host',
  },
  offices: [
    'vice-président', 'vice-présidente',
    'maire', 'adjoint', 'adjointe', 'conseiller', 'conseillère', 'président', 'présidente', 'vice', 'député', 'députée',
    'sénateur', 'sénatrice', 'ministre', 'secrétaire', 'directeur', 'directrice', 'ambassadeur', 'ambassadrice',
    'délégué', 'déléguée', 'rapporteur', 'rapporteure', 'rapporteuse', 'commissaire', 'préfet', 'préfète', 'gouverneur',
    'juge', 'greffier', 'greffière', 'bourgmestre', 'échevin', 'échevine', 'modérateur', 'modératrice',
  ],
  honorifics: ['monsieur', 'madame', 'mademoiselle', 'docteur', 'docteure', 'professeur', 'professeure', 'maître'],
  articles: ['le', 'la', 'les', 'l'],
};
