// The monitor end to end through the real command line: two outlets' feeds on a loopback server,
// a webhook receiver, a real SQLite file. Backlog first (nothing alerted), then a new report of the
// same attack: one incident with two sources, exactly one alert for the subscribed channel.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, jsonLines, rss, startFeedServer, weekdayOf, type FeedItem as Item } from '../helpers/cli.ts';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.ts';
import { daysAgo, tempDir, writeFile } from '../helpers/temp.ts';

const attackDay = daysAgo(1);
const weekday = weekdayOf(attackDay);

const outletAAttack: Item = {
  guid: 'a-kabul-attack',
  title: 'Suicide bomber and gunmen storm Iraqi embassy in Kabul',
  description: `<p>A suicide bomber blew himself up at the gate of the Iraqi embassy in Kabul on ${weekday}, allowing gunmen to storm the compound, Afghan officials said.</p><p>Two embassy guards were killed and three people were wounded before security forces killed the attackers.</p>`,
  published: attackDay,
};
const outletAUnrelated: Item = {
  guid: 'a-floods',
  title: 'Monsoon floods displace thousands in Bangladesh',
  description: '<p>Heavy monsoon rains flooded villages across northern Bangladesh, forcing thousands from their homes.</p>',
  published: attackDay,
};
const outletANoAttack: Item = {
  guid: 'a-advisory',
  title: 'US embassy in Nairobi issues security alert ahead of election rallies',
  description: '<p>The U.S. Embassy in Nairobi urged citizens to avoid large gatherings during election rallies this week. No incidents were reported.</p>',
  published: attackDay,
};
const outletBOther: Item = {
  guid: 'b-markets',
  title: 'Asian markets close higher on trade hopes',
  description: '<p>Stocks in Tokyo and Hong Kong rose on hopes of a trade agreement.</p>',
  published: attackDay,
};
const outletBAttack: Item = {
  guid: 'b-kabul-claim',
  title: "Islamic State claims attack on Iraq's embassy in Kabul",
  description: `<p>KABUL (Reuters) - Islamic State claimed responsibility for ${weekday}'s attack on the Iraqi embassy in Kabul, in which a suicide bomber and gunmen attacked the mission. Two guards were killed, officials said.</p>`,
  published: attackDay,
};

