import type { SpeakerRoles } from './language';

/** English speaker labels: "THE CHAIR", "MAYOR DELACROIX-HAYES", "COUNCILMEMBER OKAFOR", "SEN. ABERNATHY-COLE", "VICE CHAIR LI". */
export const ENGLISH_ROLES: SpeakerRoles = {
  roleLabels: {
    chair: 'moderator', 'the chair': 'moderator', chairman: 'moderator', chairwoman: 'moderator', chairperson: 'moderator',
    moderator: 'moderator', 'the moderator': 'moderator', host: 'host', 'the host': 'host',
  },
  offices: [
    'mayor', 'councilmember', 'councilman', 'councilwoman', 'councillor', 'councilor', 'council', 'member', 'alderman',
    'alderwoman', 'alder', 'commissioner', 'supervisor', 'trustee', 'chair', 'chairman', 'chairwoman', 'chairperson',
    'vice', 'deputy', 'president', 'senator', 'sen', 'rep', 'representative', 'assemblymember', 'delegate', 'minister',
    'ambassador', 'secretary', 'judge', 'justice', 'director', 'clerk', 'speaker', 'governor', 'honourable', 'honorable', 'hon',
  ],
  honorifics: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'madam', 'dame'],
};
