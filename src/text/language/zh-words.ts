/** Chinese words beyond stopwords-iso: what speech adds, and what the list wrongly drops. */

// Hesitations and discourse words of spoken Mandarin, as Intl.Segmenter cuts them.
export const CHINESE_FILLERS = ['嗯', '呃', '啊', '那个', '这个', '就是', '就是说', '然后', '其实', '反正', '一下', '好的', '对吧', '是吧', '所以说', '基本上', '非常', '那么', '的话'];

/**
 * Words of stopwords-iso's Chinese list that carry a topic: "区" (district), "当地" and "本地"
 * (local), "结果" (result), "全体" (plenary, all members). Dropping them would hide a district's
 * name from search and keyphrases.
 */
export const CHINESE_TOPIC_WORDS = ['区', '当地', '本地', '结果', '全体'];
