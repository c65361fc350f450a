/** Search over what was said: segments -> inverted index -> ranked hits with snippets and deep links. */
export { buildIndex, deserializeIndex, serializeIndex, type SearchIndex } from './inverted-index';
export { parseQuery, type ParsedQuery } from './query';
export { searchIndex, searchIndexes, type Hit, type SearchOptions } from './search';
export { Segment } from '../model/transcript';
export { parseSegmentsJsonl } from './segment';
