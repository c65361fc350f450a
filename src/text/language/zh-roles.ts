import type { SpeakerRoles } from './language';

/**
 * Chinese speaker labels, in simplified and traditional characters: "主持人", "主席", and titles
 * written onto the name, before or after it ("市长王伟", "王伟市长", "张女士").
 */
export const CHINESE_ROLES: SpeakerRoles = {
  roleLabels: {
    '主持人': 'moderator', '主持': 'moderator', '主席': 'moderator', '会议主席': 'moderator', '會議主席': 'moderator',
    '会长': 'moderator', '會長': 'moderator', '议长': 'moderator', '議長': 'moderator', '主持嘉宾': 'moderator', '主持嘉賓': 'moderator',
  },
  offices: [
    '主持人', '主席', '副主席', '会长', '會長', '副会长', '副會長', '议长', '議長', '副议长', '副議長', '市长', '市長', '副市长', '副市長',
    '部长', '部長', '局长', '局長', '院长', '院長', '秘书长', '秘書長', '主任', '委员', '委員', '议员', '議員', '代表', '大使', '理事长', '理事長',
  ],
  honorifics: ['先生', '女士', '小姐', '博士', '教授', '老师', '老師'],
  titlesAfterName: true,
};
