// The crash test: the real monitor (`embassy-watch run`, a child process) reads local feeds and posts
// to a local webhook receiver while it is killed with SIGKILL at random points, over and over, and
// restarted; new reports appear in the feeds between restarts. Finally it runs to the end and is
// stopped with SIGTERM. Every expected alert must have arrived, none twice: a repeated POST is
// tolerated only with the Idempotency-Key of the first (a real receiver would drop it).
// Two lanes (own database, feeds and channels) run side by side to keep the wall time down.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/index.ts';
import { attackReports, cli, spawnCli, startFeedServer, type FeedItem } from '../helpers/cli.ts';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.ts';
import { daysAgo, tempDir, writeFile } from '../helpers/temp.ts';

const LANES = 2;
const KILLS_PER_LANE = Number(process.env.CRASH_KILLS_PER_LANE ?? 15);
const MAX_DELAY_MS = 600;

interface Post {
  channel: string;
  key: string;
  incidentId: number;
  version: number;
  type: string;
  city: string;
}

const CITIES = ['Mogadishu', 'Tripoli', 'Baghdad', 'Kabul', 'Niamey', 'Jalalabad'];
/** channel path → the cities whose alerts it should receive. */
const CHANNELS: Record<string, { kind: 'city' | 'country' | 'target'; values: string[]; cities: string[] }> = {
  cities: { kind: 'city', values: CITIES, cities: CITIES },
  afghanistan: { kind: 'country', values: ['AF'], cities: ['Kabul', 'Jalalabad'] },
  turkey: { kind: 'target', values: ['TR'], cities: ['Mogadishu'] },
};

