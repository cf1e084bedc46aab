// End to end against the fake Discord: the real discord.js client logs in over the gateway, slash
// commands arrive as INTERACTION_CREATE, and feed items polled from a loopback feed become alerts
// posted (and edited) through the REST API. Assertions are on what crossed the wire.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app/app.ts';
import { silentLogger } from '../../../src/app/logger.ts';
import type { Platform } from '../../../src/bot/platform.ts';
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from '../../helpers/discord-server.ts';
import { startHttpServer, type TestHttpServer } from '../../helpers/http-server.ts';

const EPHEMERAL = 64;
const MANAGE_CHANNELS = 16n;

function rfc822(date: Date): string {
  return date.toUTCString();
}

interface FeedItem {
  guid: string;
  title: string;
  description: string;
}

function rss(items: FeedItem[], published: Date): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Loopback wire</title><link>https://news.example/</link>
${items
  .map(
    (i) => `<item><title>${esc(i.title)}</title><link>https://news.example/${i.guid}</link><guid>${i.guid}</guid>
<pubDate>${rfc822(published)}</pubDate><description>${esc(i.description)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

let discord: FakeDiscord;
let feed: TestHttpServer;
let feedItems: FeedItem[] = [];
let app: App;
let platform: Platform;
let dir: string;
const now = new Date();

const callbacks = (id: string) => discord.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
async function callbackOf(id: string): Promise<RecordedRequest> {
  return discord.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && r.path.endsWith('/callback'));
}
const wireText = (value: unknown) => JSON.stringify(value);
const embedOf = (r: RecordedRequest) => r.body.data?.embeds?.[0] ?? r.body.embeds?.[0];

beforeAll(async () => {
  discord = await startFakeDiscord({ heartbeatIntervalMs: 300 });
  feed = await startHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(rss(feedItems, now));
  });
  dir = mkdtempSync(join(tmpdir(), 'embassy-watch-discord-'));
  const configPath = join(dir, 'config.yaml');
  writeFileSync(configPath, `sources:\n  - id: loopback-wire\n    name: Loopback wire\n    url: ${feed.url}/feed.xml\n`);
  app = createApp({
    configPath,
    dbPath: join(dir, 'db.sqlite'),
    log: silentLogger(),
    env: { DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl },
  });
  const found = app.platforms.find((p) => p.name === 'discord');
  if (!found) throw new Error('the Discord platform was not created from the environment');
  platform = found;
  await platform.start({ commands: app.commands, log: silentLogger() });
  // The first poll of a source is its backlog: stored, never alerted.
  await app.pollOnce();
});

afterAll(async () => {
  await platform?.stop();
  app?.close();
  await discord?.close();
  await feed?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('gateway', () => {
  it('logs in with JSON encoding, no compression, the token and the Guilds intent, and heartbeats are acknowledged', async () => {
    const gatewayBot = discord.requests.find((r) => r.path === '/gateway/bot');
    expect(gatewayBot?.authorization).toBe(`Bot ${discord.token}`);
    expect(discord.gatewayQueries).toEqual([{ v: '10', encoding: 'json' }]);
    const identify = discord.gateway.find((f) => f.direction === 'received' && f.op === 2);
    expect(identify?.d.token).toBe(discord.token);
    expect(identify?.d.intents).toBe(1); // Guilds only
    expect(identify?.d.compress).toBeFalsy();
    expect(discord.gateway.some((f) => f.direction === 'sent' && f.t === 'READY')).toBe(true);
    expect(discord.gateway.some((f) => f.direction === 'sent' && f.t === 'GUILD_CREATE')).toBe(true);
    await expect.poll(() => discord.gateway.some((f) => f.direction === 'received' && f.op === 1), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => discord.gateway.some((f) => f.direction === 'sent' && f.op === 11), { timeout: 5_000 }).toBe(true);
  });
});

describe('slash commands', () => {
  it('/subscribe city:kabul subscribes this channel, answered ephemerally with no mentions', async () => {
    const { id } = discord.sendInteraction({ name: 'subscribe', options: { city: 'kabul' } });
    const callback = await callbackOf(id);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(callback).description).toContain('Subscribed to city Kabul');
    expect(app.store.subscriptions.list(`discord:${discord.channelId}`)).toEqual([
      expect.objectContaining({ channel: `discord:${discord.channelId}`, kind: 'city', value: 'Kabul' }),
    ]);
  });

  it('refuses /subscribe to a member without Manage Channels, whatever the guild overrides say', async () => {
    const permissions = ((1n << 40n) - 1n) & ~MANAGE_CHANNELS & ~8n; // everything but Manage Channels and Administrator
    const { id } = discord.sendInteraction({
      name: 'subscribe',
      options: { group: 'Islamic State' },
      channelId: discord.otherChannelId,
      permissions: permissions.toString(),
    });
    const callback = await callbackOf(id);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(callback).description).toMatch(/Manage Channels/);
    expect(app.store.subscriptions.list(`discord:${discord.otherChannelId}`)).toEqual([]);
  });

  it('answers a bad argument with an ephemeral error', async () => {
    const { id } = discord.sendInteraction({ name: 'subscribe', options: { city: 'Atlantisville-under-the-sea' } });
    const callback = await callbackOf(id);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(callback).description).toContain('unknown city');
  });

  it('autocompletes cities from the gazetteer', async () => {
    const { id } = discord.sendInteraction({ name: 'subscribe', options: { city: 'kab' }, focused: 'city', autocomplete: true });
    const callback = await callbackOf(id);
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toContain('Kabul');
  });

  it('autocompletes /unsubscribe from the channel\'s own subscriptions', async () => {
    const { id } = discord.sendInteraction({ name: 'unsubscribe', options: { city: '' }, focused: 'city', autocomplete: true });
    const callback = await callbackOf(id);
    expect(callback.body.data.choices).toEqual([{ name: 'Kabul', value: 'Kabul' }]);
  });

  it('/subscriptions lists this channel\'s subscriptions', async () => {
    const { id } = discord.sendInteraction({ name: 'subscriptions' });
    const callback = await callbackOf(id);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(callback).description).toContain('city Kabul');
  });

  it('/incidents with nothing found says so and suggests a wider window', async () => {
    const { id } = discord.sendInteraction({ name: 'incidents', options: { city: 'kabul', days: 7 } });
    const callback = await callbackOf(id);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    const embed = embedOf(callback);
    expect(embed.title).toBe('No incidents');
    expect(embed.description).toContain('days:365');
  });
});

describe('alerts', () => {
  let firstMessageId: string;

  it('a feed item becomes one alert embed in the subscribed channel, with mentions disabled and a nonce', async () => {
    feedItems = [
      {
        guid: 'kabul-1',
        title: 'Gunmen attack Pakistani embassy in Kabul, two guards killed',
        description:
          'Gunmen attacked the Pakistani embassy in Kabul on Friday, killing two guards and wounding three others, Afghan police said. No group has claimed responsibility for the attack.',
      },
    ];
    const polled = await app.pollOnce();
    expect(polled[0]?.status).toBe('ok');
    const reports = await app.deliverOnce();
    expect(reports).toEqual([expect.objectContaining({ channel: `discord:${discord.channelId}`, status: 'sent' })]);

    const posts = discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${discord.channelId}/messages`);
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    expect(post.status).toBe(200);
    expect(post.authorization).toBe(`Bot ${discord.token}`);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(post.body.enforce_nonce).toBe(true);
    expect(typeof post.body.nonce).toBe('string');
    expect(post.body.nonce.length).toBeLessThanOrEqual(25);
    const embed = post.body.embeds[0];
    expect(embed.title).toContain('Pakistan');
    expect(embed.title).toContain('Kabul');
    expect(embed.description).toContain('Developing: 1 source');
    expect(embed.url).toBe('https://news.example/kabul-1');
    expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['Killed', 'Wounded', 'Where', 'Source']));
    const messages = discord.channelMessages(discord.channelId).filter((m) => m.nonce);
    expect(messages).toHaveLength(1);
    firstMessageId = messages[0]!.id;
    expect(reports[0]?.messageRef).toBe(firstMessageId);
  });

  it('/incidents city:kabul lists it, and /incident shows it in full', async () => {
    const { id } = discord.sendInteraction({ name: 'incidents', options: { city: 'kabul' } });
    const callback = await callbackOf(id);
    const embed = embedOf(callback);
    expect(callback.body.data.flags ?? 0).toBe(0); // queries answer in the channel
    expect(embed.description).toMatch(/\*\*#\d+\*\* \d{4}-\d{2}-\d{2}/);
    expect(embed.description).toContain('killed 2');
    const incidentId = Number(/\*\*#(\d+)\*\*/.exec(embed.description)![1]);

    const detail = discord.sendInteraction({ name: 'incident', options: { id: incidentId } });
    const detailCallback = await callbackOf(detail.id);
    const detailEmbed = embedOf(detailCallback);
    expect(detailEmbed.title).toContain(`#${incidentId}`);
    expect(detailEmbed.fields[0].value).toContain('https://news.example/kabul-1');
  });

  it('a later report edits the first message; its hostile title arrives inert', async () => {
    feedItems.push({
      guid: 'kabul-2',
      title: '@everyone <@&123> [click here](https://evil.example/phish) gunmen attack Pakistani embassy in Kabul',
      description:
        'Gunmen attacked the Pakistani embassy in Kabul on Friday, killing four guards and wounding six others, officials said. The Islamic State group claimed responsibility for the attack on the embassy.',
    });
    await app.pollOnce();
    const reports = await app.deliverOnce();
    expect(reports).toEqual([expect.objectContaining({ status: 'sent', messageRef: firstMessageId })]);

    const posts = discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${discord.channelId}/messages`);
    expect(posts).toHaveLength(1); // never a second alert for the same incident
    const patches = discord.requests.filter((r) => r.method === 'PATCH' && r.path === `/channels/${discord.channelId}/messages/${firstMessageId}`);
    expect(patches).toHaveLength(1);
    const patch = patches[0]!;
    expect(patch.body.allowed_mentions).toEqual({ parse: [] });
    const embed = patch.body.embeds[0];
    expect(embed.title).toMatch(/^Update: /);
    expect(embed.description).toContain('Confirmed by 2 sources');
    expect(embed.description).not.toContain('Developing');

    const text = wireText(patch.body);
    expect(text).toContain('everyone'); // the words are there ...
    expect(text).not.toMatch(/@everyone/); // ... but not as a mention
    expect(text).not.toContain('<@&123>');
    expect(text).not.toContain('[click here](https://evil.example/phish)');
    expect(text).not.toMatch(/\[click here\]\(/);
    expect(discord.messages.get(firstMessageId)?.edits).toBe(1);
  });
});

describe('the REST sink alone (as `embassy-watch deliver` uses it)', () => {
  let quiet: App;
  let ingestDir: string;

  beforeAll(() => {
    ingestDir = mkdtempSync(join(tmpdir(), 'embassy-watch-discord-deliver-'));
    const configPath = join(ingestDir, 'config.yaml');
    writeFileSync(configPath, 'sources: []\n');
    quiet = createApp({
      configPath,
      dbPath: join(ingestDir, 'db.sqlite'),
      log: silentLogger(),
      env: { DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl },
    });
  });
  afterAll(() => {
    quiet.close();
    rmSync(ingestDir, { recursive: true, force: true });
  });

  function ingest(name: string, title: string, body: string) {
    const path = join(ingestDir, name);
    writeFileSync(path, `${title}\nPublished: ${now.toISOString().slice(0, 10)}\n\n${body}\n`);
    return quiet.ingestFile(path);
  }

  it('waits out a 429 (retry_after) and posts the alert exactly once', async () => {
    quiet.store.subscriptions.add({ channel: `discord:${discord.otherChannelId}`, kind: 'city', value: 'Baghdad' }, now.toISOString());
    const result = ingest(
      'baghdad.txt',
      'Rockets hit US embassy in Baghdad',
      'Three rockets struck the US embassy compound in Baghdad on Friday, wounding one guard, security officials said.',
    );
    expect(result.decision).toBe('queued');
    discord.rateLimit({ method: 'POST', path: new RegExp(`^/channels/${discord.otherChannelId}/messages$`) }, 0.4);
    const started = Date.now();
    const reports = await quiet.deliverOnce();
    expect(reports).toEqual([expect.objectContaining({ status: 'sent' })]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    const attempts = discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${discord.otherChannelId}/messages`);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(discord.channelMessages(discord.otherChannelId).filter((m) => m.nonce)).toHaveLength(1);
  });

  it('a long rate limit is not sat out: the delivery is rescheduled for retry_after', async () => {
    quiet.store.subscriptions.add({ channel: `discord:${discord.otherChannelId}`, kind: 'city', value: 'Tripoli' }, now.toISOString());
    ingest(
      'tripoli.txt',
      'Car bomb explodes outside Italian embassy in Tripoli',
      'A car bomb exploded outside the Italian embassy in Tripoli on Friday, killing one guard and wounding four people, police said.',
    );
    discord.rateLimit({ method: 'POST', path: new RegExp(`^/channels/${discord.otherChannelId}/messages$`) }, 120);
    const started = Date.now();
    const reports = await quiet.deliverOnce();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(reports).toEqual([expect.objectContaining({ status: 'retry' })]);
    const pending = quiet.store.outbox.list({ status: 'pending' });
    expect(pending).toHaveLength(1);
    const waitMs = Date.parse(pending[0]!.nextAttemptAt) - Date.now();
    expect(waitMs).toBeGreaterThan(100_000);
    expect(pending[0]!.lastError).toMatch(/rate limit/i);
  });

  it('a channel without access fails the delivery permanently with the reason, and is not retried', async () => {
    const forbiddenChannel = discord.channelIds[2]!;
    quiet.store.subscriptions.add({ channel: `discord:${discord.channelId}`, kind: 'city', value: 'Nairobi' }, now.toISOString());
    quiet.store.subscriptions.add({ channel: 'discord:999999999999999999', kind: 'city', value: 'Nairobi' }, now.toISOString());
    discord.forbidChannel(forbiddenChannel, 50001);
    quiet.store.subscriptions.add({ channel: `discord:${forbiddenChannel}`, kind: 'city', value: 'Nairobi' }, now.toISOString());
    ingest(
      'nairobi.txt',
      'Grenade attack on French embassy in Nairobi',
      'Attackers threw a grenade at the French embassy in Nairobi on Friday, wounding two guards, Kenyan police said.',
    );
    const before = discord.requests.length;
    const reports = (await quiet.deliverOnce()).filter((r) => r.incidentId === nairobiIncident(quiet));
    const byChannel = Object.fromEntries(reports.map((r) => [r.channel, r]));
    expect(byChannel[`discord:${discord.channelId}`]?.status).toBe('sent');
    expect(byChannel[`discord:${forbiddenChannel}`]).toMatchObject({ status: 'failed', error: expect.stringMatching(/Missing Access/) });
    expect(byChannel['discord:999999999999999999']).toMatchObject({ status: 'failed', error: expect.stringMatching(/Unknown Channel/) });
    const after = discord.requests.length;
    await quiet.deliverOnce();
    const retried = discord.requests
      .slice(after)
      .filter((r) => r.path.startsWith(`/channels/${forbiddenChannel}/`) || r.path.startsWith('/channels/999999999999999999/'));
    expect(retried).toEqual([]);
    expect(after).toBeGreaterThan(before);
  });
});

function nairobiIncident(a: App): number {
  const nairobi = a.store.incidents.list({ city: 'Nairobi' }).incidents[0];
  if (!nairobi) throw new Error('no Nairobi incident');
  return nairobi.id;
}

describe('interaction callbacks', () => {
  it('acknowledged every interaction exactly once', () => {
    const ids = new Set(discord.requests.filter((r) => r.path.startsWith('/interactions/')).map((r) => r.path.split('/')[2]!));
    for (const id of ids) expect(callbacks(id).filter((r) => r.status < 300)).toHaveLength(1);
  });
});
