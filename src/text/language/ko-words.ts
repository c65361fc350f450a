/** Korean words beyond stopwords-iso: what speech adds, and what the list wrongly drops. */

export const KOREAN_FILLERS = [
  '음', '어', '저', '뭐', '이제', '그냥', '막', '있잖아요', '약간', '진짜', '정말', '이렇게', '그런', '그래서', '자', '예', '네', '아', '에', '그게', '되게',
];

/** Nouns of stopwords-iso's Korean list that carry a topic: "아이" (child), "시간" (time), "구" (district), "다수" (majority), "이상" (above; an ideal). */
export const KOREAN_TOPIC_WORDS = ['아이', '시간', '시각', '구', '다수', '이상', '양자'];