describe('crash test: SIGKILL at random points, restart, every alert exactly once', () => {
  const dir = tempDir();
  const day = daysAgo(1);
  const reports = attackReports(day);
  let feedServer: TestHttpServer;
  let hookServer: TestHttpServer;
  /** lane → outlet → items currently in the feed */
  const feeds = new Map<string, FeedItem[]>();
  const posts = new Map<number, Post[]>();

  beforeAll(async () => {
    feedServer = await startFeedServer((path) => feeds.get(path));
    // Records every POST as it arrives, then answers a little later: a kill in between leaves a
    // send that reached the receiver but was never recorded as sent.
    hookServer = await startHttpServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        incidentId: number;
        version: number;
        type: string;
        alert: { facts: { label: string; value: string }[] };
      };
      const [, lane, channel] = (req.url ?? '').split('/');
      const where = body.alert.facts.find((f) => f.label === 'Where')?.value ?? '';
      const list = posts.get(Number(lane)) ?? [];
      posts.set(Number(lane), list);
      list.push({
        channel: channel ?? '',
        key: String(req.headers['idempotency-key']),
        incidentId: body.incidentId,
        version: body.version,
        type: body.type,
        city: where.split(',')[0] ?? '',
      });
      await sleep(Math.random() * 250);
      res.writeHead(200);
      res.end();
    });
  });
  afterAll(async () => {
    await feedServer?.close();
    await hookServer?.close();
  });

  async function runLane(lane: number) {
    const db = join(dir, `lane-${lane}.db`);
    const config = writeFile(
      dir,
      `lane-${lane}.yaml`,
      [
        `schedule: "*/1 * * * * *"`,
        `delivery:\n  intervalSeconds: 1`,
        `log:\n  level: info`,
        `sources:`,
        `  - id: outlet-a\n    url: ${feedServer.url}/${lane}/a.xml`,
        `  - id: outlet-b\n    url: ${feedServer.url}/${lane}/b.xml`,
        '',
      ].join('\n'),
    );
    feeds.set(`/${lane}/a.xml`, [reports.noise[0]!]);
    feeds.set(`/${lane}/b.xml`, [reports.noise[2]!]);
    const store = createSqliteStore(db);
    for (const [path, sub] of Object.entries(CHANNELS)) {
      for (const value of sub.values) store.subscriptions.add({ channel: `webhook:${hookServer.url}/${lane}/${path}`, kind: sub.kind, value }, 'setup');
    }
    store.close();
    // The first poll stores each new source's backlog without alerting; it is not under test.
    const backlog = await cli(['--config', config, '--db', db, 'poll', '--once']);
    expect(backlog.code).toBe(0);

    // Reports appear one per restart, follow-ups after the attack they follow, with noise between.
    const { attacks, followUps, noise } = reports;
    const reveal: FeedItem[] = [
      attacks[0]!, attacks[1]!, noise[1]!, attacks[2]!, followUps[0]!, attacks[3]!, attacks[4]!, followUps[1]!, attacks[5]!,
    ];
    let kills = 0;
    let survived = 0;
    for (let i = 0; i < KILLS_PER_LANE; i++) {
      const item = reveal[i];
      if (item) feeds.get(`/${lane}/${i % 2 === 0 ? 'a' : 'b'}.xml`)!.push(item);
      const child = spawnCli(['--config', config, '--db', db, 'run'], { LOG_LEVEL: 'info' });
      if (i % 3 === 2) {
        // Anywhere from start-up (opening the database, migrating) into the first cycle.
        await Promise.race([sleep(Math.random() * 2500), child.exited]);
      } else {
        // Inside the work: polling, classifying, queueing, posting, recording.
        await child.waitFor(/"msg":"embassy-watch running"/, 60_000);
        await sleep(Math.random() * MAX_DELAY_MS);
      }
      child.process.kill('SIGKILL');
      const exit = await child.exited;
      kills++;
      expect(exit.signal).toBe('SIGKILL');
      // The database must open (recovering its WAL as usual) and be intact after every kill.
      const check = new Database(db);
      const ok = check.pragma('quick_check', { simple: true }) === 'ok';
      check.close();
      if (ok) survived++;
    }

    // Let it finish: run until everything is delivered, then stop it the normal way.
    const child = spawnCli(['--config', config, '--db', db, 'run'], { LOG_LEVEL: 'info' });
    await child.waitFor(/"msg":"embassy-watch running"/, 60_000);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const reader = new Database(db, { readonly: true });
      const open = reader.prepare("SELECT COUNT(*) AS n FROM deliveries WHERE status <> 'sent'").get() as { n: number };
      const all = reader.prepare('SELECT COUNT(*) AS n FROM deliveries').get() as { n: number };
      const read = reader.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number };
      reader.close();
      // Every revealed report read and every delivery sent.
      if (open.n === 0 && all.n > 0 && read.n >= 2 + Math.min(reveal.length, KILLS_PER_LANE)) break;
      if (Date.now() > deadline) throw new Error(`lane ${lane}: not finished within 60 s\n${child.stderr().slice(-3000)}`);
      await sleep(300);
    }
    await sleep(1500); // nothing more should arrive
    child.process.kill('SIGTERM');
    const exit = await child.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(existsSync(`${db}-wal`)).toBe(false);
    return { lane, db, kills, survived, revealed: reveal.slice(0, KILLS_PER_LANE) };
  }

  it(`survives ${LANES * KILLS_PER_LANE} kills with nothing lost and nothing doubled`, async () => {
    const started = Date.now();
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, i) => runLane(i + 1)));

    let tried = 0;
    let survived = 0;
    let lost = 0;
    let rawDuplicates = 0;
    let sameKeyDuplicates = 0;
    let newKeyDuplicates = 0;
    let expected = 0;
    const problems: string[] = [];
    for (const lane of lanes) {
      tried += lane.kills;
      survived += lane.survived;
      const received = posts.get(lane.lane) ?? [];
      const reader = new Database(lane.db, { readonly: true });
      const deliveries = reader.prepare('SELECT incident_id, channel, version, sent_version, status FROM deliveries').all() as {
        incident_id: number;
        channel: string;
        version: number;
        sent_version: number | null;
        status: string;
      }[];
      const incidents = reader.prepare('SELECT id, city FROM incidents').all() as { id: number; city: string }[];
      reader.close();
      const revealedCities = CITIES.filter((city) => lane.revealed.some((r) => r.title.includes(city)));
      expect(incidents.map((i) => i.city).sort()).toEqual([...revealedCities].sort());

      // Expected: each channel, each revealed attack it subscribes to, at its latest version.
      for (const [path, sub] of Object.entries(CHANNELS)) {
        for (const city of sub.cities.filter((c) => revealedCities.includes(c))) {
          expected++;
          const incident = incidents.find((i) => i.city === city)!;
          const delivery = deliveries.find((d) => d.incident_id === incident.id && d.channel.endsWith(`/${lane.lane}/${path}`));
          const got = received.filter((p) => p.channel === path && p.incidentId === incident.id);
          if (!delivery || delivery.status !== 'sent' || delivery.sent_version !== delivery.version || !got.some((p) => p.version === delivery.version)) {
            lost++;
            problems.push(`lane ${lane.lane}: ${city} → ${path} not delivered (${JSON.stringify(delivery)}, ${got.length} posts)`);
          }
        }
      }
      // Duplicates: several POSTs of one (incident, channel, version). Same key: droppable; new key: doubled.
      const groups = new Map<string, Post[]>();
      for (const p of received) {
        const k = `${p.incidentId}|${p.channel}|${p.version}`;
        groups.set(k, [...(groups.get(k) ?? []), p]);
      }
      for (const [k, group] of groups) {
        rawDuplicates += group.length - 1;
        const keys = new Set(group.map((p) => p.key)).size;
        sameKeyDuplicates += group.length - keys;
        newKeyDuplicates += keys - 1;
        if (keys > 1) problems.push(`lane ${lane.lane}: ${k} posted with ${keys} keys`);
      }
      // And one creation per (incident, channel), whatever the version.
      const created = new Map<string, Set<string>>();
      for (const p of received.filter((x) => x.type === 'incident.created')) {
        const k = `${p.incidentId}|${p.channel}`;
        created.set(k, (created.get(k) ?? new Set()).add(p.key));
      }
      for (const [k, keys] of created) {
        if (keys.size > 1) {
          newKeyDuplicates += keys.size - 1;
          problems.push(`lane ${lane.lane}: ${k} created ${keys.size} times with different keys`);
        }
      }
      // Nothing for a channel that does not subscribe to it.
      for (const p of received) {
        if (!CHANNELS[p.channel]?.cities.includes(p.city)) problems.push(`lane ${lane.lane}: unexpected ${p.city} → ${p.channel}`);
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `crash test: cases tried ${tried}, survived ${survived}, alerts expected ${expected}, lost ${lost}, ` +
        `doubled (new key) ${newKeyDuplicates}, raw duplicate POSTs ${rawDuplicates} (same key ${sameKeyDuplicates}), ` +
        `POSTs ${[...posts.values()].flat().length}, ${seconds} s`,
    );
    expect(problems).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(30);
    expect(survived).toBe(tried);
    expect(lost).toBe(0);
    expect(newKeyDuplicates).toBe(0);
  }, 600_000);
});
