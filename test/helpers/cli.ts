// Drives the real command line as a child process, and builds the feeds and articles it reads.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startHttpServer, type TestHttpServer } from './http-server.ts';

const execFileAsync = promisify(execFile);
export const BIN = join(import.meta.dirname, '../../bin/embassy-watch.js');

/** No chat tokens: the child never reaches a real platform. */
export const CHILD_ENV = { LOG_LEVEL: 'warn', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '' };

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...CHILD_ENV, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

export const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

export interface Child {
  process: ChildProcess;
  stderr(): string;
  /** Resolves when stderr has a line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnCli(args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...CHILD_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout!.resume();
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    err += chunk;
    for (const w of [...waiters]) {
      if (w.pattern.test(err)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    process: child,
    stderr: () => err,
    exited,
    waitFor(pattern, timeoutMs = 20_000) {
      if (pattern.test(err)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} on stderr within ${timeoutMs} ms:\n${err}`)), timeoutMs);
        void exited.then(() => {
          clearTimeout(timer);
          if (!pattern.test(err)) reject(new Error(`child exited before ${pattern}:\n${err}`));
        });
        waiters.push({
          pattern,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
  };
}

export interface FeedItem {
  guid: string;
  title: string;
  description: string;
  /** YYYY-MM-DD */
  published: string;
}

export function rss(title: string, items: FeedItem[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escape(title)}</title><link>http://outlet.example/</link><description>news</description>
${items
  .map(
    (i) => `<item><title>${escape(i.title)}</title><link>http://outlet.example/${i.guid}</link><guid>${i.guid}</guid>
<pubDate>${new Date(`${i.published}T09:00:00Z`).toUTCString()}</pubDate><description>${escape(i.description)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** A loopback feed server: RSS for each path the lookup knows (404 otherwise), with an ETag and 304 on a match. */
export function startFeedServer(
  itemsFor: (path: string) => FeedItem[] | undefined,
  onRequest?: (req: IncomingMessage) => void,
): Promise<TestHttpServer> {
  return startHttpServer((req, res) => {
    onRequest?.(req);
    const items = itemsFor(req.url ?? '');
    if (!items) {
      res.writeHead(404);
      res.end();
      return;
    }
    const body = rss('Outlet', items);
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    res.end(body);
  });
}

export function weekdayOf(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
}

/** Short, unambiguous reports of attacks on missions in distinct cities, plus follow-ups and noise. */
export function attackReports(day: string) {
  const w = weekdayOf(day);
  const item = (guid: string, title: string, description: string): FeedItem => ({ guid, title, description, published: day });
  return {
    attacks: [
      item('mogadishu', 'Gunmen attack Turkish embassy in Mogadishu', `Gunmen attacked the Turkish embassy in Mogadishu on ${w}, killing two guards, Somali police said.`),
      item('tripoli', 'Car bomb explodes outside Egyptian embassy in Tripoli', `A car bomb exploded outside the Egyptian embassy in Tripoli on ${w}, wounding four people, Libyan officials said.`),
      item('baghdad', 'Rockets hit US embassy in Baghdad', `Three rockets struck the US embassy compound in Baghdad on ${w}, wounding one staff member, Iraqi security officials said.`),
      item('kabul', 'Suicide bomber targets Russian embassy in Kabul', `A suicide bomber blew himself up at the gate of the Russian embassy in Kabul on ${w}, killing two embassy employees.`),
      item('niamey', 'Protesters set fire to French embassy in Niamey', `Protesters stormed and set fire to the French embassy in Niamey on ${w}, police said. No one was hurt.`),
      item('jalalabad', 'Grenade thrown at Indian consulate in Jalalabad', `Attackers threw a grenade at the Indian consulate in Jalalabad on ${w}, wounding three guards, Afghan police said.`),
    ],
    followUps: [
      item('mogadishu-claim', 'Al-Shabaab claims attack on Turkish embassy in Mogadishu', `Al-Shabaab claimed responsibility for ${w}'s attack on the Turkish embassy in Mogadishu, in which gunmen killed two guards, officials said.`),
      item('kabul-claim', 'Islamic State claims bombing of Russian embassy in Kabul', `Islamic State claimed responsibility for ${w}'s suicide bombing at the Russian embassy in Kabul that killed two embassy employees.`),
    ],
    noise: [
      item('floods', 'Monsoon floods displace thousands in Bangladesh', 'Heavy monsoon rains flooded villages across northern Bangladesh, forcing thousands from their homes.'),
      item('advisory', 'US embassy in Nairobi issues security alert', 'The U.S. Embassy in Nairobi urged citizens to avoid large gatherings during election rallies this week. No incidents were reported.'),
      item('markets', 'Asian markets close higher on trade hopes', 'Stocks in Tokyo and Hong Kong rose on hopes of a trade agreement.'),
    ],
  };
}
