import type { StopRule } from './language';

/** Russian words beyond stopwords-iso: what speech adds, what the list wrongly drops, and how sentences are cut. */

export const RUSSIAN_FILLERS = [
  'ну', 'вот', 'значит', 'типа', 'короче', 'скажем', 'э', 'ээ', 'эээ', 'эм', 'мм', 'ага', 'угу', 'да', 'ладно', 'хорошо', 'просто', 'вообще',
  'собственно', 'слушайте', 'понимаете', 'знаете', 'кстати', 'допустим', 'наверное', 'вроде', 'спасибо',
];

/**
 * Nouns of stopwords-iso's Russian list that carry a topic: the list was drawn from word
 * frequencies in fiction, so it drops "город" (city), "вопрос" (question, issue), "работа" (work),
 * "страна" (country), "люди" (people), which meetings are about.
 */
export const RUSSIAN_TOPIC_WORDS = [
  'вода', 'война', 'город', 'деньги', 'дорога', 'жизнь', 'земля', 'книга', 'машина', 'место', 'мира', 'москва', 'народ', 'россия', 'работа',
  'работать', 'ребенок', 'сила', 'случай', 'страна', 'улица', 'вопрос', 'человек', 'люди', 'женщина', 'советский', 'русский', 'процентов',
  'тысяч', 'миллионов', 'мать', 'отец', 'жена', 'дверь', 'окно', 'комната', 'стол', 'свет', 'голос', 'сторона', 'часть', 'конец',
];

export const RUSSIAN_ABBREVIATIONS = new Map<string, StopRule>([
  ['проф', 'title'], ['акад', 'title'], ['ул', 'title'], ['пр', 'next'],
  ['т', 'inside'], ['т. е', 'inside'], ['т.е', 'inside'], ['т. к', 'inside'], ['т.к', 'inside'], ['см', 'inside'], ['напр', 'inside'], ['тыс', 'inside'],
  ['млн', 'inside'], ['млрд', 'inside'], ['руб', 'next'], ['долл', 'next'],
  ['п', 'number'], ['ст', 'number'], ['стр', 'number'], ['рис', 'number'], ['№', 'number'],
  ['г', 'next'], ['гг', 'next'], ['в', 'next'], ['вв', 'next'], ['т. д', 'next'], ['т.д', 'next'], ['т. п', 'next'], ['т.п', 'next'], ['др', 'next'],
]);

export const RUSSIAN_OPENERS = new Set([
  'я', 'мы', 'вы', 'он', 'она', 'они', 'это', 'этот', 'эта', 'и', 'но', 'а', 'так', 'теперь', 'спасибо', 'да', 'нет', 'вот', 'ну', 'сейчас',
  'сегодня', 'в', 'на', 'как', 'что', 'почему', 'когда', 'уважаемые', 'уважаемый', 'дорогие', 'добрый', 'итак', 'также', 'здесь', 'если',
  'мне', 'нам', 'коллеги', 'давайте', 'прошу', 'благодарю',
]);
