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
    pollIntervalMs: 5 * MINUTE,
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
