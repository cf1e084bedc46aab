// SIGTERM and SIGINT stop `embassy-watch run` cleanly: a delivery under way finishes and is recorded,
// a feed read under way is abandoned without counting against its source, the database is closed
// (no WAL left to recover) and the exit code is 0.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/index.ts';
import { attackReports, cli, rss, spawnCli, type FeedItem } from '../helpers/cli.ts';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.ts';
import { daysAgo, tempDir, writeFile } from '../helpers/temp.ts';

const READY = /"msg":"embassy-watch running"/;

function openCleanly(db: Database.Database) {
  expect(db.pragma('quick_check', { simple: true })).toBe('ok');
}

describe('graceful shutdown of run', () => {
  const dir = tempDir();
  const { attacks, noise } = attackReports(daysAgo(1));
  let feeds: TestHttpServer;
  let hooks: TestHttpServer;
  const items: FeedItem[] = [noise[0]!];
  const posts: { at: number; key: string }[] = [];
  let slowRequests = 0;
  let hookDelayMs = 1500;

  beforeAll(async () => {
    feeds = await startHttpServer((req, res) => {
      if (req.url === '/slow.xml') {
        slowRequests++;
        return; // never answers
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss('Outlet', items));
    });
    hooks = await startHttpServer(async (req, res) => {
      for await (const chunk of req) void chunk;
      posts.push({ at: Date.now(), key: String(req.headers['idempotency-key']) });
      await sleep(hookDelayMs);
      res.writeHead(204);
      res.end();
    });
  });
  afterAll(async () => {
    await feeds?.close();
    await hooks?.close();
  });

  const config = (name: string, sources: string) =>
    writeFile(dir, `${name}.yaml`, `schedule: "*/1 * * * * *"\ndelivery:\n  intervalSeconds: 1\nlog:\n  level: info\nsources:\n${sources}`);

  it('SIGTERM lets the delivery in flight finish, records it and closes the database', async () => {
    const db = join(dir, 'term.db');
    const cfg = config('term', `  - id: outlet\n    url: ${feeds.url}/feed.xml\n`);
    const store = createSqliteStore(db);
    store.subscriptions.add({ channel: `webhook:${hooks.url}/hook`, kind: 'city', value: 'Mogadishu' }, 'setup');
    store.close();
    expect((await cli(['--config', cfg, '--db', db, 'poll', '--once'])).code).toBe(0); // the backlog
    items.push(attacks[0]!);

    const child = spawnCli(['--config', cfg, '--db', db, 'run'], { LOG_LEVEL: 'info' });
    await child.waitFor(READY, 60_000);
    while (posts.length === 0) await sleep(20);
    // The receiver holds its answer for 1.5 s: the signal arrives mid-send.
    const signalled = Date.now();
    child.process.kill('SIGTERM');
    const exit = await child.exited;
    const took = Date.now() - signalled;
    expect(exit, child.stderr()).toEqual({ code: 0, signal: null });
    expect(took).toBeGreaterThanOrEqual(hookDelayMs - 200);
    expect(took).toBeLessThan(10_000);
    expect(child.stderr()).toMatch(/"msg":"stopped"/);
    expect(existsSync(`${db}-wal`)).toBe(false);

    const reader = new Database(db, { readonly: true });
    openCleanly(reader);
    const deliveries = reader.prepare('SELECT status, in_flight_since, in_flight_nonce FROM deliveries').all();
    reader.close();
    expect(deliveries).toEqual([{ status: 'sent', in_flight_since: null, in_flight_nonce: null }]);
    expect(posts).toHaveLength(1);

    // Restarted and stopped again: nothing is sent twice.
    hookDelayMs = 0;
    const again = spawnCli(['--config', cfg, '--db', db, 'run'], { LOG_LEVEL: 'info' });
    await again.waitFor(READY, 60_000);
    await again.waitFor(/"msg":"poll cycle done"/, 20_000);
    again.process.kill('SIGINT');
    expect(await again.exited).toEqual({ code: 0, signal: null });
    expect(posts).toHaveLength(1);
  }, 120_000);

  it('SIGINT abandons a feed read under way without counting it as the source\'s failure', async () => {
    const db = join(dir, 'int.db');
    const cfg = config('int', `  - id: slow\n    url: ${feeds.url}/slow.xml\n  - id: outlet\n    url: ${feeds.url}/feed.xml\n`);
    const child = spawnCli(['--config', cfg, '--db', db, 'run'], { LOG_LEVEL: 'info' });
    await child.waitFor(READY, 60_000);
    while (slowRequests === 0) await sleep(20);
    await sleep(200);
    const signalled = Date.now();
    child.process.kill('SIGINT');
    const exit = await child.exited;
    expect(exit, child.stderr()).toEqual({ code: 0, signal: null });
    // Well before the 15 s fetch timeout: the read was aborted, not waited for.
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(existsSync(`${db}-wal`)).toBe(false);
    const reader = new Database(db, { readonly: true });
    openCleanly(reader);
    const slow = reader.prepare("SELECT consecutive_failures, last_error, next_poll_at FROM sources WHERE id = 'slow'").get();
    reader.close();
    expect(slow).toEqual({ consecutive_failures: 0, last_error: null, next_poll_at: null });
  }, 120_000);
});
