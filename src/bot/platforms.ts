// The chat platforms whose credentials are present in the environment.
import type { Logger } from '../app/logger.ts';
import type { Platform } from './platform.ts';
import { createDiscordPlatform, discordConfigFromEnv } from './discord/index.ts';
import { createSlackPlatform, slackConfigFromEnv } from './slack/index.ts';

export function platformsFromEnv(env: NodeJS.ProcessEnv, log?: Logger): Platform[] {
  const platforms: Platform[] = [];
  const discord = discordConfigFromEnv(env);
  if (discord) platforms.push(createDiscordPlatform(discord, {}, log));
  // Slack when SLACK_BOT_TOKEN is set (with SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode).
  const slack = slackConfigFromEnv(env);
  if (slack) platforms.push(createSlackPlatform(slack, log ? { log } : {}));
  return platforms;
}
