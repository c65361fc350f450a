import { z } from 'zod';
import { pushAll } from '../model/arrays';
import { Segment } from '../model/transcript';
import { searchTokens } from './analyze';

/**
 * recap's own inverted index over one event's segments. Postings keep word positions so quoted
 * phrases can be checked for adjacency. A term's postings are one flat number array
 * [doc, tf, pos_1..pos_tf, doc, tf, ...] with docs ascending: far fewer objects than one per
 * posting, which is what keeps a million segments within memory (bench/search).
 */
export interface SearchIndex {
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

export function buildIndex(segments: Segment[], recordingUrls: Record<string, string> = {}, sessionTitles: Record<string, string> = {}): SearchIndex {
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
    for (const token of searchTokens(segments[doc]!.text)) {
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
export const SEARCH_INDEX_FORMAT = 'recap-search@2';

/** The serialised form (events/<id>/search-index.json). */
export const SerializedIndex = z.strictObject({
  format: z.literal(SEARCH_INDEX_FORMAT),
  eventIds: z.array(z.string()),
  recordings: z.record(z.string(), z.string()),
  sessions: z.record(z.string(), z.string()),
  segments: z.array(Segment),
  docLength: z.array(z.number().int().nonnegative()),
  /** term -> flat postings, terms in code-unit order so the same segments give the same bytes */
  postings: z.record(z.string(), z.array(z.number().int().nonnegative())),
  /** term written otherwise than as itself somewhere -> its forms, the most frequent first; terms in code-unit order */
  variedTerms: z.record(z.string(), z.array(z.string()).min(1)),
  /** a varied term's form but its first -> flat [doc, tf, ...], forms in code-unit order */
  forms: z.record(z.string(), z.array(z.number().int().nonnegative())),
});
export type SerializedIndex = z.infer<typeof SerializedIndex>;

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function serializeIndex(index: SearchIndex): string {
  const value: SerializedIndex = {
    format: SEARCH_INDEX_FORMAT,
    eventIds: index.eventIds,
    recordings: Object.fromEntries([...index.recordingUrls].sort((a, b) => byCodeUnit(a[0], b[0]))),
    sessions: Object.fromEntries([...index.sessionTitles].sort((a, b) => byCodeUnit(a[0], b[0]))),
    segments: index.segments,
    docLength: [...index.docLength],
    postings: Object.fromEntries([...index.postings].sort((a, b) => byCodeUnit(a[0], b[0]))),
    variedTerms: Object.fromEntries([...index.variedTerms].sort((a, b) => byCodeUnit(a[0], b[0]))),
    forms: Object.fromEntries([...index.forms].sort((a, b) => byCodeUnit(a[0], b[0]))),
  };
  // One line: the file is read by programs, and indentation would double its size.
  return `${JSON.stringify(SerializedIndex.parse(value))}\n`;
}

export function deserializeIndex(text: string): SearchIndex {
  const value = SerializedIndex.parse(JSON.parse(text));
  const total = value.docLength.reduce((a, b) => a + b, 0);
  return {
    eventIds: value.eventIds,
    segments: value.segments,
    docLength: Uint32Array.from(value.docLength),
    averageLength: value.segments.length > 0 ? total / value.segments.length : 0,
    postings: new Map(Object.entries(value.postings)),
    variedTerms: new Map(Object.entries(value.variedTerms)),
    forms: new Map(Object.entries(value.forms)),
    recordingUrls: new Map(Object.entries(value.recordings)),
    sessionTitles: new Map(Object.entries(value.sessions)),
  };
}
