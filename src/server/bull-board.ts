import { createBullBoard } from '@bull-board/api';
import type { IServerAdapter } from '@bull-board/api/typings/app';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { queueName } from '../../pipelines/queue-names';
import { ALL_STAGES } from '../../pipelines/queue-set';
import { connectRedis } from '../../workers/redis-connection';
import { addAdminGuard } from './admin-access';
import { ADMIN_PREFIX } from './security-headers';

export interface BullBoardOptions {
  /** redis:// URL of queue mode */
  url: string;
  /** the queues' Redis key prefix, as workers and enqueue use it */
  prefix: string;
  /** RECAP_ADMIN_TOKEN: when set, /admin answers only requests that present it */
  token?: string;
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
  addAdminGuard(app, options.token);
  app.addHook('onClose', async () => {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: ADMIN_PREFIX });
}
