// The chat platforms whose credentials are present in the environment. Each platform's module (and
// its SDK: discord.js, @slack/bolt, half a second or more to load) is imported only when first
// used — a send, or start() — so commands that never touch a platform do not pay for it.
import type { Logger } from '../app/logger.ts';
import type { Platform, PlatformServices } from './platform.ts';
import { discordConfigFromEnv, type DiscordConfig } from './discord/config.ts';
import { slackConfigFromEnv, type SlackConfig } from './slack/config.ts';
import type { SlackBot } from './slack/slack-app.ts';

/** A platform whose module is loaded on first use; `load()` resolves to the real one. */
export interface LazyPlatform<P extends Platform = Platform> extends Platform {
  load(): Promise<P>;
  /** The real platform once loaded, else null. */
  readonly loaded: P | null;
}

function lazyPlatform<P extends Platform>(name: string, create: () => Promise<P>): LazyPlatform<P> {
  let loading: Promise<P> | null = null;
  let loaded: P | null = null;
  const load = () =>
    (loading ??= create().then(
      (p) => (loaded = p),
      (error: unknown) => {
        loading = null; // a later use may try again
        throw error;
      },
    ));
  return {
    name,
    load,
    get loaded() {
      return loaded;
    },
    sink: {
      async send(target, alert, context) {
        return (await load()).sink.send(target, alert, context);
      },
    },
    async start(services: PlatformServices) {
      await (await load()).start(services);
    },
    async stop() {
      // Never started, never loaded: nothing to stop.
      if (loading) await (await loading).stop();
    },
  };
}

export function lazyDiscordPlatform(config: DiscordConfig, log?: Logger): LazyPlatform {
  return lazyPlatform('discord', async () => {
    const { createDiscordPlatform } = await import('./discord/platform.ts');
    return createDiscordPlatform(config, {}, log);
  });
}

export function lazySlackPlatform(config: SlackConfig, log?: Logger): LazyPlatform & { readonly bot: SlackBot | null } {
  const platform: LazyPlatform<Platform & { bot: SlackBot | null }> = lazyPlatform('slack', async () => {
    const { createSlackPlatform } = await import('./slack/index.ts');
    return createSlackPlatform(config, log ? { log } : {});
  });
  // The running Bolt app, as SlackPlatform has it (its HTTP address).
  Object.defineProperty(platform, 'bot', { get: () => platform.loaded?.bot ?? null, enumerable: true });
  return platform as unknown as LazyPlatform & { readonly bot: SlackBot | null };
}

/** Settings are validated now (a bad variable fails at once); the SDKs load when first used. */
export function platformsFromEnv(env: NodeJS.ProcessEnv, log?: Logger): Platform[] {
  const platforms: Platform[] = [];
  const discord = discordConfigFromEnv(env);
  if (discord) platforms.push(lazyDiscordPlatform(discord, log));
  // Slack when SLACK_BOT_TOKEN is set (with SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode).
  const slack = slackConfigFromEnv(env);
  if (slack) platforms.push(lazySlackPlatform(slack, log));
  return platforms;
}

/** The configured platforms with their modules loaded (for `run`, which starts them at once anyway). */
export async function loadPlatforms(env: NodeJS.ProcessEnv, log?: Logger): Promise<Platform[]> {
  const platforms = platformsFromEnv(env, log) as LazyPlatform[];
  await Promise.all(platforms.map((p) => p.load()));
  return platforms;
}
