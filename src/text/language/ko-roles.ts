import type { SpeakerRoles } from './language';

/** Korean speaker labels: "사회자", "의장", "위원장", and titles before or after the name ("김민수 의원", "시장 박영희", "이수진 위원장님"). */
export const KOREAN_ROLES: SpeakerRoles = {
  roleLabels: {
    '사회자': 'moderator', '사회': 'moderator', '진행자': 'moderator', '좌장': 'moderator', '의장': 'moderator', '위원장': 'moderator',
    '모더레이터': 'moderator', '의장님': 'moderator', '위원장님': 'moderator', '사회자님': 'moderator',
  },
  offices: [
    '사회자', '진행자', '좌장', '의장', '부의장', '위원장', '부위원장', '시장', '부시장', '구청장', '군수', '도지사', '의원', '위원',
    '장관', '차관', '대사', '대표', '회장', '이사장', '국장', '실장', '과장', '의장님', '위원장님', '의원님', '시장님', '장관님',
  ],
  honorifics: ['님', '씨', '선생님', '교수', '교수님', '박사', '박사님'],
  titlesAfterName: true,
};
