// Wires the parts together for one process: config, store, knowledge, classifier, sinks.
// Every command of the CLI and `run` start from here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArticleFile } from '../sources/article-file.ts';
import { readFeed } from '../sources/read-feed.ts';
import { DEFAULT_ALERT_POLICY, processArticle, type AlertPolicy, type ProcessedArticle } from '../alerts/pipeline.ts';
import type { Gazetteer, Sink } from '../alerts/ports.ts';
import type { Article, Classifier } from '../alerts/types.ts';
import { createHash } from 'node:crypto';
import { createSqliteStore, type Store } from '../store/index.ts';
import { createDefaultClassifier, loadKnowledge } from '../knowledge/index.ts';
import { createConsoleSink } from '../bot/console/console-sink.ts';
import { createWebhookSink } from '../bot/webhook/webhook-sink.ts';
import type { CommandContext } from '../bot/commands.ts';
import type { Platform } from '../bot/platform.ts';
import { platformsFromEnv } from '../bot/platforms.ts';
import { loadConfig, type Config } from './config.ts';
import { deliverPending, type DeliveryReport } from './dispatcher.ts';
import { createLogger, type Logger } from './logger.ts';
import { runPollCycle, type ReadFeed, type SourceReport } from './poll-cycle.ts';

export const DEFAULT_CONFIG_PATH = 'config/default.yaml';
export const DEFAULT_DB_PATH = 'data/embassy-watch.db';

export interface AppOptions {
  configPath?: string;
  dbPath?: string;
  log?: Logger;
  now?: () => Date;
  /** Extra or replacement sinks by platform (Discord, Slack, tests). */
  sinks?: Partial<Record<string, Sink>>;
  readFeed?: ReadFeed;
  /**
   * Chat platforms; by default those whose credentials are in the environment (`env`, else
   * process.env), whose SDKs load only when first used.
   */
  platforms?: Platform[];
  env?: NodeJS.ProcessEnv;
}

export interface App {
  config: Config;
  store: Store;
  gazetteer: Gazetteer;
  classify: Classifier;
  log: Logger;
  policy: AlertPolicy;
  sinks: Partial<Record<string, Sink>>;
  platforms: Platform[];
  commands: CommandContext;
  now: () => Date;
  pollOnce(options?: { respectBackoff?: boolean; signal?: AbortSignal }): Promise<SourceReport[]>;
  deliverOnce(signal?: AbortSignal): Promise<DeliveryReport[]>;
  ingestFile(path: string): ProcessedArticle & { url: string; isNew: boolean };
  close(): void;
}

export function resolveConfigPath(flag?: string): string {
  return resolve(flag ?? process.env.EMBASSY_WATCH_CONFIG ?? DEFAULT_CONFIG_PATH);
}

export function resolveDbPath(flag?: string): string {
  const path = flag ?? process.env.EMBASSY_WATCH_DB ?? DEFAULT_DB_PATH;
  return path === ':memory:' ? path : resolve(path);
}

export function createApp(options: AppOptions = {}): App {
  const config = loadConfig(resolveConfigPath(options.configPath));
  const log = options.log ?? createLogger(process.env.LOG_LEVEL ?? config.log.level);
  const now = options.now ?? (() => new Date());
  const store = createSqliteStore(resolveDbPath(options.dbPath));
  const knowledge = loadKnowledge();
  const gazetteer: Gazetteer = {
    findCity: (name) => knowledge.findCity(name),
    findCountry: (name) => knowledge.findCountry(name),
    findGroup: (name) => knowledge.findGroup(name),
    countryName: (code) => knowledge.countryName(code) ?? code,
  };
  const classify = createDefaultClassifier();
  const policy: AlertPolicy = {
    ...DEFAULT_ALERT_POLICY,
    watchCities: config.watch.cities,
    maxAgeDays: config.alerts.maxAgeDays,
    mergeWindowDays: config.alerts.mergeWindowDays,
  };
  const platforms = options.platforms ?? platformsFromEnv(options.env ?? process.env, log);
  const sinks: Partial<Record<string, Sink>> = {
    console: createConsoleSink(),
    webhook: createWebhookSink(),
    ...Object.fromEntries(platforms.map((p) => [p.name, p.sink])),
    ...options.sinks,
  };
  const waitingLogged = new Set<string>();
  const fetchOptions = {
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    maxRedirects: config.fetch.maxRedirects,
    maxItems: config.fetch.maxItemsPerFeed,
  };
  const read: ReadFeed =
    options.readFeed ??
    (async (source, state, signal) => {
      const result = await readFeed(source, state, { ...fetchOptions, ...(signal ? { signal } : {}) });
      if (result.status === 'ok' && result.warnings.length > 0) log.warn({ source: source.id, warnings: result.warnings }, 'feed charset');
      return result;
    });

  return {
    config,
    store,
    gazetteer,
    classify,
    log,
    policy,
    sinks,
    platforms,
    now,
    commands: { incidents: store.incidents, subscriptions: store.subscriptions, gazetteer, now },
    pollOnce(opts = {}) {
      return runPollCycle({
        sources: config.sources,
        store,
        readFeed: read,
        classify,
        policy,
        now,
        log,
        concurrency: config.fetch.concurrency,
        perHostConcurrency: config.fetch.perHostConcurrency,
        disableAfterFailures: config.fetch.disableAfterFailures,
        respectBackoff: opts.respectBackoff ?? false,
        failureBackoffBaseMs: 5 * 60_000,
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
    },
    deliverOnce(signal) {
      return deliverPending({
        outbox: store.outbox,
        incidents: store.incidents,
        sinks,
        countryName: (code) => gazetteer.countryName(code),
        now,
        log,
        concurrency: config.delivery.concurrency,
        maxAttempts: config.delivery.maxAttempts,
        waitingLogged,
        ...(signal ? { signal } : {}),
      });
    },
    ingestFile(path) {
      const text = readFileSync(path, 'utf8');
      const parsed = parseArticleFile(text);
      const article: Article = {
        ...parsed,
        sourceId: 'file',
        itemKey: createHash('sha256').update(`file\n${path}`).digest('hex').slice(0, 32),
        url: path,
        canonicalUrl: path,
      };
      const nowDate = now();
      const stored = store.articles.insertIfNew(article, nowDate.toISOString());
      if (!stored) {
        const incident = store.incidents.findByArticleUrl(path);
        return {
          articleId: -1,
          classification: classify(article),
          incidentId: incident?.id ?? null,
          newIncident: false,
          decision: 'duplicate',
          channels: [],
          url: path,
          isNew: false,
        };
      }
      return { ...processArticle({ store, classify, policy, now: nowDate }, stored, { alert: true }), url: path, isNew: true };
    },
    close() {
      store.close();
    },
  };
}
