// `embassy-watch run`: the long-running monitor. Polls on the schedule, delivers continuously,
// serves slash commands on the platforms whose tokens are set, and shuts down cleanly.
import { createApp, type AppOptions } from './app/app.ts';
import { everyInterval, scheduleTask, type Scheduled } from './app/scheduler.ts';
import { describeError } from './app/logger.ts';

export interface RunningMonitor {
  stop(reason: string): Promise<void>;
}

export async function startMonitor(options: AppOptions = {}): Promise<RunningMonitor> {
  const app = createApp(options);
  const { log, config, platforms } = app;
  const shutdown = new AbortController();

  for (const platform of platforms) {
    await platform.start({ commands: app.commands, log: log.child({ platform: platform.name }) });
    log.info({ platform: platform.name }, 'serving slash commands');
  }
  if (platforms.length === 0) log.info('no chat tokens set: alerts go to the console and webhooks only');

  const pollAndDeliver = async () => {
    const reports = await app.pollOnce({ respectBackoff: true, signal: shutdown.signal });
    const failed = reports.filter((r) => r.status === 'error').length;
    const fresh = reports.reduce((n, r) => n + r.newItems, 0);
    log.info({ sources: reports.length, failed, newItems: fresh }, 'poll cycle done');
    if (!shutdown.signal.aborted) await app.deliverOnce(shutdown.signal);
  };
  const tasks: Scheduled[] = [
    scheduleTask('poll', config.schedule, pollAndDeliver, log),
    everyInterval('deliver', config.delivery.intervalSeconds * 1000, async () => void (await app.deliverOnce(shutdown.signal)), log),
  ];
  log.info({ schedule: config.schedule, sources: config.sources.length }, 'embassy-watch running');
  // The first cycle starts now rather than at the next cron tick.
  void pollAndDeliver().catch((error: unknown) => log.error({ err: describeError(error) }, 'first cycle failed'));

  let stopping: Promise<void> | null = null;
  return {
    stop(reason) {
      stopping ??= (async () => {
        log.info({ reason }, 'shutting down: finishing the cycle and deliveries in flight');
        shutdown.abort();
        await Promise.all(tasks.map((t) => t.stop()));
        await Promise.all(platforms.map((p) => p.stop().catch((e: unknown) => log.warn({ err: describeError(e) }, 'platform stop failed'))));
        app.close();
        log.info('stopped');
      })();
      return stopping;
    },
  };
}

/** Runs until SIGTERM or SIGINT. */
export async function runUntilSignalled(options: AppOptions = {}): Promise<void> {
  const monitor = await startMonitor(options);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      void monitor.stop(signal).then(resolve);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
