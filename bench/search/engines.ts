import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { searchTokens } from '../../src/search/analyze';
import { buildIndex, serializeIndexes, type SearchIndex } from '../../src/search/inverted-index';
import { parseQuery } from '../../src/search/query';
import { searchIndexes } from '../../src/search/search';
import type { Segment } from '../../src/model/transcript';
import { languageOf } from '../../src/text/language/registry';

/** The benchmark's corpus (QMSum) is English. */
const LANGUAGE = 'en';

/**
 * The three engines behind one interface, one index per event as the store keeps them, each
 * query across every event (top 10 merged). The libraries get recap's analysis (stems, stop
 * words, question words dropped) so the comparison is of the engines, not of tokenizers.
 */
export interface Engine {
  /** builds one event's index */
  add(segments: Segment[]): void;
  /** serialised bytes of all indexes (what the store would hold) */
  bytes(): Promise<number>;
  /** top-10 segment ids across all events */
  search(query: string): string[];
}

/** recap's terms of a text, space-joined, for the libraries' tokenizers. */
function terms(text: string): string[] {
  return searchTokens(text, languageOf(LANGUAGE)).flatMap((t) => (t.term === null ? [] : [t.term]));
}
/** Whether recap would search anything for the query (the libraries get the query as typed). */
function searchable(query: string): boolean {
  const q = parseQuery(query, languageOf(LANGUAGE));
  return q.terms.length + q.phrases.length > 0;
}

export function recapEngine(): Engine {
  const indexes: SearchIndex[] = [];
  return {
    add: (segments) => void indexes.push(buildIndex(segments, LANGUAGE)),
    // Without the segments' own JSON: the libraries' exports hold no texts either.
    bytes: async () => indexes.reduce((n, ix) => n + Buffer.byteLength(serializeIndexes([ix])) - Buffer.byteLength(JSON.stringify(ix.segments)), 0),
    search: (query) => searchIndexes(indexes, query, { limit: 10 }).map((h) => `${h.eventId}/${h.startMs}`),
  };
}

export function miniSearchEngine(): Engine {
  const indexes: { ms: MiniSearch; segments: Segment[] }[] = [];
  return {
    add: (segments) => {
      // searchTokens gives recap's terms; processTerm keeps them as they are.
      const ms = new MiniSearch({ fields: ['text'], idField: 'n', tokenize: (text: string) => terms(text), processTerm: (t: string) => t });
      ms.addAll(segments.map((s, n) => ({ n, text: s.text })));
      indexes.push({ ms, segments });
    },
    bytes: async () => indexes.reduce((n, { ms }) => n + Buffer.byteLength(JSON.stringify(ms)), 0),
    search: (query) => {
      if (!searchable(query)) return [];
      const hits: { id: string; score: number }[] = [];
      for (const { ms, segments } of indexes) {
        for (const r of ms.search(query).slice(0, 10)) {
          const s = segments[r.id as number]!;
          hits.push({ id: `${s.eventId}/${s.startMs}`, score: r.score });
        }
      }
      return hits.sort((a, b) => b.score - a.score).slice(0, 10).map((h) => h.id);
    },
  };
}

export function flexSearchEngine(): Engine {
  const indexes: { ix: InstanceType<typeof FlexSearch.Index>; segments: Segment[] }[] = [];
  return {
    add: (segments) => {
      const ix = new FlexSearch.Index({ encode: (text: string) => terms(text), tokenize: 'strict' });
      segments.forEach((s, n) => ix.add(n, s.text));
      indexes.push({ ix, segments });
    },
    bytes: async () => {
      let n = 0;
      for (const { ix } of indexes) {
        await ix.export(async (_key: string, data: string) => {
          n += Buffer.byteLength(data ?? '');
        });
      }
      return n;
    },
    search: (query) => {
      // FlexSearch returns ids without scores: hits cannot be merged by relevance across events,
      // so this takes each event's results in event order until 10 (its cost is what is measured).
      if (!searchable(query)) return [];
      const out: string[] = [];
      for (const { ix, segments } of indexes) {
        for (const id of ix.search(query, { limit: 10, suggest: true }) as number[]) {
          if (out.length < 10) out.push(`${segments[id]!.eventId}/${segments[id]!.startMs}`);
        }
      }
      return out;
    },
  };
}
