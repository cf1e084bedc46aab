// Slack as a Platform: the Web API sink for the outbox and the Bolt app for slash commands.
// This folder is the only place that imports @slack/bolt.
import { webApi } from '@slack/bolt';
import type { Logger } from '../../app/logger.ts';
import { silentLogger } from '../../app/logger.ts';
import type { Platform } from '../platform.ts';
import type { SlackConfig } from './config.ts';
import { createSlackBot, webClientOptions, type SlackBot } from './slack-app.ts';
import { createSlackSink, type SlackSinkOptions } from './slack-sink.ts';
import { slackLogger } from './slack-log.ts';

export { slackConfigFromEnv, SlackConfigError, type SlackConfig } from './config.ts';

export interface SlackPlatform extends Platform {
  /** The running Bolt app (after start), e.g. for its HTTP address. */
  bot: SlackBot | null;
}

export function createSlackPlatform(
  config: SlackConfig,
  options: { log?: Logger; sink?: Omit<SlackSinkOptions, 'client' | 'log'> } = {},
): SlackPlatform {
  const log = options.log ?? silentLogger();
  const client = new webApi.WebClient(config.botToken, {
    ...webClientOptions(config, slackLogger(log, 'slack-web-api')),
    // A 429 comes back to the sink, which waits (bounded) or hands it to the outbox.
    rejectRateLimitedCalls: true,
  });
  const platform: SlackPlatform = {
    name: 'slack',
    sink: createSlackSink({ client, log, ...options.sink }),
    bot: null,
    async start(services) {
      if (platform.bot) return;
      const bot = createSlackBot({ config, commands: services.commands, log: services.log });
      await bot.start();
      platform.bot = bot;
    },
    async stop() {
      const bot = platform.bot;
      platform.bot = null;
      await bot?.stop();
    },
  };
  return platform;
}
