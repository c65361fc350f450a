import type { SpeakerRoles } from './language';

/** German speaker labels: "DER VORSITZENDE", "Präsidentin", "BÜRGERMEISTERIN SCHMIDT", "STADTRAT MÜLLER", "Frau Dr. Weber". */
export const GERMAN_ROLES: SpeakerRoles = {
  roleLabels: {
    vorsitzender: 'moderator', vorsitzende: 'moderator', 'der vorsitzende': 'moderator', 'die vorsitzende': 'moderator',
    vorsitz: 'moderator', 'der vorsitz': 'moderator', sitzungsleitung: 'moderator', sitzungsleiter: 'moderator', sitzungsleiterin: 'moderator',
    präsident: 'moderator', präsidentin: 'moderator', 'der präsident': 'moderator', 'die präsidentin': 'moderator',
    moderator: 'moderator', moderatorin: 'moderator', 'der moderator': 'moderator', 'die moderatorin': 'moderator', moderation: 'moderator',
    gastgeber: 'host', gastgeberin: 'host', 'der gastgeber': 'host', 'die gastgeberin': 'host',
  },
  offices: [
    'vize-präsident', 'vize-präsidentin',
    'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'stadtrat', 'stadträtin', 'gemeinderat', 'gemeinderätin',
    'ratsherr', 'ratsfrau', 'ratsmitglied', 'stadtverordneter', 'stadtverordnete', 'beigeordneter', 'beigeordnete', 'dezernent', 'dezernentin',
    'landrat', 'landrätin', 'präsident', 'präsidentin', 'vizepräsident', 'vizepräsidentin', 'vorsitzender', 'vorsitzende',
    'abgeordneter', 'abgeordnete', 'minister', 'ministerin', 'bundesminister', 'bundesministerin', 'staatssekretär', 'staatssekretärin',
    'senator', 'senatorin', 'direktor', 'direktorin', 'botschafter', 'botschafterin', 'richter', 'richterin', 'moderator', 'moderatorin',
  ],
  honorifics: ['herr', 'frau', 'doktor', 'professor', 'professorin'],
  articles: ['der', 'die'],
};
