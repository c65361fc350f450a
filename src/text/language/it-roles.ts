import type { SpeakerRoles } from './language';

/** Italian speaker labels: "IL PRESIDENTE", "La presidente", "SINDACO ROSSI", "CONSIGLIERA BIANCHI", "ON. VERDI". */
export const ITALIAN_ROLES: SpeakerRoles = {
  roleLabels: {
    presidente: 'moderator', presidentessa: 'moderator', 'il presidente': 'moderator', 'la presidente': 'moderator', 'la presidentessa': 'moderator',
    'signor presidente': 'moderator', 'signora presidente': 'moderator',
    moderatore: 'moderator', moderatrice: 'moderator', 'il moderatore': 'moderator', 'la moderatrice': 'moderator',
    'padrone di casa': 'host', 'padrona di casa': 'host',
  },
  offices: [
    'sindaco', 'sindaca', 'vicesindaco', 'vicesindaca', 'assessore', 'assessora', 'consigliere', 'consigliera', 'presidente', 'presidentessa',
    'vicepresidente', 'deputato', 'deputata', 'senatore', 'senatrice', 'ministro', 'ministra', 'sottosegretario', 'sottosegretaria',
    'segretario', 'segretaria', 'direttore', 'direttrice', 'ambasciatore', 'ambasciatrice', 'delegato', 'delegata', 'onorevole',
    'prefetto', 'commissario', 'commissaria', 'relatore', 'relatrice', 'giudice', 'moderatore', 'moderatrice',
  ],
  honorifics: ['signor', 'signore', 'signora', 'signorina', 'dottor', 'dottore', 'dottoressa', 'professor', 'professore', 'professoressa', 'avvocato', 'avvocata', 'ingegnere'],
  articles: ['il', 'lo', 'la', 'l'],
};
