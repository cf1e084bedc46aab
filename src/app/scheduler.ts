// Runs a task on a cron schedule; a run still going when the next is due makes that one skip.
import cron from 'node-cron';
import type { Logger } from './logger.ts';

export interface Scheduled {
  /** Stops scheduling and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

export function scheduleTask(name: string, expression: string, task: () => Promise<void>, log: Logger): Scheduled {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) {
      log.warn({ task: name }, 'previous run still in progress; skipping this one');
      return;
    }
    running = task()
      .catch((error: unknown) => log.error({ task: name, err: error }, 'scheduled run failed'))
      .finally(() => {
        running = null;
      });
  };
  const job = cron.schedule(expression, run, { name });
  return {
    async stop() {
      await job.stop();
      await running;
    },
  };
}

/** A fixed-interval loop with the same skip rule, for the outbox dispatcher. */
export function everyInterval(name: string, intervalMs: number, task: () => Promise<void>, log: Logger): Scheduled {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = task()
      .catch((error: unknown) => log.error({ task: name, err: error }, 'interval run failed'))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
