import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { BlobStoreError, InvalidBlobKeyError, type BlobStore } from '../store/blob-store';
import { registerBlobRoutes, sendNotFound } from './blob-routes';
import { registerBullBoard, type BullBoardOptions } from './bull-board';
import { addHostGuard, LOOPBACK_HOSTS } from './host-guard';
import { renderMessagePage } from './html';
import { registerSearchRoutes } from './search-routes';
import { addSecurityHeaders, securityHeaders } from './security-headers';
import { eventListPage } from './store-events';

export interface ServerOptions {
  /** the store recap process (or the workers) wrote: a folder or an S3 prefix */
  store: BlobStore;
  /** queue mode's Redis: bull-board at /admin/queues; without it there is no /admin */
  redis?: BullBoardOptions;
  /**
   * Host header names the server answers to (LOOPBACK_HOSTS are always among them); "name" on
   * the listening port, "name:port" exactly
   */
  allowedHosts?: readonly string[];
  /** request logs; none by default (tests, inject) */
  logger?: FastifyBaseLogger;
}

function wantsJson(url: string): boolean {
  return url.startsWith('/api/');
}

/**
 * The published pages of a store, search over it, and (with Redis) the queues' dashboard.
 * Nothing listens yet: the caller chooses where (`listen`), tests use `inject`.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    return503OnClosing: true,
    // A path that does not decode ("%zz") fails in the router, before any hook: answer it here, headers included.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const status = error.statusCode ?? 400;
      reply.headers(securityHeaders(request.url)).code(status);
      if (wantsJson(request.url)) return reply.send({ error: error.message });
      return reply.type('text/html; charset=utf-8').send(renderMessagePage('Bad request', 'This address cannot be read.'));
    },
  });
  const { store } = options;
  addSecurityHeaders(app);
  addHostGuard(app, [...LOOPBACK_HOSTS, ...(options.allowedHosts ?? [])]);

  app.setNotFoundHandler((request, reply) => (wantsJson(request.url) ? reply.code(404).send({ error: 'not found' }) : sendNotFound(reply)));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A key the store refuses came from the request's path or query: the client's mistake, not worth an error log.
    if (error instanceof InvalidBlobKeyError) return wantsJson(request.url) ? reply.code(404).send({ error: 'not found' }) : sendNotFound(reply);
    // The store cannot be read (S3 down, permissions): the service is unavailable, not broken.
    const unavailable = error instanceof BlobStoreError;
    const given = error.statusCode ?? 500;
    const status = unavailable ? 503 : given >= 400 && given < 500 ? given : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    // Client errors (a malformed request) say what was wrong; server errors keep their details in the log.
    const message = unavailable ? 'The store cannot be read right now; try again later.' : status < 500 ? error.message : 'Something went wrong on the server.';
    if (wantsJson(request.url)) return reply.code(status).send({ error: message });
    return reply.code(status).type('text/html; charset=utf-8').send(renderMessagePage(unavailable ? 'Service unavailable' : 'Error', message));
  });

  app.get<{ Querystring: { page?: unknown } }>('/', async (request, reply) => {
    const asked = request.query.page;
    const page = asked === undefined ? 1 : typeof asked === 'string' && /^\d{1,9}$/.test(asked) ? Number(asked) : NaN;
    const html = await eventListPage(store, page);
    return html === undefined ? sendNotFound(reply) : reply.type('text/html; charset=utf-8').send(html);
  });
  registerBlobRoutes(app, store);
  registerSearchRoutes(app, store);
  if (options.redis) await registerBullBoard(app, options.redis);
  return app;
}
