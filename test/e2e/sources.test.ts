// Source health through the real command line: a failing feed backs off exponentially, is disabled
// after `fetch.disableAfterFailures` consecutive failures with the reason, is listed as such by
// `sources`, is no longer fetched, and comes back with `sources --enable`.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, jsonLines, rss, attackReports } from '../helpers/cli.ts';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.ts';
import { daysAgo, tempDir, writeFile } from '../helpers/temp.ts';

const MINUTE = 60_000;

describe('sources: back-off, disabling and re-enabling', () => {
  const dir = tempDir();
  let server: TestHttpServer;
  let broken = true;
  const hits: string[] = [];
  const { noise } = attackReports(daysAgo(1));

  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/broken.xml' && broken) {
        res.writeHead(503);
        res.end('maintenance');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss('Feed', noise));
    });
  });
  afterAll(async () => server?.close());

  it('backs off, disables with the reason, lists the state and re-enables on request', async () => {
    const config = writeFile(
      dir,
      'config.yaml',
      `fetch:\n  disableAfterFailures: 3\nsources:\n  - id: broken\n    url: ${server.url}/broken.xml\n  - id: good\n    url: ${server.url}/good.xml\n`,
    );
    const base = ['--config', config, '--db', join(dir, 'sources.db')];
    const state = async () =>
      Object.fromEntries(jsonLines((await cli([...base, 'sources', '--json'])).stdout).map((s) => [s.id, s])) as Record<
        string,
        { state: string; consecutiveFailures: number; lastError: string | null; lastSuccess: string | null; lastAttempt: string; nextPollAt: string | null; disabledReason: string | null }
      >;

    // Listed before any poll.
    expect((await state()).broken).toMatchObject({ state: 'new', consecutiveFailures: 0, lastSuccess: null });

    const waits: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const poll = jsonLines((await cli([...base, 'poll', '--once', '--json'])).stdout);
      expect(poll.find((r) => r.source === 'broken')).toMatchObject({ status: 'error', error: expect.stringContaining('503') });
      const s = (await state()).broken!;
      expect(s.consecutiveFailures).toBe(i);
      expect(s.lastError).toContain('503');
      waits.push(Date.parse(s.nextPollAt!) - Date.parse(s.lastAttempt));
      expect(s.state).toBe(i < 3 ? 'failing' : 'disabled');
    }
    // Exponential: 5, 10, 20 minutes, each within ±20% jitter.
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(0.8 * 5 * MINUTE * 2 ** i);
      expect(wait).toBeLessThanOrEqual(1.2 * 5 * MINUTE * 2 ** i);
    });
    const sources = await state();
    expect(sources.broken!.disabledReason).toMatch(/^disabled after 3 consecutive failures: .*503/);
    expect(sources.good).toMatchObject({ state: 'ok', consecutiveFailures: 0, lastError: null });
    expect(sources.good!.lastSuccess).toBeTruthy();

    const text = await cli([...base, 'sources']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/broken: disabled; last success never; failures 3; next poll never \(disabled\)/);
    expect(text.stdout).toMatch(/last error: .*503/);
    expect(text.stdout).toMatch(/good: ok; last success \d{4}-\d\d-\d\dT/);

    // Disabled: not fetched any more, and the report says how to re-enable it.
    const before = hits.filter((h) => h === '/broken.xml').length;
    const disabledPoll = jsonLines((await cli([...base, 'poll', '--once', '--json'])).stdout);
    expect(disabledPoll.find((r) => r.source === 'broken')).toMatchObject({
      status: 'error',
      error: expect.stringContaining('sources --enable broken'),
    });
    expect(hits.filter((h) => h === '/broken.xml')).toHaveLength(before);

    const unknown = await cli([...base, 'sources', '--enable', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no source "nope"');

    broken = false;
    const enable = await cli([...base, 'sources', '--enable', 'broken']);
    expect(enable).toMatchObject({ code: 0, stdout: 'broken: enabled; it is polled in the next cycle\n' });
    expect((await state()).broken).toMatchObject({ consecutiveFailures: 0, disabledReason: null, nextPollAt: null });
    const recovered = jsonLines((await cli([...base, 'poll', '--once', '--json'])).stdout);
    expect(recovered.find((r) => r.source === 'broken')).toMatchObject({ status: 'ok', error: null });
    expect((await state()).broken).toMatchObject({ state: 'ok', consecutiveFailures: 0, lastError: null });
  }, 120_000);
});
