// One poll cycle: read every due source concurrently (bounded, per host too), store new items,
// classify and merge them into incidents, queue alerts. One failing source never stops the others.
import pLimit, { type LimitFunction } from 'p-limit';
import type { SourceRepo, SourceState } from '../alerts/ports.ts';
import { processArticle, type AlertPolicy } from '../alerts/pipeline.ts';
import type { AlertStore } from '../alerts/ports.ts';
import type { Article, Classifier } from '../alerts/types.ts';
import { backoffMs } from './backoff.ts';
import { describeError, type Logger } from './logger.ts';

export type ReadFeedResult =
  | { status: 'ok'; articles: Article[]; etag: string | null; lastModified: string | null }
  | { status: 'not_modified' };

export type ReadFeed = (
  source: { id: string; url: string },
  state: { etag: string | null; lastModified: string | null },
  signal: AbortSignal | undefined,
) => Promise<ReadFeedResult>;

export interface SourceReport {
  source: string;
  status: 'ok' | 'not_modified' | 'error';
  items: number;
  newItems: number;
  error: string | null;
  /** Incidents created or updated and the channels queued, for logs and summaries. */
  relevant: number;
  queued: number;
  /** Items that could not be processed (see pollSource); the feed itself was read. */
  failedItems?: number;
}

export interface PollCycleDeps {
  sources: { id: string; url: string }[];
  store: AlertStore & { sources: SourceRepo };
  readFeed: ReadFeed;
  classify: Classifier;
  policy: AlertPolicy;
  now: () => Date;
  log: Logger;
  concurrency: number;
  perHostConcurrency: number;
  disableAfterFailures: number;
  /** The scheduler skips sources in back-off; a manual `poll --once` reads them anyway. */
  respectBackoff: boolean;
  /** The back-off base after a failure: the next poll waits this long, doubling per consecutive failure. */
  failureBackoffBaseMs: number;
  signal?: AbortSignal;
}

const MAX_BACKOFF_MS = 6 * 3_600_000;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function isDue(state: SourceState, now: Date): boolean {
  return state.nextPollAt === null || Date.parse(state.nextPollAt) <= now.getTime();
}

const CANCELLED = 'cycle cancelled by shutdown';

function cancelled(report: SourceReport): SourceReport {
  return { ...report, status: 'error', error: CANCELLED };
}

async function pollSource(
  deps: PollCycleDeps,
  source: { id: string; url: string },
  state: SourceState,
): Promise<SourceReport> {
  const report: SourceReport = {
    source: source.id,
    status: 'ok',
    items: 0,
    newItems: 0,
    error: null,
    relevant: 0,
    queued: 0,
  };
  const { store, log } = deps;
  try {
    const result = await deps.readFeed(source, { etag: state.etag, lastModified: state.lastModified }, deps.signal);
    const now = deps.now();
    // A healthy source is polled at every cycle: a "next poll" of now + interval would fall just after
    // the next cron tick and skip it.
    const nextPollAt = null;
    if (result.status === 'not_modified') {
      report.status = 'not_modified';
      store.sources.recordSuccess(source.id, { etag: null, lastModified: null, notModified: true }, now.toISOString(), nextPollAt);
      return report;
    }
    // Take the items out of the result: this frame and readFeed's settled promise hold it until the
    // next full GC (they waited on the network, so V8 has moved them to the old generation), and
    // through it every item of the feed, text and all, would stay in memory that long too.
    const articles = result.articles;
    result.articles = [];
    storeFeed(deps, source.id, articles, {
      backlog: state.firstPolledAt === null,
      validators: { etag: result.etag, lastModified: result.lastModified, notModified: false },
      now,
      nextPollAt,
      report,
    });
    return report;
  } catch (error) {
    // A read aborted by shutdown is not the source's failure: no back-off, no count towards disabling.
    if (deps.signal?.aborted) return cancelled(report);
    const message = describeError(error);
    const now = deps.now();
    const failures = state.consecutiveFailures + 1;
    const retryIn = backoffMs(failures, { baseMs: deps.failureBackoffBaseMs, maxMs: MAX_BACKOFF_MS });
    const disable =
      failures >= deps.disableAfterFailures ? `disabled after ${failures} consecutive failures: ${message}` : null;
    store.sources.recordFailure(
      source.id,
      message,
      now.toISOString(),
      new Date(now.getTime() + retryIn).toISOString(),
      disable,
    );
    log.warn({ source: source.id, url: source.url, failures, err: message }, disable ?? 'source failed');
    return { ...report, status: 'error', error: message };
  }
}

