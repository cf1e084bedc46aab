// The `embassy-watch` command line. Its commands, flags and --json shapes are a contract that
// users and scripts rely on: keep them stable.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { createApp, type App } from './app/app.ts';
import { ConfigError } from './app/config.ts';
import { describeError } from './app/logger.ts';
import { CommandError, describeSubscription, listIncidents, listSubscriptions, showIncident, subscribe, unsubscribe } from './bot/commands.ts';
import { renderIncidentDetail, renderIncidentList } from './bot/console/render-text.ts';
import { explainClassification } from './alerts/classify/index.ts';
import { createDefaultClassifier } from './knowledge/index.ts';
import { parseArticleFile } from './sources/article-file.ts';
import { registerPlatformCommands } from './bot/platform-cli.ts';
import { pickFacts, type Incident } from './alerts/types.ts';

const EXIT_USAGE = 2;

interface GlobalOptions {
  config?: string;
  db?: string;
}

const print = (line: string) => process.stdout.write(`${line}\n`);
const printJson = (value: unknown) => print(JSON.stringify(value));

function incidentJson(incident: Incident) {
  return {
    id: incident.id,
    ...pickFacts(incident),
    firstSeen: incident.firstSeen,
    lastUpdated: incident.lastUpdated,
    articles: incident.sources.map((s) => ({ url: s.url, title: s.title, source: s.source })),
  };
}

const program = new Command('embassy-watch')
  .description('Alerts security teams when an embassy or consulate is attacked.')
  .option('--config <path>', 'config file (default config/default.yaml, or $EMBASSY_WATCH_CONFIG)')
  .option('--db <path>', 'SQLite database (default data/embassy-watch.db, or $EMBASSY_WATCH_DB)')
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

function globals(): GlobalOptions {
  return program.opts<GlobalOptions>();
}

/** Opens the app for one command and always closes the database. */
async function withApp<T>(fn: (app: App) => Promise<T> | T): Promise<T> {
  const { config, db } = globals();
  const app = createApp({ ...(config ? { configPath: config } : {}), ...(db ? { dbPath: db } : {}) });
  try {
    return await fn(app);
  } finally {
    app.close();
  }
}

function positiveInt(name: string) {
  return (value: string) => {
    if (!/^\d{1,6}$/.test(value) || Number(value) < 1) throw new CommandError(`${name} must be a whole number of at least 1`);
    return Number(value);
  };
}

program
  .command('run')
  .description('run the monitor: poll on the schedule, deliver alerts, serve chat commands (what `npm start` runs)')
  .action(async () => {
    const { runUntilSignalled } = await import('./main.ts');
    const { config, db } = globals();
    await runUntilSignalled({ ...(config ? { configPath: config } : {}), ...(db ? { dbPath: db } : {}) });
  });

program
  .command('poll')
  .description('poll the configured sources and queue alerts')
  .requiredOption('--once', 'run one cycle over every enabled source, then exit')
  .option('--json', 'one JSON line per source')
  .action(async (opts: { json?: boolean }) => {
    await withApp(async (app) => {
      const reports = await app.pollOnce();
      for (const r of reports) {
        if (opts.json) {
          printJson({ source: r.source, status: r.status, items: r.items, newItems: r.newItems, error: r.error });
        } else {
          // An `ok` feed with items that failed (stored unprocessed, or skipped) carries them in `error`.
          const detail =
            r.status === 'error'
              ? `error: ${r.error}`
              : `${r.status}, ${r.items} items, ${r.newItems} new, ${r.queued} alerts queued${r.error ? `; ${r.error}` : ''}`;
          print(`${r.source}: ${detail}`);
        }
      }
    });
  });

program
  .command('classify')
  .description('classify plain-text article files (title line, optional "Published: YYYY-MM-DD", body)')
  .argument('<files...>', 'article files')
  .option('--json', 'one JSON line per file')
  .action((files: string[], opts: { json?: boolean }) => {
    const classify = createDefaultClassifier();
    let failed = false;
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        process.stderr.write(`embassy-watch: cannot read ${file}: ${describeError(error)}\n`);
        failed = true;
        continue;
      }
      const c = classify(parseArticleFile(text));
      if (opts.json) printJson({ file, relevant: c.relevant, ...pickFacts(c) });
      else print(`== ${file}\n${explainClassification(c)}\n`);
    }
    if (failed) process.exitCode = 1;
  });

