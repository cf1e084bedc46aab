// The poll cycle's source health under the scheduler (respectBackoff): exponential back-off after
// failures, disabling after `disableAfterFailures`, healthy sources read at every cycle, and reads
// aborted by shutdown not held against the source.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_POLICY } from '../../src/alerts/pipeline.ts';
import { emptyFacts } from '../../src/alerts/types.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { runPollCycle, type PollCycleDeps, type ReadFeed } from '../../src/app/poll-cycle.ts';
import { createSqliteStore } from '../../src/store/index.ts';
import { tempDir } from '../helpers/temp.ts';

const dir = tempDir();
const MINUTE = 60_000;

function setup(readFeed: ReadFeed, overrides: Partial<PollCycleDeps> = {}) {
  const store = createSqliteStore(join(dir, `cycle-${Math.random().toString(36).slice(2)}.db`));
  const clock = { t: Date.parse('2026-01-01T00:00:00Z') };
  const deps: PollCycleDeps = {
    sources: [
      { id: 'down', url: 'http://127.0.0.1:9/down.xml' },
      { id: 'up', url: 'http://127.0.0.2:9/up.xml' },
    ],
    store,
    readFeed,
    classify: () => ({ ...emptyFacts(), relevant: false, confidence: 0, evidence: {} }),
    policy: DEFAULT_ALERT_POLICY,
    now: () => new Date(clock.t),
    log: silentLogger(),
    concurrency: 4,
    perHostConcurrency: 2,
    disableAfterFailures: 4,
    respectBackoff: true,
    failureBackoffBaseMs: 5 * MINUTE,
    ...overrides,
  };
  return { store, clock, deps };
}

describe('poll cycle: source back-off and disabling', () => {
  it('skips a failing source until its back-off ends, doubling it each time, then disables it; healthy ones every cycle', async () => {
    const reads: string[] = [];
    const readFeed: ReadFeed = async (source) => {
      reads.push(source.id);
      if (source.id === 'down') throw new Error('connect ECONNREFUSED');
      return { status: 'not_modified' };
    };
    const { store, clock, deps } = setup(readFeed);
    const waits: number[] = [];
    // A cycle a minute, for two hours.
    for (let minute = 0; minute < 120; minute++) {
      const before = store.sources.get('down');
      await runPollCycle(deps);
      const after = store.sources.get('down')!;
      if (after.consecutiveFailures !== (before?.consecutiveFailures ?? 0) && after.nextPollAt && !after.disabledReason) {
        waits.push(Date.parse(after.nextPollAt) - clock.t);
      }
      clock.t += MINUTE;
    }
    expect(reads.filter((r) => r === 'up')).toHaveLength(120);
    // Failures at minute 0, then after ~5, ~10, ~20 minutes of back-off; the fourth disables it.
    expect(reads.filter((r) => r === 'down')).toHaveLength(4);
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(0.8 * 5 * MINUTE * 2 ** i);
      expect(wait).toBeLessThanOrEqual(1.2 * 5 * MINUTE * 2 ** i);
    });
    expect(waits).toHaveLength(3);
    expect(store.sources.get('down')).toMatchObject({
      consecutiveFailures: 4,
      lastError: 'connect ECONNREFUSED',
      disabledReason: 'disabled after 4 consecutive failures: connect ECONNREFUSED',
    });
    expect(store.sources.get('up')).toMatchObject({ consecutiveFailures: 0, nextPollAt: null });

    // Re-enabled: read at the next cycle, and a success clears the count.
    expect(store.sources.enable('down')).toBe(true);
    const reports = await runPollCycle({ ...deps, readFeed: async () => ({ status: 'not_modified' }) });
    expect(reports.find((r) => r.source === 'down')).toMatchObject({ status: 'not_modified' });
    expect(store.sources.get('down')).toMatchObject({ consecutiveFailures: 0, lastError: null, disabledReason: null });
    store.close();
  });

  it('does not count a read aborted by shutdown against its source', async () => {
    const shutdown = new AbortController();
    const readFeed: ReadFeed = (_source, _state, signal) =>
      new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new Error('This operation was aborted'))));
    const { store, deps } = setup(readFeed, { signal: shutdown.signal });
    const cycle = runPollCycle(deps);
    setTimeout(() => shutdown.abort(), 20);
    const reports = await cycle;
    expect(reports.map((r) => r.error)).toEqual(['cycle cancelled by shutdown', 'cycle cancelled by shutdown']);
    expect(store.sources.list().map((s) => [s.consecutiveFailures, s.lastError, s.nextPollAt])).toEqual([
      [0, null, null],
      [0, null, null],
    ]);
    store.close();
  });
});

describe('poll cycle: one bad item does not fail its feed', () => {
  const article = (key: string, title: string) => ({
    sourceId: 'up',
    itemKey: key,
    url: `http://outlet.example/${key}`,
    canonicalUrl: `http://outlet.example/${key}`,
    title,
    text: `${title}.`,
    published: '2026-01-01',
  });

  it('stores an item the classifier throws on unprocessed, with the reason, and keeps the rest and the ETag', async () => {
    const articles = [article('a', 'First'), article('boom', 'Explodes the classifier'), article('c', 'Third'), { ...article('bad', 'x'), title: { not: 'a string' } as unknown as string }];
    const logged: { msg: string; fields: Record<string, unknown> }[] = [];
    const log = { ...silentLogger(), error: (fields: Record<string, unknown>, msg: string) => void logged.push({ msg, fields }) } as ReturnType<typeof silentLogger>;
    const classified: string[] = [];
    const { store, deps } = setup(async () => ({ status: 'ok', articles, etag: '"v1"', lastModified: null }), {
      sources: [{ id: 'up', url: 'http://127.0.0.2:9/up.xml' }],
      log,
      classify: (a) => {
        if (a.title.includes('Explodes')) throw new Error('classifier bug');
        classified.push(a.title);
        return { ...emptyFacts(), relevant: false, confidence: 0, evidence: {} };
      },
    });
    const [report] = await runPollCycle(deps);
    expect(report).toMatchObject({ source: 'up', status: 'ok', items: 4, newItems: 3, failedItems: 2 });
    expect(report!.error).toMatch(/^2 of 4 items failed: boom: classifier bug; bad: /);
    expect(classified).toEqual(['First', 'Third']);
    // The feed's validators were recorded with the good items: the next poll is a conditional GET.
    expect(store.sources.get('up')).toMatchObject({ etag: '"v1"', consecutiveFailures: 0, lastError: null });
    const rows = store.db.prepare('SELECT item_key, relevant, process_error FROM articles ORDER BY id').all();
    // The classifier's victim is kept, unclassified, with the reason; the one the store refused is skipped.
    expect(rows).toEqual([
      { item_key: 'a', relevant: 0, process_error: null },
      { item_key: 'boom', relevant: null, process_error: 'classifier bug' },
      { item_key: 'c', relevant: 0, process_error: null },
    ]);
    expect(logged.map((l) => [l.msg, l.fields.source, l.fields.item])).toEqual([
      ['feed item failed: stored unprocessed', 'up', 'boom'],
      ['feed item could not be stored either: skipped', 'up', 'bad'],
      ['feed item failed: skipped', 'up', 'bad'],
    ]);

    // Read again (the feed changed elsewhere): the stored failure is not new, so not retried at every poll.
    const [again] = await runPollCycle(deps);
    expect(again).toMatchObject({ status: 'ok', newItems: 0, failedItems: 1 });
    expect(classified).toEqual(['First', 'Third']);
    store.close();
  });
});
