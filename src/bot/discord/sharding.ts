// Sharded gateway for large deployments (Discord requires sharding past 2,500 guilds).
// The ShardingManager process holds no scheduler: it only spawns gateway shards, each a child
// process that answers slash commands from the shared SQLite database (WAL allows several
// processes). Polling and delivery run once, in a separate `DISCORD_GATEWAY=off embassy-watch run`.
import { fileURLToPath } from 'node:url';
import { Routes, ShardingManager, type REST } from 'discord.js';
import type { Logger } from '../../app/logger.ts';
import type { DiscordConfig } from './config.ts';

/** The CLI entry each shard process runs (`embassy-watch discord:shard`). */
export const CLI_ENTRY = fileURLToPath(new URL('../../../bin/embassy-watch.js', import.meta.url));

export interface ShardManagerOptions {
  config: DiscordConfig;
  rest: REST;
  log: Logger;
  /** A number, or 'auto' for Discord's recommendation from GET /gateway/bot. */
  shards: number | 'auto';
  /** Extra CLI arguments for every shard (e.g. --config, --db), placed before the command. */
  globalArgs: string[];
  /** Pause between shard logins; Discord allows one identify per 5 s per max_concurrency bucket. */
  spawnDelayMs?: number;
  spawnTimeoutMs?: number;
  /** Test hook: the script to spawn instead of the CLI. */
  file?: string;
}

export async function recommendedShardCount(rest: REST): Promise<number> {
  const info = (await rest.get(Routes.gatewayBot())) as { shards?: number };
  return Math.max(1, Number(info.shards) || 1);
}

/** Spawns every shard and resolves once all are ready; kill them with `stopShards`. */
export async function startShardManager(options: ShardManagerOptions): Promise<ShardingManager> {
  // discord.js's own 'auto' asks discord.com directly; ask the configured API instead.
  const total = options.shards === 'auto' ? await recommendedShardCount(options.rest) : options.shards;
  const manager = new ShardingManager(options.file ?? CLI_ENTRY, {
    token: options.config.token,
    totalShards: total,
    mode: 'process',
    respawn: true,
    shardArgs: [...options.globalArgs, 'discord:shard'],
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    options.log.info({ shard: shard.id, of: total }, 'discord shard spawned');
    shard.on('death', () => options.log.warn({ shard: shard.id }, 'discord shard exited; respawning'));
  });
  await manager.spawn({ amount: total, delay: options.spawnDelayMs ?? 5_500, timeout: options.spawnTimeoutMs ?? 60_000 });
  return manager;
}

export async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  for (const shard of manager.shards.values()) shard.kill();
}
