/** Japanese words beyond stopwords-iso: the hesitations and discourse words of speech, as Intl.Segmenter cuts them. */
export const JAPANESE_FILLERS = [
  'えー', 'ええ', 'えっと', 'ええと', 'えーと', 'あのー', 'そのー', 'まあ', 'まぁ', 'なんか', 'ちょっと', 'うん', 'はい', 'ね', 'よ', 'あー', 'うーん',
  'やっぱり', 'とりあえず', '一応', 'ございます', 'いたし', 'まして', 'させ', 'いただき',
];
