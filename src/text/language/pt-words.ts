import type { StopRule } from './language';

/** Portuguese words beyond stopwords-iso: what speech adds, what the list wrongly drops, and how sentences are cut. */

export const PORTUGUESE_FILLERS = [
  'é', 'então', 'tipo', 'né', 'bom', 'bem', 'pois', 'olha', 'aí', 'assim', 'ok', 'sim', 'entendeu', 'sabe', 'digamos', 'hum', 'ah', 'eh', 'ahn',
  'enfim', 'realmente', 'basicamente', 'coisa', 'coisas', 'fazer', 'dizer',
];

/**
 * Nouns of stopwords-iso's Portuguese list that carry a topic: it drops "conselho" (council),
 * "trabalho" (work), "sistema", "povo" (people), "questão" (issue), "área".
 */
export const PORTUGUESE_TOPIC_WORDS = ['conselho', 'trabalho', 'sistema', 'povo', 'questão', 'área', 'viagem', 'caminho', 'obra', 'apoio', 'relação', 'grupo', 'pessoas', 'nível', 'local'];

export const PORTUGUESE_ABBREVIATIONS = new Map<string, StopRule>([
  ['sr', 'title'], ['sra', 'title'], ['srs', 'title'], ['sras', 'title'], ['srta', 'title'], ['dr', 'title'], ['dra', 'title'], ['prof', 'title'],
  ['profa', 'title'], ['eng', 'title'], ['exmo', 'title'], ['exma', 'title'], ['av', 'title'], ['v. exa', 'title'], ['v.exa', 'title'],
  ['ex', 'inside'], ['obs', 'inside'], ['aprox', 'inside'], ['vs', 'inside'], ['cf', 'inside'],
  ['n.º', 'number'], ['n', 'number'], ['art', 'number'], ['pág', 'number'], ['p', 'number'], ['cap', 'number'],
  ['etc', 'next'], ['s.a', 'next'], ['ltda', 'next'],
]);

export const PORTUGUESE_OPENERS = new Set([
  'o', 'a', 'os', 'as', 'um', 'uma', 'eu', 'nós', 'você', 'vocês', 'ele', 'ela', 'eles', 'este', 'esta', 'isso', 'isto', 'e', 'mas', 'então', 'bom',
  'obrigado', 'obrigada', 'sim', 'não', 'agora', 'hoje', 'aqui', 'também', 'em', 'no', 'na', 'para', 'com', 'como', 'quando', 'se', 'muito',
  'boa', 'senhor', 'senhora', 'senhoras', 'vamos', 'queria', 'gostaria',
]);
