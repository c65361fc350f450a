import { z } from 'zod';
import { pushAll } from '../model/arrays';
import { Segment } from '../model/transcript';
import { languageOf, primaryTag } from '../text/language/registry';
import { searchTokens } from './analyze';

/**
 * recap's own inverted index over the segments of one event in one language: an event whose
 * recordings are in several languages has one per language (buildEventIndexes), each analysed
 * by its language, so a query is matched against each language's documents with that language's
 * analysis and a word of one language never meets the same letters in another. Postings keep
 * word positions so quoted phrases can be checked for adjacency. A term's postings are one flat
 * number array [doc, tf, pos_1..pos_tf, doc, tf, ...] with docs ascending: far fewer objects than
 * one per posting, which is what keeps a million segments within memory (bench/search).
 */
export interface SearchIndex {
  /** the BCP 47 primary subtag of every segment's language ("fr"): its recording's, else its event's */
  language: string;
  eventIds: string[];
  segments: Segment[];
  /** content terms per segment (BM25's document length) */
  docLength: Uint32Array;
  averageLength: number;
  postings: Map<string, number[]>;
  /**
   * Word forms: ranking counts a word in the query's own form above one that shares only its
   * stem ("Park", a name, for "parking"). `variedTerms` maps each term written otherwise than as
   * the term itself somewhere ("parking", "parks" under "park") to its forms, the most frequent
   * first. `forms` maps each of those forms but the first to flat [doc, tf, doc, tf, ...], docs
   * ascending; the first form's count in a doc is the term's tf less the others' (it is not
   * stored: most occurrences are of it). A term not in variedTerms is written as itself wherever
   * it occurs and has no forms stored.
   */
  variedTerms: Map<string, string[]>;
  forms: Map<string, number[]>;
  /** recording id -> url, for deep links (from the manifest) */
  recordingUrls: Map<string, string>;
  /** session id -> title (from the manifest): a query about a session's topic favours its segments */
  sessionTitles: Map<string, string>;
}

/** The index of segments all in one language (a BCP 47 tag, read by its primary subtag). */
export function buildIndex(segments: Segment[], language: string, recordingUrls: Record<string, string> = {}, sessionTitles: Record<string, string> = {}): SearchIndex {
  const analysis = languageOf(language);
  const postings = new Map<string, number[]>();
  const docLength = new Uint32Array(segments.length);
  let total = 0;
  const positions = new Map<string, number[]>();
  const formCounts = new Map<string, Map<string, number>>();
  const formPostings = new Map<string, number[]>();
  const termOfForm = new Map<string, string>();
  for (let doc = 0; doc < segments.length; doc++) {
    positions.clear();
    formCounts.clear();
    let length = 0;
    for (const token of searchTokens(segments[doc]!.text, analysis)) {
      if (token.term === null) continue;
      length++;
      const list = positions.get(token.term);
      if (list) list.push(token.position);
      else positions.set(token.term, [token.position]);
      let counts = formCounts.get(token.term);
      if (!counts) formCounts.set(token.term, (counts = new Map()));
      counts.set(token.form!, (counts.get(token.form!) ?? 0) + 1);
    }
    for (const [term, counts] of formCounts) {
      for (const [form, tf] of counts) {
        let flat = formPostings.get(form);
        if (!flat) {
          formPostings.set(form, (flat = []));
          termOfForm.set(form, term);
        }
        flat.push(doc, tf);
      }
    }
    docLength[doc] = length;
    total += length;
    for (const [term, list] of positions) {
      let flat = postings.get(term);
      if (!flat) postings.set(term, (flat = []));
      flat.push(doc, list.length);
      pushAll(flat, list);
    }
  }
  return {
    language: analysis.tag,
    eventIds: [...new Set(segments.map((s) => s.eventId))].sort(),
    segments,
    docLength,
    averageLength: segments.length > 0 ? total / segments.length : 0,
    postings,
    ...formsOfVaried(formPostings, termOfForm),
    recordingUrls: new Map(Object.entries(recordingUrls)),
    sessionTitles: new Map(Object.entries(sessionTitles)),
  };
}

/**
 * An event's indexes, one per language of its segments, in tag order, each segment in its
 * recording's language (`recordingLanguages`, by recording id), else the event's; segments keep
 * their order. An event without segments has one empty index, in its own language.
 */
export function buildEventIndexes(
  segments: Segment[],
  eventLanguage: string,
  recordingLanguages: Record<string, string> = {},
  recordingUrls: Record<string, string> = {},
  sessionTitles: Record<string, string> = {},
): SearchIndex[] {
  const byLanguage = new Map<string, Segment[]>();
  for (const segment of segments) {
    const tag = primaryTag(recordingLanguages[segment.recording] ?? eventLanguage);
    const list = byLanguage.get(tag);
    if (list) list.push(segment);
    else byLanguage.set(tag, [segment]);
  }
  if (byLanguage.size === 0) byLanguage.set(primaryTag(eventLanguage), []);
  return [...byLanguage]
    .sort((a, b) => byCodeUnit(a[0], b[0]))
    .map(([tag, list]) => buildIndex(list, tag, recordingUrls, sessionTitles));
}

