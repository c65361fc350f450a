import type { SpeakerRoles } from './language';

/** Japanese speaker labels: "司会", "議長", "委員長", and titles written onto the name ("山田議長", "田中市長", "佐藤さん"). */
export const JAPANESE_ROLES: SpeakerRoles = {
  roleLabels: {
    '司会': 'moderator', '司会者': 'moderator', '進行': 'moderator', '司会進行': 'moderator', '進行役': 'moderator',
    '議長': 'moderator', '座長': 'moderator', '委員長': 'moderator', 'モデレーター': 'moderator', 'ファシリテーター': 'moderator',
  },
  offices: [
    '司会', '司会者', '議長', '副議長', '座長', '委員長', '副委員長', '市長', '副市長', '町長', '村長', '知事', '区長', '大臣', '副大臣',
    '議員', '委員', '会長', '理事長', '部長', '局長', '課長', '事務局長', '大使', '代表',
  ],
  honorifics: ['さん', '様', '君', '氏', '先生', '博士', '教授'],
  titlesAfterName: true,
};
