// Discord's CLI commands: discord:register, discord:invite, and the sharded gateway
// (discord:gateway spawns discord:shard processes).
import type { Command } from 'commander';
import { PermissionFlagsBits } from 'discord.js';
import { CommandError } from '../commands.ts';
import { createLogger, describeError } from '../../app/logger.ts';
import { discordConfigFromEnv, type DiscordConfig } from './config.ts';
import { registerCommands } from './definitions.ts';
import { startGatewayClient } from './platform.ts';
import { startShardManager, stopShards } from './sharding.ts';
import { createDiscordRest } from './sink.ts';

type Globals = () => { config?: string; db?: string };

/**
 * View Channel, Send Messages, Embed Links: to post and edit alerts; Read Message History: after a
 * crash, to find an alert already posted instead of posting it twice.
 */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: 'bot applications.commands',
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

function requireConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig {
  const config = discordConfigFromEnv(env);
  if (!config) throw new CommandError('set DISCORD_TOKEN and DISCORD_APPLICATION_ID to use the Discord commands');
  return config;
}

const print = (line: string) => process.stdout.write(`${line}\n`);

function untilSignalled(): Promise<string> {
  return new Promise((resolve) => {
    const done = (reason: string) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      process.off('disconnect', onDisconnect);
      resolve(reason);
    };
    const onTerm = () => done('SIGTERM');
    const onInt = () => done('SIGINT');
    // A shard whose manager went away has nobody to answer to.
    const onDisconnect = () => done('manager disconnected');
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
    process.on('disconnect', onDisconnect);
  });
}

export function registerDiscordCommands(program: Command, globals: Globals): void {
  program
    .command('discord:register')
    .description('register the slash commands with Discord: globally, or in one guild (instant, for testing)')
    .option('--guild <id>', 'only in this guild')
    .action(async (opts: { guild?: string }) => {
      const config = requireConfig();
      if (opts.guild !== undefined && !/^\d{15,21}$/.test(opts.guild)) throw new CommandError('--guild must be a guild id (digits)');
      const registered = await registerCommands(createDiscordRest(config), config.applicationId, opts.guild);
      const where = opts.guild ? `guild ${opts.guild}` : 'globally (may take up to an hour to appear)';
      print(`Registered ${registered.map((c) => `/${c.name}`).join(', ')} ${where}.`);
    });

  program
    .command('discord:invite')
    .description('print the URL that adds the bot to a server')
    .action(() => {
      const id = process.env.DISCORD_APPLICATION_ID;
      if (!id || !/^\d{15,21}$/.test(id)) throw new CommandError('set DISCORD_APPLICATION_ID');
      print(inviteUrl(id));
    });

  program
    .command('discord:gateway')
    .description('serve slash commands through sharded gateway processes (no polling; run the scheduler with DISCORD_GATEWAY=off embassy-watch run)')
    .option('--shards <n>', 'number of shards, or auto (Discord\'s recommendation)', 'auto')
    .option('--spawn-delay <ms>', 'pause between shard logins', '5500')
    .action(async (opts: { shards: string; spawnDelay: string }) => {
      const config = requireConfig();
      const shards = opts.shards === 'auto' ? 'auto' : Number(opts.shards);
      if (shards !== 'auto' && (!Number.isInteger(shards) || shards < 1)) throw new CommandError('--shards must be auto or a whole number');
      const delay = Number(opts.spawnDelay);
      if (!Number.isInteger(delay) || delay < 0) throw new CommandError('--spawn-delay must be a whole number of milliseconds');
      const { config: configPath, db } = globals();
      const log = createLogger();
      const manager = await startShardManager({
        config,
        rest: createDiscordRest(config),
        log,
        shards,
        spawnDelayMs: delay,
        globalArgs: [...(configPath ? ['--config', configPath] : []), ...(db ? ['--db', db] : [])],
      });
      log.info({ shards: manager.totalShards }, 'all discord shards ready');
      const reason = await untilSignalled();
      log.info({ reason }, 'stopping discord shards');
      await stopShards(manager);
    });

  program
    .command('discord:shard', { hidden: true })
    .description('one gateway shard (spawned by discord:gateway)')
    .action(async () => {
      const config = requireConfig();
      const { createApp } = await import('../../app/app.ts');
      const { config: configPath, db } = globals();
      const app = createApp({ ...(configPath ? { configPath } : {}), ...(db ? { dbPath: db } : {}), platforms: [] });
      const log = app.log.child({ platform: 'discord', shard: process.env.SHARDS ?? null });
      try {
        const client = await startGatewayClient(config, { commands: app.commands, log });
        const reason = await untilSignalled();
        log.info({ reason }, 'shard stopping');
        await client.destroy().catch((e: unknown) => log.warn({ err: describeError(e) }, 'shard destroy failed'));
      } finally {
        app.close();
      }
    });
}
