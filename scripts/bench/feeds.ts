// Poll-cycle throughput: 1,000 local feeds of 50 items on loopback servers (ETag/304) through the
// real runPollCycle, readFeed, classifier and a temp SQLite store; then the alerts delivered to a
// loopback webhook. Beside it, in the same run, a naive poller: sequential rss-parser parseURL over
// the same feeds with no conditional GET. Aim: a steady (304) cycle under 5 s, peak RSS under 300 MB.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { DEFAULT_ALERT_POLICY } from '../../src/alerts/pipeline.ts';
import { deliverPending } from '../../src/app/dispatcher.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { runPollCycle, type PollCycleDeps, type ReadFeed } from '../../src/app/poll-cycle.ts';
import { createWebhookSink } from '../../src/bot/webhook/webhook-sink.ts';
import { createDefaultClassifier, loadKnowledge } from '../../src/knowledge/index.ts';
import { readFeed } from '../../src/sources/read-feed.ts';
import { createSqliteStore } from '../../src/store/index.ts';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 1000);
const ITEMS = 50;
const HOSTS = 50;
const CHANGED = 50;
const STEADY_CYCLES = 3;
// The config defaults (config/default.yaml: fetch.concurrency, fetch.perHostConcurrency).
const CONCURRENCY = 16;
const PER_HOST = 2;

const WORDS =
  'government minister talks trade market election parliament economy weather storm rain farmers harvest prices ' +
  'football league final cup coach players stadium fans festival film music museum exhibition school university ' +
  'students hospital doctors health vaccine science research climate energy oil gas power grid railway airport'.split(' ');

function day(offset: number): string {
  return new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
}

function filler(seed: number, words: number): string {
  let x = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]!);
  }
  return `${out.join(' ')}.`;
}

interface Item {
  guid: string;
  title: string;
  description: string;
  published: string;
}

const ATTACKS: [city: string, whose: string, text: string][] = [
  ['Mogadishu', 'Turkish', 'Gunmen attacked the Turkish embassy in Mogadishu on {w}, killing two guards, Somali police said.'],
  ['Tripoli', 'Egyptian', 'A car bomb exploded outside the Egyptian embassy in Tripoli on {w}, wounding four people, Libyan officials said.'],
  ['Baghdad', 'US', 'Three rockets struck the US embassy compound in Baghdad on {w}, wounding one staff member, Iraqi officials said.'],
  ['Kabul', 'Russian', 'A suicide bomber blew himself up at the gate of the Russian embassy in Kabul on {w}, killing two embassy employees.'],
  ['Niamey', 'French', 'Protesters stormed and set fire to the French embassy in Niamey on {w}, police said. No one was hurt.'],
];

