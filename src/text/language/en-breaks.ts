import type { BreakWords } from './language';

/** English words that decide where captions and over-long sentences are cut (BreakWords). */
export const ENGLISH_BREAKS: BreakWords = {
  phraseOpeners: new Set([
    'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'if', 'when', 'while', 'whereas', 'unless', 'until',
    'that', 'which', 'who', 'whom', 'whose', 'where', 'as', 'than', 'since', 'after', 'before',
    'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'into', 'through', 'over', 'under', 'between', 'during', 'without',
  ]),
  binders: new Set([
    'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'into',
    'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'these', 'those',
    'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'very', 'i', "i'm", 'we', 'not', 'no',
  ]),
  noEnd: new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'and', 'or', 'but', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'is', 'are', 'was', 'were', 'be', 'will', 'would', 'can', 'could', 'should', 'as', 'than', 'into', 'about', 'very', 'if', 'because', 'when', 'which', 'who', 'we', 'i', 'you', 'they', 'he', 'she', 'have', 'has', 'had', 'not', 'more', 'most', 'how', 'what']),
  sentenceOpeners: new Set(['i', 'we', 'so', 'now', 'thank', 'thanks', 'let', 'yes', 'well', 'okay', 'today', 'our', 'it', 'this', 'there', 'what', 'how', 'please', 'you', 'they', 'and', 'but']),
};
