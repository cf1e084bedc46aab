// The app manifest matches the commands the bot serves, and Slack settings fail fast.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { platformsFromEnv } from '../../../src/bot/platforms.ts';
import { slackConfigFromEnv, SlackConfigError } from '../../../src/bot/slack/index.ts';
import { SLASH_COMMANDS } from '../../../src/bot/slack/slash-commands.ts';

interface Manifest {
  display_information: { name: string; description: string; long_description: string };
  features: { bot_user: { display_name: string }; slash_commands: { command: string; description: string; usage_hint?: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

describe('manifest.yml', () => {
  const manifest = parse(readFileSync('manifest.yml', 'utf8')) as Manifest;

  it('registers exactly the commands the bot serves', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual(SLASH_COMMANDS.map((c) => `/${c}`).sort());
  });

  it('asks for the scopes the bot uses and no more', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['channels:history', 'channels:read', 'chat:write', 'commands', 'groups:history', 'groups:read', 'im:read', 'mpim:read', 'users:read'].sort(),
    );
  });

  it('keeps within Slack manifest limits', () => {
    const info = manifest.display_information;
    expect(info.name.length).toBeLessThanOrEqual(35);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
    expect(info.description.length).toBeLessThanOrEqual(140);
    expect(info.long_description.length).toBeGreaterThanOrEqual(175);
    expect(info.long_description.length).toBeLessThanOrEqual(4000);
    for (const c of manifest.features.slash_commands) {
      expect(c.command).toMatch(/^\/[a-z]{1,31}$/);
      expect(c.description.length).toBeLessThanOrEqual(100);
    }
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});

describe('Slack configuration', () => {
  it('is off without SLACK_BOT_TOKEN', () => {
    expect(slackConfigFromEnv({})).toBeNull();
    expect(platformsFromEnv({ SLACK_SIGNING_SECRET: 'x' }).map((p) => p.name)).not.toContain('slack');
  });

  it('uses the HTTP receiver with a signing secret, Socket Mode with an app token', () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 's',
      appToken: null,
      apiUrl: 'https://slack.com/api/',
      port: 3000,
      host: null,
    });
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api', PORT: '8080' })).toMatchObject({
      appToken: 'xapp-1',
      apiUrl: 'http://127.0.0.1:9/api/',
      port: 8080,
    });
    expect(platformsFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).map((p) => p.name)).toContain('slack');
  });

  it('names every bad setting at once, without echoing values', () => {
    let error: unknown;
    try {
      slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-secret-value', SLACK_APP_TOKEN: 'xoxb-wrong-kind', SLACK_API_URL: 'ftp://x', PORT: 'eighty' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SlackConfigError);
    const message = (error as Error).message;
    expect(message).toContain('SLACK_APP_TOKEN');
    expect(message).toContain('SLACK_API_URL');
    expect(message).toContain('PORT');
    expect(message).not.toContain('xoxb-secret-value');
    expect(message).not.toContain('xoxb-wrong-kind');
    expect(() => slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
  });
});