/**
 * Stores a feed's items, classifies the new ones, merges them into incidents and queues alerts, and
 * records the source's success; counts go into `report`. (A function of its own, not a closure in
 * pollSource, so that nothing in pollSource's long-lived context refers to the items.)
 *
 * One transaction per feed: its new articles, their incidents and alerts, and its validators commit
 * together, so a crash leaves no article stored (hence never read again) but unprocessed, and the
 * next run reads the feed again from where it was. (One commit per feed, not per item, is also what
 * keeps a first cycle over many feeds fast.)
 *
 * One item that throws (the classifier, or the store on odd data) does not fail its feed: its own
 * savepoint is rolled back and the item is stored again unclassified with the reason
 * (articles.process_error), so it is not read as new at every poll, yet not silently lost: it is
 * logged with its source and item, counted (failedItems) and named in the report's `error`. Only if
 * even that store fails is it skipped, still counted; the feed's next change offers it again.
 */
function storeFeed(
  deps: PollCycleDeps,
  sourceId: string,
  articles: Article[],
  feed: {
    /** The first successful read of a source is its backlog: stored and merged, never alerted. */
    backlog: boolean;
    validators: { etag: string | null; lastModified: string | null; notModified: false };
    now: Date;
    nextPollAt: string | null;
    report: SourceReport;
  },
): void {
  const { store, log } = deps;
  const { backlog, now, report } = feed;
  report.items = articles.length;
  const nowIso = now.toISOString();
  const failures: string[] = [];
  store.transaction(() => {
    for (const article of articles) {
      try {
        // A savepoint of its own: a throw undoes this item's writes only.
        const outcome = store.transaction(() => {
          const stored = store.articles.insertIfNew(article, nowIso);
          return stored ? processArticle({ store, classify: deps.classify, policy: deps.policy, now }, stored, { alert: !backlog }) : null;
        });
        if (!outcome) continue;
        report.newItems++;
        if (outcome.incidentId !== null) report.relevant++;
        report.queued += outcome.channels.length;
      } catch (error) {
        const message = describeError(error);
        let kept = false;
        try {
          kept = store.transaction(() => {
            const stored = store.articles.insertIfNew(article, nowIso);
            if (stored) store.articles.markFailed(stored.id, message);
            return stored !== null;
          });
        } catch (storeError) {
          log.error({ source: sourceId, item: article.itemKey, err: describeError(storeError) }, 'feed item could not be stored either: skipped');
        }
        if (kept) report.newItems++;
        failures.push(`${article.itemKey}: ${message}`);
        log.error(
          { source: sourceId, item: article.itemKey, url: article.url, err: message, stored: kept },
          kept ? 'feed item failed: stored unprocessed' : 'feed item failed: skipped',
        );
      }
    }
    store.sources.recordSuccess(sourceId, feed.validators, nowIso, feed.nextPollAt);
  });
  if (backlog) log.info({ source: sourceId, items: report.items }, 'first poll: backlog stored, not alerted');
  if (failures.length > 0) {
    report.failedItems = failures.length;
    report.error = `${failures.length} of ${report.items} items failed: ${failures.slice(0, 3).join('; ')}${failures.length > 3 ? '; …' : ''}`;
  }
}

export async function runPollCycle(deps: PollCycleDeps): Promise<SourceReport[]> {
  const states = deps.store.sources.sync(deps.sources, deps.now().toISOString());
  const limit = pLimit(deps.concurrency);
  const hostLimits = new Map<string, LimitFunction>();
  const now = deps.now();

  const tasks = deps.sources.map((source, i) => {
    const state = states[i]!;
    if (state.disabledReason) {
      return Promise.resolve<SourceReport>({
        source: source.id,
        status: 'error',
        items: 0,
        newItems: 0,
        error: `source disabled: ${state.disabledReason} (re-enable with: embassy-watch sources --enable ${source.id})`,
        relevant: 0,
        queued: 0,
      });
    }
    if (deps.respectBackoff && !isDue(state, now)) return null;
    const host = hostOf(source.url);
    let hostLimit = hostLimits.get(host);
    if (!hostLimit) hostLimits.set(host, (hostLimit = pLimit(deps.perHostConcurrency)));
    // Host slot first, so a source waiting on its host does not hold one of the global slots.
    return hostLimit(() =>
      limit(async () =>
        deps.signal?.aborted
          ? cancelled({ source: source.id, status: 'error', items: 0, newItems: 0, error: null, relevant: 0, queued: 0 })
          : pollSource(deps, source, state),
      ),
    );
  });
  const reports = await Promise.all(tasks.filter((t): t is Promise<SourceReport> => t !== null));
  return reports;
}
