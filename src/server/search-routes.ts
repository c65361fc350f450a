import type { FastifyInstance } from 'fastify';
import { MANIFEST_ID_PATTERN } from '../model/manifest-fields';
import type { BlobStore } from '../store/blob-store';
import { renderSearchPage } from './search-page';
import { DEFAULT_LIMIT, describeIssues, SearchQuery } from './search-query';
import { eventNames, type EventName } from './store-events';
import { searchStore } from './store-search';

/** A single string from a query-string value (a repeated parameter keeps its first value, for the page only). */
function firstString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return '';
}

export function registerSearchRoutes(app: FastifyInstance, store: BlobStore): void {
  /** JSON for programs: {query, hits}; 400 with zod's issues on a bad query. */
  app.get('/api/search', async (request, reply) => {
    const parsed = SearchQuery.safeParse(request.query);
    if (!parsed.success) return reply.code(400).send({ error: 'invalid search query', issues: describeIssues(parsed.error) });
    const { hits, total, capped } = await searchStore(store, parsed.data);
    return { query: parsed.data, hits, total, capped };
  });

  /** The results page the search forms submit to; no query yet shows the form alone. */
  app.get('/search', async (request, reply) => {
    const raw = (request.query ?? {}) as Record<string, unknown>;
    const q = firstString(raw.q);
    const event = firstString(raw.event) || undefined;
    reply.type('text/html; charset=utf-8');
    const asked = event !== undefined && MANIFEST_ID_PATTERN.test(event) ? await eventNames(store, [event]) : new Map<string, EventName>();
    const askedPage = { q, ...(event ? { event } : {}), eventName: (id: string) => asked.get(id) };
    if (q.trim() === '' && Object.keys(raw).every((k) => k === 'q' || k === 'event')) return renderSearchPage(askedPage);
    const parsed = SearchQuery.safeParse(raw);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
      return reply.code(400).send(renderSearchPage({ ...askedPage, problems }));
    }
    const result = await searchStore(store, parsed.data);
    const names = await eventNames(store, [...(parsed.data.event ? [parsed.data.event] : []), ...result.hits.map((h) => h.eventId)]);
    return renderSearchPage({
      q: parsed.data.q,
      ...(parsed.data.event ? { event: parsed.data.event } : {}),
      hits: result.hits,
      paging: { page: parsed.data.page ?? 1, pageSize: parsed.data.limit ?? DEFAULT_LIMIT, total: result.total, capped: result.capped, raw },
      sessionTitle: result.sessionTitle,
      eventName: (id) => names.get(id),
    });
  });
}