program
  .command('ingest')
  .description('put article files through the pipeline as feed items (store, classify, merge, queue alerts)')
  .argument('<files...>', 'article files; each file\'s URL is its path as given')
  .option('--json', 'one JSON line per file')
  .action(async (files: string[], opts: { json?: boolean }) => {
    await withApp((app) => {
      for (const file of files) {
        try {
          const r = app.ingestFile(file);
          const line = {
            file,
            new: r.isNew,
            relevant: r.classification.relevant,
            incident: r.incidentId,
            newIncident: r.newIncident,
            decision: r.decision,
            queued: r.channels,
          };
          if (opts.json) printJson(line);
          else
            print(
              `${file}: ${!r.isNew ? 'already ingested' : r.classification.relevant ? `incident #${r.incidentId}${r.newIncident ? ' (new)' : ''}, ${r.decision}${r.channels.length ? ` → ${r.channels.join(', ')}` : ''}` : 'not an attack on a mission'}`,
            );
        } catch (error) {
          process.stderr.write(`embassy-watch: ${file}: ${describeError(error)}\n`);
          process.exitCode = 1;
        }
      }
    });
  });

program
  .command('incidents')
  .description('list incidents, newest first')
  .argument('[city]', 'only this city (any spelling the gazetteer knows)')
  .option('--country <cc>', 'host or targeted country (name or two-letter code)')
  .option('--group <name>', 'group claimed or blamed (aliases accepted)')
  .addOption(new Option('--days <n>', 'only the last N days (default 30)').argParser(positiveInt('--days')).conflicts('all'))
  .option('--all', 'all incidents, however old')
  .addOption(new Option('--limit <n>', 'at most N incidents (default 10, max 100)').argParser(positiveInt('--limit')))
  .option('--json', 'one JSON line per incident')
  .action(async (city: string | undefined, opts: { country?: string; group?: string; days?: number; all?: boolean; limit?: number; json?: boolean }) => {
    await withApp((app) => {
      const result = listIncidents(app.commands, {
        ...(city !== undefined ? { city } : {}),
        ...(opts.country !== undefined ? { country: opts.country } : {}),
        ...(opts.group !== undefined ? { group: opts.group } : {}),
        ...(opts.days !== undefined ? { days: opts.days } : {}),
        ...(opts.all ? { all: true } : {}),
        limit: opts.limit ?? (opts.json ? 100 : 10),
      });
      if (opts.json) result.incidents.forEach((i) => printJson(incidentJson(i)));
      else print(renderIncidentList(result, (c) => app.gazetteer.countryName(c)));
    });
  });

program
  .command('incident')
  .description('show one incident in full: merged facts, every source with its own figures, evidence')
  .argument('<id>', 'incident id')
  .option('--json', 'as one JSON line')
  .action(async (id: string, opts: { json?: boolean }) => {
    await withApp((app) => {
      const incident = showIncident(app.commands, id);
      if (opts.json) printJson({ ...incidentJson(incident), confidence: incident.confidence, sources: incident.sources });
      else print(renderIncidentDetail(incident, (c) => app.gazetteer.countryName(c)));
    });
  });

type SubscriptionFlags = { city?: string; country?: string; target?: string; group?: string };

function subscriptionCommand(name: 'subscribe' | 'unsubscribe', description: string) {
  return program
    .command(name)
    .description(description)
    .argument('<channel>', 'console, webhook:URL, discord:CHANNEL_ID or slack:CHANNEL_ID')
    .option('--city <name>', 'a city')
    .option('--country <cc>', 'a country: attacks there or on its missions (name or code)')
    .option('--target <cc>', 'only attacks on this country\'s missions')
    .option('--group <name>', 'a group claimed or blamed')
    .action(async (channel: string, opts: SubscriptionFlags) => {
      await withApp((app) => {
        const input = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
        const change = (name === 'subscribe' ? subscribe : unsubscribe)(app.commands, channel, input);
        const verb = name === 'subscribe' ? 'subscribed to' : 'unsubscribed from';
        const already = name === 'subscribe' ? 'already subscribed to' : 'was not subscribed to';
        for (const s of change.changed) print(`${change.channel}: ${verb} ${describeSubscription(app.gazetteer, s)}`);
        for (const s of change.unchanged) print(`${change.channel}: ${already} ${describeSubscription(app.gazetteer, s)}`);
      });
    });
}
subscriptionCommand('subscribe', 'send a channel the alerts for a city, country or group');
subscriptionCommand('unsubscribe', 'stop sending a channel the alerts for a city, country or group');

