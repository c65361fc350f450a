import type { CaptionFormat } from '../types';
import { readTtml } from './read';
import { writeTtml } from './write';

/** TTML 1 and the namespaces of its DFXP drafts (2006/04 and 2006/10 "ttaf1"). */
const TTML_NAMESPACE = /<(?:[A-Za-z_][\w.-]*:)?tt[\s>][^<>]*xmlns(?::[A-Za-z_][\w.-]*)?\s*=\s*["']http:\/\/www\.w3\.org\/(?:ns\/ttml|2006\/(?:04|10)\/ttaf1)["']/;

/**
 * `<tt` as the first element: after an optional BOM, XML declaration, comments and DOCTYPE.
 * Each part matches in one way only (a comment ends at its first "-->", a DOCTYPE's subset at its
 * first "]"): with lazy `[\s\S]*?` bodies a run of comments could be split into groups in
 * exponentially many ways, all tried before the test failed.
 */
const TT_ROOT = /^\ufeff?(?:\s|<\?[^>]*\?>|<!--(?:[^-]|-(?!->))*-->|<!DOCTYPE[^>[]*(?:\[[^\]]*\]\s*)?>)*<(?:[A-Za-z_][\w.-]*:)?tt[\s>/]/;

/** Only the head of the file is looked at: the root start tag is always near the top. */
const SNIFF_CHARS = 4096;

export const ttml: CaptionFormat = {
  id: 'ttml',
  extensions: ['ttml', 'dfxp', 'xml'],
  sniff: (text) => {
    const head = text.slice(0, SNIFF_CHARS);
    return TTML_NAMESPACE.test(head) || TT_ROOT.test(head) ? 0.95 : 0;
  },
  read: readTtml,
  write: writeTtml,
};
