import type { Logger } from 'pino';
import type { WorkerPool } from './worker-pool';

/**
 * SIGINT/SIGTERM close the pool within `deadlineMs` (running jobs finish, no new ones start);
 * a second signal stops at once. Resolves when the pool is closed, with the exit code to use.
 */
export function closeOnSignals(pool: WorkerPool, deadlineMs: number, logger: Logger): Promise<number> {
  return new Promise((resolve) => {
    let closing = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (closing) {
        logger.warn({ signal }, 'second signal: stopping now; running jobs will be taken up by another worker');
        process.exit(130);
      }
      closing = true;
      logger.info({ signal, deadlineMs }, 'closing: finishing running jobs, taking no new ones');
      pool.close(deadlineMs).then(
        (outcome) => {
          logger.info({ outcome }, outcome === 'drained' ? 'closed' : 'deadline reached: abandoned running jobs (their locks will expire)');
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          resolve(0);
        },
        (e: unknown) => {
          logger.error({ err: e }, 'closing failed');
          resolve(1);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