function attackItem(feed: number, k: number): Item {
  const [city, whose, text] = ATTACKS[k % ATTACKS.length]!;
  const attackDay = day(1);
  const w = new Date(`${attackDay}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
  return {
    guid: `f${feed}-attack-${k}`,
    title: `Attack on ${whose} embassy in ${city}`,
    description: `${text.replace('{w}', w)} ${filler(feed * 7 + k, 60)}`,
    published: attackDay,
  };
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface FeedServer {
  urls: string[];
  publish(feed: number, item: Item): Promise<void>;
  stats(): Promise<{ requests: number; notModified: number; bytes: number }>;
  close(): void;
}

/** The feed servers (support/feed-server.mjs), in a child process so their memory and CPU are not counted as ours. */
async function startFeedServer(): Promise<FeedServer> {
  const child = fork(join(import.meta.dirname, 'support/feed-server.mjs'), [JSON.stringify({ feeds: FEEDS, hosts: HOSTS, items: ITEMS })], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [],
  });
  const next = (type: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const onExit = () => reject(new Error('the feed server exited'));
      const onMessage = (m: Record<string, unknown>) => {
        if (m.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = await next('ready');
  return {
    urls: ready.urls as string[],
    async publish(feed, item) {
      const done = next('published');
      child.send({ type: 'publish', feed, item });
      await done;
    },
    async stats() {
      const reply = next('stats');
      child.send({ type: 'stats' });
      return (await reply) as unknown as { requests: number; notModified: number; bytes: number };
    },
    close: () => void child.kill(),
  };
}

export async function run(): Promise<void> {
  const feedServer = await startFeedServer();
  let delivered = 0;
  const receiver = await listen((req, res) => {
    req.resume();
    req.on('end', () => {
      delivered++;
      res.writeHead(204).end();
    });
  });
  const sources = Array.from({ length: FEEDS }, (_, i) => ({ id: `feed-${i}`, url: `${feedServer.urls[i % HOSTS]!}/feed/${i}.xml` }));

  const dir = mkdtempSync(join(tmpdir(), 'embassy-watch-bench-'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  try {
    const setup0 = performance.now();
    loadKnowledge();
    const classify = createDefaultClassifier();
    const setupMs = performance.now() - setup0;
    const rssBefore = process.memoryUsage().rss;
    const store = createSqliteStore(join(dir, 'bench.db'));
    const channel = `webhook:${receiver.url}/alerts`;
    for (const [city] of ATTACKS) store.subscriptions.add({ channel, kind: 'city', value: city }, new Date().toISOString());
    const read: ReadFeed = (source, state, signal) => readFeed(source, state, { maxItems: 500, ...(signal ? { signal } : {}) });
    const deps = (concurrency: number): PollCycleDeps => ({
      sources,
      store,
      readFeed: read,
      classify,
      policy: DEFAULT_ALERT_POLICY,
      now: () => new Date(),
      log: silentLogger(),
      concurrency,
      perHostConcurrency: PER_HOST,
      disableAfterFailures: 20,
      respectBackoff: false,
      failureBackoffBaseMs: 300_000,
    });
    const cycle = async (concurrency = CONCURRENCY) => {
      const t0 = performance.now();
      const reports = await runPollCycle(deps(concurrency));
      const ms = performance.now() - t0;
      const errors = reports.filter((r) => r.status === 'error');
      if (errors.length > 0) throw new Error(`${errors.length} sources failed, e.g. ${errors[0]!.source}: ${errors[0]!.error}`);
      return {
        ms,
        ok: reports.filter((r) => r.status === 'ok').length,
        notModified: reports.filter((r) => r.status === 'not_modified').length,
        newItems: reports.reduce((n, r) => n + r.newItems, 0),
        queued: reports.reduce((n, r) => n + r.queued, 0),
      };
    };

    const first = await cycle();
    const rssAfterFirst = process.memoryUsage().rss;
    const heapAfterFirst = process.memoryUsage();

    // Some feeds publish: one new item each, a fifth of them reports of attacks.
    for (let k = 0; k < CHANGED; k++) {
      const feed = (k * 37) % FEEDS;
      const item: Item =
        k % 5 === 0
          ? attackItem(feed, k / 5)
          : { guid: `f${feed}-new-${k}`, title: `${filler(k, 6)} (new ${k})`, description: filler(k + 99, 80), published: day(0) };
      await feedServer.publish(feed, item);
    }
    const change = await cycle();
    const deliver0 = performance.now();
    const reports = await deliverPending({
      outbox: store.outbox,
      incidents: store.incidents,
      sinks: { webhook: createWebhookSink() },
      countryName: (c) => c,
      now: () => new Date(),
      log: silentLogger(),
      concurrency: 4,
      maxAttempts: 10,
    });
    const deliverMs = performance.now() - deliver0;

    const steady: number[] = [];
    for (let i = 0; i < STEADY_CYCLES; i++) steady.push((await cycle()).ms);
    const steady64 = await cycle(64);
    const oursMaxRss = process.resourceUsage().maxRSS * 1024;
    const oursPeak = Math.max(peakRss, oursMaxRss);
    store.close();

    // The naive poller: every feed, in turn, fetched and parsed in full, every cycle.
    const parser = new Parser();
    const naive0 = performance.now();
    let naiveItems = 0;
    for (const source of sources) naiveItems += (await parser.parseURL(source.url)).items.length;
    const naiveMs = performance.now() - naive0;

    const lines: [string, string][] = [
      ['setup (gazetteer, classifier)', s(setupMs)],
      [`first cycle: ${first.ok} feeds read, ${first.newItems} items fetched, parsed, classified, stored`, s(first.ms)],
      [`change cycle: ${change.ok} feeds changed, ${change.notModified} × 304; ${change.newItems} new items, ${change.queued} alerts queued`, s(change.ms)],
      [`alerts delivered to the loopback webhook (${reports.filter((r) => r.status === 'sent').length} reports)`, `${delivered} in ${s(deliverMs)}`],
      [`steady cycle: ${FEEDS} × 304, median of ${STEADY_CYCLES} (aim < 5 s)`, s(median(steady))],
      ['steady cycle with fetch.concurrency 64 instead of 16', s(steady64.ms)],
      ['peak RSS, ours (aim < 300 MB)', mb(oursPeak)],
      ['RSS before the first cycle (node, tsx, gazetteer, classifier)', mb(rssBefore)],
      ['RSS after the first cycle', mb(rssAfterFirst)],
      // Most of the growth is garbage V8 has not collected yet (heap total vs used), not live data.
      ['  of which JS heap total / used / external', `${mb(heapAfterFirst.heapTotal)} / ${mb(heapAfterFirst.heapUsed)} / ${mb(heapAfterFirst.external)}`],
      [`naive baseline cycle: sequential rss-parser parseURL, no conditional GET (${naiveItems} items)`, s(naiveMs)],
      ['naive / ours, steady cycle', `${(naiveMs / median(steady)).toFixed(1)}×`],
      ['naive / ours, first cycle (ours also classifies and stores)', `${(naiveMs / first.ms).toFixed(2)}×`],
    ];
    const served = await feedServer.stats();
    lines.push(['feed requests served / 304s / body bytes', `${served.requests} / ${served.notModified} / ${mb(served.bytes)}`]);
    const width = Math.max(...lines.map(([k]) => k.length));
    process.stdout.write(
      `${FEEDS} feeds × ${ITEMS} items on ${HOSTS} loopback hosts; fetch.concurrency ${CONCURRENCY}, perHostConcurrency ${PER_HOST} (the defaults)\n`,
    );
    for (const [k, v] of lines) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
  } finally {
    clearInterval(sampler);
    feedServer.close();
    receiver.server.closeAllConnections();
    await new Promise((resolve) => receiver.server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
