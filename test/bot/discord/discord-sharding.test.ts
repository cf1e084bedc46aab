// The sharded topology: discord:gateway's ShardingManager spawns real `embassy-watch discord:shard`
// processes, each identifying as its shard to the fake gateway and answering commands for its guilds
// from the shared SQLite database; no shard polls or delivers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app/app.ts';
import { silentLogger } from '../../../src/app/logger.ts';
import { startShardManager, stopShards } from '../../../src/bot/discord/sharding.ts';
import { createDiscordRest } from '../../../src/bot/discord/sink.ts';
import { startFakeDiscord, type FakeDiscord } from '../../helpers/discord-server.ts';

// Guild ids chosen so that (id >> 22) % 2 puts one guild on each shard.
const BASE = 286_102_294_000n; // an even timestamp part: ids of 18 digits, like Discord's
const GUILD_ON_SHARD_0 = (BASE << 22n).toString();
const GUILD_ON_SHARD_1 = ((BASE + 1n) << 22n).toString();
const CHANNEL_0 = ((BASE + 10n) << 22n).toString();
const CHANNEL_1 = ((BASE + 11n) << 22n).toString();

let discord: FakeDiscord;
let manager: ShardingManager | null = null;
let dir: string;
let configPath: string;
let dbPath: string;

beforeAll(async () => {
  discord = await startFakeDiscord({
    recommendedShards: 2,
    guilds: [
      { id: GUILD_ON_SHARD_0, name: 'Ops EU', channels: [{ id: CHANNEL_0, name: 'alerts' }] },
      { id: GUILD_ON_SHARD_1, name: 'Ops ME', channels: [{ id: CHANNEL_1, name: 'alerts' }] },
    ],
  });
  dir = mkdtempSync(join(tmpdir(), 'embassy-watch-shards-'));
  configPath = join(dir, 'config.yaml');
  dbPath = join(dir, 'db.sqlite');
  writeFileSync(configPath, 'sources: []\n');
  // The scheduler's process creates the database first; shards share it.
  createApp({ configPath, dbPath, log: silentLogger(), env: {} }).close();
  // Shards inherit this process's environment, as they would a deployment's.
  Object.assign(process.env, {
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    LOG_LEVEL: 'silent',
  });
});

afterAll(async () => {
  if (manager) await stopShards(manager);
  await discord?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('discord:gateway with a ShardingManager', () => {
  it('spawns the recommended shards as processes that each serve their own guilds', async () => {
    const config = { token: discord.token, applicationId: discord.applicationId, apiUrl: discord.apiUrl, gateway: true };
    manager = await startShardManager({
      config,
      rest: createDiscordRest(config),
      log: silentLogger(),
      shards: 'auto',
      globalArgs: ['--config', configPath, '--db', dbPath],
      spawnDelayMs: 0,
    });
    expect(manager.totalShards).toBe(2);
    await discord.waitForReadyShards(2);
    const identified = discord.gateway.filter((f) => f.direction === 'received' && f.op === 2).map((f) => f.d.shard);
    expect(identified).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));

    const { id } = discord.sendInteraction({ name: 'subscribe', options: { city: 'Baghdad' }, guildId: GUILD_ON_SHARD_1, channelId: CHANNEL_1 });
    const callback = await discord.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`), 15_000);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.embeds[0].description).toContain('Subscribed to city Baghdad');

    const app = createApp({ configPath, dbPath, log: silentLogger(), env: {} });
    try {
      expect(app.store.subscriptions.list(`discord:${CHANNEL_1}`)).toEqual([expect.objectContaining({ kind: 'city', value: 'Baghdad' })]);
    } finally {
      app.close();
    }
    // Shards answer commands only: nothing was polled, nothing posted to channels.
    expect(discord.requests.filter((r) => r.path.startsWith('/channels/'))).toEqual([]);
  }, 90_000);
});
