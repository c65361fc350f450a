import type { SpeakerRoles } from './language';

/** Portuguese speaker labels: "O SR. PRESIDENTE", "A presidenta", "PREFEITA SOUZA", "VEREADOR LIMA". */
export const PORTUGUESE_ROLES: SpeakerRoles = {
  roleLabels: {
    presidente: 'moderator', presidenta: 'moderator', 'o presidente': 'moderator', 'a presidente': 'moderator', 'a presidenta': 'moderator',
    'o sr. presidente': 'moderator', 'a sra. presidente': 'moderator', 'a sra. presidenta': 'moderator',
    'o senhor presidente': 'moderator', 'a senhora presidente': 'moderator', 'sr. presidente': 'moderator', 'sra. presidente': 'moderator',
    moderador: 'moderator', moderadora: 'moderator', 'o moderador': 'moderator', 'a moderadora': 'moderator',
    anfitrião: 'host', anfitriã: 'host', 'o anfitrião': 'host', 'a anfitriã': 'host',
  },
  offices: [
    'vice-presidente', 'vice-prefeito', 'vice-prefeita',
    'prefeito', 'prefeita', 'vereador', 'vereadora', 'presidente', 'presidenta', 'vice', 'deputado', 'deputada', 'senador', 'senadora',
    'ministro', 'ministra', 'secretário', 'secretária', 'diretor', 'diretora', 'director', 'directora', 'conselheiro', 'conselheira',
    'embaixador', 'embaixadora', 'delegado', 'delegada', 'governador', 'governadora', 'juiz', 'juíza', 'relator', 'relatora',
    'moderador', 'moderadora',
  ],
  honorifics: ['senhor', 'senhora', 'doutor', 'doutora', 'professor', 'professora', 'dom', 'dona'],
  articles: ['o', 'a', 'os', 'as'],
};