describe('the monitor, end to end', () => {
  const dir = tempDir();
  const db = join(dir, 'e2e.db');
  let feeds: TestHttpServer;
  let hooks: TestHttpServer;
  const outletB: Item[] = [outletBOther];
  const requests: { path: string; ifNoneMatch: string | undefined }[] = [];
  const webhookPosts: { path: string; body: Record<string, unknown>; idempotencyKey: string | undefined }[] = [];
  let config: string;

  beforeAll(async () => {
    feeds = await startFeedServer(
      (path) => (path === '/a.xml' ? [outletAAttack, outletAUnrelated, outletANoAttack] : outletB),
      (req) => requests.push({ path: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] }),
    );
    hooks = await startHttpServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      webhookPosts.push({
        path: req.url ?? '',
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        idempotencyKey: req.headers['idempotency-key'] as string | undefined,
      });
      res.writeHead(204);
      res.end();
    });
    config = writeFile(
      dir,
      'config.yaml',
      `sources:\n  - id: outlet-a\n    url: ${feeds.url}/a.xml\n  - id: outlet-b\n    url: ${feeds.url}/b.xml\n`,
    );
  });
  afterAll(async () => {
    await feeds?.close();
    await hooks?.close();
  });

  it('stores the backlog of new sources without alerting, then alerts once for a new report', async () => {
    const base = ['--config', config, '--db', db];
    expect((await cli([...base, 'subscribe', `webhook:${hooks.url}/kabul`, '--city', 'kabul'])).code).toBe(0);
    expect((await cli([...base, 'subscribe', `webhook:${hooks.url}/baghdad`, '--city', 'Baghdad'])).code).toBe(0);

    const first = await cli([...base, 'poll', '--once', '--json']);
    expect(first.code).toBe(0);
    expect(jsonLines(first.stdout)).toEqual([
      { source: 'outlet-a', status: 'ok', items: 3, newItems: 3, error: null },
      { source: 'outlet-b', status: 'ok', items: 1, newItems: 1, error: null },
    ]);
    const backlog = jsonLines((await cli([...base, 'incidents', '--json'])).stdout);
    expect(backlog).toHaveLength(1);
    expect((await cli([...base, 'deliver', '--json'])).stdout).toBe('');

    outletB.push(outletBAttack);
    const second = await cli([...base, 'poll', '--once', '--json']);
    expect(jsonLines(second.stdout)).toEqual([
      { source: 'outlet-a', status: 'not_modified', items: 0, newItems: 0, error: null },
      { source: 'outlet-b', status: 'ok', items: 2, newItems: 1, error: null },
    ]);
    // The 304 path: the second request for a.xml carried the validator from the first.
    expect(requests.filter((r) => r.path === '/a.xml').map((r) => r.ifNoneMatch !== undefined)).toEqual([false, true]);

    const incidents = jsonLines((await cli([...base, 'incidents', 'Kabul', '--json'])).stdout);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      city: 'Kabul',
      hostCountry: 'AF',
      targetCountries: ['IQ'],
      perpetrators: ['Islamic State'],
      claimed: true,
      killed: 2,
      date: attackDay,
    });
    expect((incidents[0]!.articles as { source: string }[]).map((a) => a.source).sort()).toEqual(['outlet-a', 'outlet-b']);

    const delivered = jsonLines((await cli([...base, 'deliver', '--json'])).stdout);
    expect(delivered).toMatchObject([{ channel: `webhook:${hooks.url}/kabul`, status: 'sent', error: null }]);
    expect(webhookPosts).toHaveLength(1);
    expect(webhookPosts[0]).toMatchObject({ path: '/kabul', body: { type: 'incident.created', alert: { developing: false } } });
    expect(webhookPosts[0]!.idempotencyKey).toBeTruthy();

    // Nothing new: no second alert, whatever runs again.
    await cli([...base, 'poll', '--once', '--json']);
    expect((await cli([...base, 'deliver', '--json'])).stdout).toBe('');
    expect(webhookPosts).toHaveLength(1);
  }, 180_000);

  it('refuses a bad config naming every bad key, with exit code 2', async () => {
    const bad = writeFile(dir, 'bad.yaml', 'sources:\n  - id: "has space"\n    url: ftp://x\nschedule: nope\nfetch:\n  timeoutMs: fast\ncolour: blue\n');
    const result = await cli(['--config', bad, '--db', join(dir, 'bad.db'), 'poll', '--once']);
    expect(result.code).toBe(2);
    for (const key of ['sources.0.id', 'sources.0.url', 'schedule', 'fetch.timeoutMs', 'colour']) {
      expect(result.stderr).toContain(key);
    }
  }, 60_000);
});

describe('one poll cycle with failing sources', () => {
  const dir = tempDir();
  let server: TestHttpServer;
  const good = rss('Good', [outletBOther]);

  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      if (req.url === '/slow.xml') return; // never answers: the fetch deadline must abort it
      if (req.url === '/error.xml') {
        res.writeHead(500);
        res.end('internal error');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(req.url === '/malformed.xml' ? '<rss version="2.0"><channel><title>Broken' : good);
    });
  });
  afterAll(async () => server?.close());

  it('reports each failure and still processes the other sources', async () => {
    const config = writeFile(
      dir,
      'config.yaml',
      ['slow', 'error', 'malformed', 'good']
        .reduce((yaml, id) => `${yaml}  - id: ${id}\n    url: ${server.url}/${id}.xml\n`, 'fetch:\n  timeoutMs: 1000\nsources:\n'),
    );
    const result = await cli(['--config', config, '--db', join(dir, 'cycle.db'), 'poll', '--once', '--json']);
    expect(result.code).toBe(0);
    const reports = Object.fromEntries(jsonLines(result.stdout).map((r) => [r.source, r]));
    expect(reports.slow).toMatchObject({ status: 'error', error: expect.stringMatching(/timed out|timeout/i) });
    expect(reports.error).toMatchObject({ status: 'error', error: expect.stringContaining('500') });
    expect(reports.malformed).toMatchObject({ status: 'error' });
    expect(reports.good).toMatchObject({ status: 'ok', items: 1, newItems: 1, error: null });
  }, 60_000);
});
