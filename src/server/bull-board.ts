import { createBullBoard } from '@bull-board/api';
import type { IServerAdapter } from '@bull-board/api/typings/app';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { queueName } from '../../pipelines/queue-names';
import { ALL_STAGES } from '../../pipelines/queue-set';
import { connectRedis } from '../../workers/redis-connection';
import { ADMIN_PREFIX } from './security-headers';

export interface BullBoardOptions {
  /** redis:// URL of queue mode */
  url: string;
  /** the queues' Redis key prefix, as workers and enqueue use it */
  prefix: string;
}

/**
 * Browsers send these headers on every request they make; a request from another site's page
 * may change queues only by a "simple" POST, which this refuses. bull-board has no login: the
 * server binds 127.0.0.1 unless told otherwise, and this keeps a web page the operator visits
 * from retrying or deleting jobs through it.
 */
function isCrossSite(headers: Record<string, string | string[] | undefined>): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    return new URL(origin).host !== headers.host;
  } catch {
    return true;
  }
}

/**
 * bull-board at /admin/queues: one BullMQAdapter per stage queue (the queues workers serve), on
 * one connection the server closes when it closes.
 */
export async function registerBullBoard(app: FastifyInstance, options: BullBoardOptions): Promise<void> {
  const connection = connectRedis(options.url);
  connection.on('error', (e: Error) => app.log.warn({ err: e }, 'Redis connection error (bull-board)'));
  const queues = ALL_STAGES.map((stage) => new Queue(queueName(stage), { connection, prefix: options.prefix }));
  for (const queue of queues) queue.on('error', (e: Error) => app.log.warn({ err: e, queue: queue.name }, 'queue error (bull-board)'));
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(ADMIN_PREFIX);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    // @bull-board/fastify 9.10.1 pins its own copy of @bull-board/api 9.10.1 while ours is 9.10.2:
    // the same interface declared twice, which TypeScript treats as two types.
    serverAdapter: serverAdapter as unknown as IServerAdapter,
    options: { uiConfig: { boardTitle: 'recap queues' } },
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(ADMIN_PREFIX) || request.method === 'GET' || request.method === 'HEAD') return;
    if (isCrossSite(request.headers)) await reply.code(403).send({ error: 'cross-site requests may not change the queues' });
  });
  app.addHook('onClose', async () => {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: ADMIN_PREFIX });
}
