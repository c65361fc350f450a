import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { queueName } from '../pipelines/queue-names';
import type { StageContext, StageName } from '../src/stages/stage-registry';
import type { BlobStore } from '../src/store/blob-store';
import { connectRedis } from './redis-connection';
import { stageProcessor } from './stage-processor';

export interface WorkerPoolOptions {
  redisUrl: string;
  /** Redis key prefix of the queues (the producer's must match) */
  prefix: string;
  store: BlobStore;
  stages: readonly StageName[];
  /** jobs run at once per stage queue */
  concurrency: number;
  /**
   * How long a job's lock lasts without renewal, in ms. A worker that dies (SIGKILL, a lost
   * machine) stops renewing; after this its jobs are handed to another worker. Stages are
   * CPU-bound and can hold the event loop, so this must exceed the longest stage step.
   */
  lockDurationMs: number;
  logger: Logger;
  /** what every stage is given besides its job (the input limits) */
  context?: StageContext;
}

export interface WorkerPool {
  readonly workers: readonly Worker[];
  /**
   * Stops taking jobs and waits for the running ones, at most `deadlineMs`; after that the rest
   * are abandoned (their locks expire and another worker takes them up). Says which happened.
   */
  close(deadlineMs: number): Promise<'drained' | 'deadline'>;
}

/** One BullMQ Worker per stage queue, each with its own connection (a worker blocks on its). */
export function startWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const { logger } = options;
  const connections = options.stages.map(() => connectRedis(options.redisUrl));
  const workers = options.stages.map((stage, i) => {
    const worker = new Worker(queueName(stage), stageProcessor(stage, options.store, logger, options.context), {
      connection: connections[i]!,
      prefix: options.prefix,
      concurrency: options.concurrency,
      lockDuration: options.lockDurationMs,
      stalledInterval: Math.max(1000, Math.floor(options.lockDurationMs / 2)),
      maxStalledCount: 2,
    });
    // Without a listener an 'error' event would throw; connection trouble is logged and ridden out.
    worker.on('error', (e) => logger.warn({ stage, err: e }, `queue ${queueName(stage)}: ${e.message}`));
    worker.on('stalled', (id) => logger.warn({ stage, jobId: id }, 'job stalled (its worker stopped renewing the lock); it runs again'));
    return worker;
  });
  const close = async (deadlineMs: number): Promise<'drained' | 'deadline'> => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), deadlineMs);
    });
    const drained = Promise.all(workers.map((w) => w.close())).then(() => 'drained' as const);
    const outcome = await Promise.race([drained, deadline]);
    clearTimeout(timer);
    if (outcome === 'deadline') await Promise.all(workers.map((w) => w.close(true).catch(() => undefined)));
    // BullMQ leaves a connection it was given open: it is ours to close.
    for (const connection of connections) connection.disconnect();
    return outcome;
  };
  return { workers, close };
}
