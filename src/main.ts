// `embassy-watch run`: the long-running monitor. Polls on the schedule, delivers continuously,
// serves slash commands on the platforms whose tokens are set, and shuts down cleanly.
import { createApp, type AppOptions } from './app/app.ts';
import { everyInterval, scheduleTask, type Scheduled } from './app/scheduler.ts';
import { describeError } from './app/logger.ts';

export interface RunningMonitor {
  stop(reason: string): Promise<void>;
}

export interface MonitorOptions extends AppOptions {
  /** After this long, shutdown stops waiting for the work in flight (default 30 s). */
  shutdownTimeoutMs?: number;
}

export async function startMonitor(options: MonitorOptions = {}): Promise<RunningMonitor> {
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
  // One cycle at a time, whether started by the first run or a cron tick; shutdown waits for it.
  let cycle: Promise<void> | null = null;
  const runCycle = () =>
    (cycle ??= pollAndDeliver().finally(() => {
      cycle = null;
    }));
  const deliver = async () => {
    if (!shutdown.signal.aborted) await app.deliverOnce(shutdown.signal);
  };
  const tasks: Scheduled[] = [
    scheduleTask('poll', config.schedule, () => (shutdown.signal.aborted ? Promise.resolve() : runCycle()), log),
    everyInterval('deliver', config.delivery.intervalSeconds * 1000, deliver, log),
  ];
  log.info({ schedule: config.schedule, sources: config.sources.length }, 'embassy-watch running');
  // The first cycle starts now rather than at the next cron tick.
  void runCycle().catch((error: unknown) => log.error({ err: describeError(error) }, 'first cycle failed'));

  let stopping: Promise<void> | null = null;
  return {
    stop(reason) {
      stopping ??= (async () => {
        log.info({ reason }, 'shutting down: finishing the cycle and deliveries in flight');
        // Aborting stops fetches and leaves unread sources and unsent alerts for the next run; a send
        // already under way finishes (bounded by the sink's timeout) and is recorded.
        shutdown.abort();
        await Promise.all(tasks.map((t) => t.stop()));
        await cycle?.catch(() => undefined);
        await Promise.all(platforms.map((p) => p.stop().catch((e: unknown) => log.warn({ err: describeError(e) }, 'platform stop failed'))));
        app.close();
        log.info('stopped');
      })();
      return stopping;
    },
  };
}

/**
 * Runs until SIGTERM or SIGINT. A second signal, or work in flight outliving the shutdown timeout,
 * exits at once: the outbox makes that as safe as a crash (unconfirmed sends are retried with their nonce).
 */
export async function runUntilSignalled(options: MonitorOptions = {}): Promise<void> {
  const monitor = await startMonitor(options);
  const timeoutMs = options.shutdownTimeoutMs ?? 30_000;
  await new Promise<void>((resolve) => {
    let signalled = false;
    let stopped = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopped) process.exit();
      if (signalled) {
        process.stderr.write(`embassy-watch: ${signal} again, exiting now\n`);
        process.exit(130);
      }
      signalled = true;
      const deadline = setTimeout(() => {
        process.stderr.write(`embassy-watch: shutdown took over ${timeoutMs} ms, exiting now\n`);
        process.exit(1);
      }, timeoutMs).unref();
      void monitor
        .stop(signal)
        .catch((error: unknown) => {
          process.stderr.write(`embassy-watch: shutdown failed: ${describeError(error)}\n`);
          process.exitCode = 1;
        })
        .then(() => {
          clearTimeout(deadline);
          stopped = true;
          // Stopped and closed: should a stray handle (a keep-alive socket) hold the event loop, do not wait on it.
          setTimeout(() => process.exit(), 3_000).unref();
          resolve();
        });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