program
  .command('subscriptions')
  .description('list subscriptions, of one channel or of all')
  .argument('[channel]', 'only this channel')
  .option('--json', 'one JSON line per subscription')
  .action(async (channel: string | undefined, opts: { json?: boolean }) => {
    await withApp((app) => {
      const subs = listSubscriptions(app.commands, channel);
      if (opts.json) subs.forEach((s) => printJson(s));
      else if (subs.length === 0) print(channel ? `${channel} has no subscriptions.` : 'No subscriptions.');
      else subs.forEach((s) => print(`${s.channel}: ${describeSubscription(app.gazetteer, s)}`));
    });
  });

program
  .command('deliver')
  .description('send the pending alerts once and report what was sent, what failed and why')
  .option('--json', 'one JSON line per delivery attempted')
  .action(async (opts: { json?: boolean }) => {
    await withApp(async (app) => {
      const reports = await app.deliverOnce();
      // A delivery to a platform without credentials is `waiting` (error: "waiting for discord
      // credentials"): held, no attempt made or counted, sent once the token is set.
      for (const r of reports) {
        if (opts.json) {
          printJson({ incident: r.incidentId, channel: r.channel, version: r.version, status: r.status, messageRef: r.messageRef, error: r.error });
        } else if (r.status === 'waiting') {
          print(`#${r.incidentId} → ${r.channel}: ${r.error ?? 'waiting'}`);
        } else {
          print(`#${r.incidentId} → ${r.channel}: ${r.status}${r.error ? ` (${r.error})` : ''}`);
        }
      }
      if (!opts.json && reports.length === 0) print('Nothing to deliver.');
    });
  });

program
  .command('sources')
  .description("each source's state: last success, last error, failures and next poll")
  .option('--enable <id>', 're-enable a source disabled after repeated failures')
  .option('--json', 'one JSON line per source')
  .action(async (opts: { enable?: string; json?: boolean }) => {
    await withApp((app) => {
      // Configured sources get their rows first, so a never-polled source is listed too.
      app.store.sources.sync(app.config.sources, app.now().toISOString());
      if (opts.enable !== undefined) {
        if (!app.store.sources.enable(opts.enable)) throw new CommandError(`no source "${opts.enable}"`);
        print(`${opts.enable}: enabled; it is polled in the next cycle`);
        return;
      }
      const configured = new Set(app.config.sources.map((s) => s.id));
      for (const s of app.store.sources.list()) {
        if (!configured.has(s.id)) continue;
        const state = s.disabledReason ? 'disabled' : s.consecutiveFailures > 0 ? 'failing' : s.lastSuccess ? 'ok' : 'new';
        if (opts.json) printJson({ ...s, state });
        else {
          print(
            `${s.id}: ${state}; last success ${s.lastSuccess ?? 'never'}; failures ${s.consecutiveFailures}; next poll ${
              s.disabledReason ? 'never (disabled)' : (s.nextPollAt ?? 'next cycle')
            }${s.lastError ? `\n    last error: ${s.lastError}` : ''}${s.disabledReason ? `\n    ${s.disabledReason}` : ''}`,
          );
        }
      }
    });
  });

export async function main(argv: string[]): Promise<void> {
  try {
    await registerPlatformCommands(program, globals, argv);
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; usage errors exit 2 like bad config.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    if (error instanceof ConfigError || error instanceof CommandError) {
      process.stderr.write(`embassy-watch: ${error.message}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    process.stderr.write(`embassy-watch: ${describeError(error)}\n`);
    process.exitCode = 1;
  }
}

await main(process.argv);
