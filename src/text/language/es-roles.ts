import type { SpeakerRoles } from './language';

/** Spanish speaker labels: "LA PRESIDENTA", "El señor presidente", "ALCALDESA RUIZ", "CONCEJAL GÓMEZ". */
export const SPANISH_ROLES: SpeakerRoles = {
  roleLabels: {
    presidente: 'moderator', presidenta: 'moderator', 'el presidente': 'moderator', 'la presidenta': 'moderator', 'la presidente': 'moderator',
    'el señor presidente': 'moderator', 'la señora presidenta': 'moderator', 'señor presidente': 'moderator', 'señora presidenta': 'moderator',
    'sr. presidente': 'moderator', 'sra. presidenta': 'moderator',
    moderador: 'moderator', moderadora: 'moderator', 'el moderador': 'moderator', 'la moderadora': 'moderator',
    anfitrión: 'host', anfitriona: 'host', 'el anfitrión': 'host', 'la anfitriona': 'host',
  },
  offices: [
    'alcalde', 'alcaldesa', 'concejal', 'concejala', 'regidor', 'regidora', 'edil', 'presidente', 'presidenta',
    'vicepresidente', 'vicepresidenta', 'diputado', 'diputada', 'senador', 'senadora', 'ministro', 'ministra',
    'secretario', 'secretaria', 'director', 'directora', 'consejero', 'consejera', 'embajador', 'embajadora',
    'delegado', 'delegada', 'gobernador', 'gobernadora', 'juez', 'jueza', 'magistrado', 'magistrada', 'síndico', 'síndica',
    'moderador', 'moderadora',
  ],
  honorifics: ['señor', 'señora', 'señorita', 'don', 'doña', 'doctor', 'doctora', 'profesor', 'profesora', 'licenciado', 'licenciada', 'ingeniero', 'ingeniera'],
  articles: ['el', 'la', 'los', 'las'],
};
