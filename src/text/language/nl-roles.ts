import type { SpeakerRoles } from './language';

/** Dutch speaker labels: "DE VOORZITTER", "Dagvoorzitter", "BURGEMEESTER JANSEN", "WETHOUDER DE VRIES", "Mevrouw Bakker". */
export const DUTCH_ROLES: SpeakerRoles = {
  roleLabels: {
    voorzitter: 'moderator', 'de voorzitter': 'moderator', dagvoorzitter: 'moderator', 'de dagvoorzitter': 'moderator',
    gespreksleider: 'moderator', 'de gespreksleider': 'moderator', moderator: 'moderator', 'de moderator': 'moderator',
    gastheer: 'host', gastvrouw: 'host', 'de gastheer': 'host', 'de gastvrouw': 'host',
  },
  offices: [
    'vice-voorzitter',
    'burgemeester', 'wethouder', 'raadslid', 'gemeenteraadslid', 'statenlid', 'kamerlid', 'gedeputeerde', 'schepen', 'voorzitter',
    'vicevoorzitter', 'ondervoorzitter', 'minister', 'staatssecretaris', 'secretaris', 'directeur', 'directrice', 'ambassadeur',
    'gouverneur', 'commissaris', 'griffier', 'senator', 'rechter', 'gespreksleider', 'dagvoorzitter', 'moderator',
  ],
  honorifics: ['meneer', 'mevrouw', 'heer', 'juffrouw', 'dokter', 'professor'],
  articles: ['de'],
};