/** variedTerms and forms (SearchIndex) from the postings of every form: a term only ever written as itself needs none. */
function formsOfVaried(forms: Map<string, number[]>, termOfForm: Map<string, string>): Pick<SearchIndex, 'variedTerms' | 'forms'> {
  const occurrences = (form: string) => {
    const flat = forms.get(form)!;
    let n = 0;
    for (let i = 1; i < flat.length; i += 2) n += flat[i]!;
    return n;
  };
  const formsOfTerm = new Map<string, string[]>();
  for (const [form, term] of termOfForm) {
    const list = formsOfTerm.get(term);
    if (list) list.push(form);
    else formsOfTerm.set(term, [form]);
  }
  const variedTerms = new Map<string, string[]>();
  for (const [term, list] of formsOfTerm) {
    if (list.length === 1 && list[0] === term) continue;
    const counted = list.map((form) => ({ form, n: occurrences(form) }));
    counted.sort((a, b) => b.n - a.n || byCodeUnit(a.form, b.form));
    variedTerms.set(term, counted.map((c) => c.form));
  }
  const stored = new Map<string, number[]>();
  for (const list of variedTerms.values()) for (const form of list.slice(1)) stored.set(form, forms.get(form)!);
  return { variedTerms, forms: stored };
}

/** Version of the serialised index; bumped when the same segments would give other bytes (format, tokens, ranking data). */
export const SEARCH_INDEX_FORMAT = 'recap-search@3';

/** One language's documents of an event, serialised. */
const SerializedLanguage = z.strictObject({
  /** BCP 47 primary subtag: the language every segment below is analysed in */
  language: z.string().min(1),
  segments: z.array(Segment),
  docLength: z.array(z.number().int().nonnegative()),
  /** term -> flat postings, terms in code-unit order so the same segments give the same bytes */
  postings: z.record(z.string(), z.array(z.number().int().nonnegative())),
  /** term written otherwise than as itself somewhere -> its forms, the most frequent first; terms in code-unit order */
  variedTerms: z.record(z.string(), z.array(z.string()).min(1)),
  /** a varied term's form but its first -> flat [doc, tf, ...], forms in code-unit order */
  forms: z.record(z.string(), z.array(z.number().int().nonnegative())),
});

/** The serialised form of an event's indexes (events/<id>/search-index.json): the languages it holds, each with its documents. */
export const SerializedIndex = z.strictObject({
  format: z.literal(SEARCH_INDEX_FORMAT),
  eventIds: z.array(z.string()),
  recordings: z.record(z.string(), z.string()),
  sessions: z.record(z.string(), z.string()),
  /** one entry per language, in tag order */
  languages: z.array(SerializedLanguage),
});
export type SerializedIndex = z.infer<typeof SerializedIndex>;

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord<T>(map: Map<string, T>): Record<string, T> {
  return Object.fromEntries([...map].sort((a, b) => byCodeUnit(a[0], b[0])));
}

/** An event's indexes (buildEventIndexes: the same recordings and sessions) as one file. */
export function serializeIndexes(indexes: SearchIndex[]): string {
  const value: SerializedIndex = {
    format: SEARCH_INDEX_FORMAT,
    eventIds: [...new Set(indexes.flatMap((ix) => ix.eventIds))].sort(),
    recordings: sortedRecord(indexes[0]?.recordingUrls ?? new Map()),
    sessions: sortedRecord(indexes[0]?.sessionTitles ?? new Map()),
    languages: indexes.map((index) => ({
      language: index.language,
      segments: index.segments,
      docLength: [...index.docLength],
      postings: sortedRecord(index.postings),
      variedTerms: sortedRecord(index.variedTerms),
      forms: sortedRecord(index.forms),
    })),
  };
  // One line: the file is read by programs, and indentation would double its size.
  return `${JSON.stringify(SerializedIndex.parse(value))}\n`;
}

/** An event's indexes, one per language it holds. */
export function deserializeIndexes(text: string): SearchIndex[] {
  const value = SerializedIndex.parse(JSON.parse(text));
  const recordingUrls = new Map(Object.entries(value.recordings));
  const sessionTitles = new Map(Object.entries(value.sessions));
  return value.languages.map((part) => {
    const total = part.docLength.reduce((a, b) => a + b, 0);
    return {
      language: part.language,
      eventIds: [...new Set(part.segments.map((s) => s.eventId))].sort(),
      segments: part.segments,
      docLength: Uint32Array.from(part.docLength),
      averageLength: part.segments.length > 0 ? total / part.segments.length : 0,
      postings: new Map(Object.entries(part.postings)),
      variedTerms: new Map(Object.entries(part.variedTerms)),
      forms: new Map(Object.entries(part.forms)),
      recordingUrls,
      sessionTitles,
    };
  });
}
