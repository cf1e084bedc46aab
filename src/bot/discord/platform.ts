// The Discord platform: a REST-only sink for the outbox, and a gateway client (discord.js) that
// serves the slash commands while `run` is up. Commands are registered separately (discord:register).
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from '../../app/logger.ts';
import { describeError } from '../../app/logger.ts';
import type { Platform, PlatformServices } from '../platform.ts';
import type { DiscordConfig } from './config.ts';
import { handleInteraction } from './interactions.ts';
import { NO_MENTIONS } from './render.ts';
import { createDiscordRest, createDiscordSink, type DiscordRestOptions, type DiscordSinkOptions } from './sink.ts';

export interface DiscordPlatformOptions {
  rest?: DiscordRestOptions;
  sink?: Omit<DiscordSinkOptions, 'log'>;
  /** See InteractionDeps.deferAfterMs. */
  deferAfterMs?: number;
  /** Milliseconds to wait for READY and the guilds before start() fails. */
  readyTimeoutMs?: number;
}

/** A logged-in gateway client that answers slash commands until destroyed. */
export async function startGatewayClient(
  config: DiscordConfig,
  services: PlatformServices,
  options: DiscordPlatformOptions = {},
): Promise<Client> {
  const { log } = services;
  // Only the Guilds intent: interactions arrive regardless of intents, and we read no messages.
  // The shard ids and count come from the environment when a ShardingManager spawned this process.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.apiUrl, version: '10' },
    allowedMentions: NO_MENTIONS,
    waitGuildTimeout: 5_000,
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction({ commands: services.commands, log, ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}) }, interaction);
  });
  client.on(Events.Error, (error) => log.error({ err: describeError(error) }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'discord shard disconnected'));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Discord gateway did not become ready in time')), options.readyTimeoutMs ?? 60_000);
    client.once(Events.ClientReady, (c) => {
      clearTimeout(timer);
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size, shards: client.shard?.ids ?? [0] }, 'discord gateway ready');
      resolve();
    });
  });
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy().catch(() => undefined);
    // discord.js errors do not carry the token, but make sure a wrapped one would not either.
    throw new Error(`Discord login failed: ${describeError(error)}`, { cause: error });
  }
  return client;
}

export function createDiscordPlatform(config: DiscordConfig, options: DiscordPlatformOptions = {}, log?: Logger): Platform {
  const sink = createDiscordSink(createDiscordRest(config, options.rest), { ...options.sink, ...(log ? { log } : {}) });
  let client: Client | null = null;
  return {
    name: 'discord',
    sink,
    async start(services) {
      if (!config.gateway) {
        (log ?? services.log).info('DISCORD_GATEWAY=off: alerts only; slash commands are served by `embassy-watch discord:gateway`');
        return;
      }
      client = await startGatewayClient(config, services, options);
    },
    async stop() {
      const c = client;
      client = null;
      if (c) await c.destroy();
    },
  };
}
