// Discord settings from the environment: off without credentials, every bad variable named, no secrets echoed.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/app/logger.ts';
import { DEFAULT_DISCORD_API_URL, discordConfigFromEnv } from '../../../src/bot/discord/config.ts';
import { platformsFromEnv } from '../../../src/bot/platforms.ts';

const TOKEN = 'MTAxNTk5NjY5ODM4NDk5OTU1.Gx1a2b.abcdefghijklmnopqrstuvwxyz0123456789';

describe('discordConfigFromEnv', () => {
  it('is off without a token or application id', () => {
    expect(discordConfigFromEnv({})).toBeNull();
    expect(discordConfigFromEnv({ DISCORD_TOKEN: TOKEN })).toBeNull();
    expect(platformsFromEnv({})).toEqual([]);
  });

  it("defaults the API to Discord's and trims a trailing slash", () => {
    expect(discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '101599669838499955' })).toEqual({
      token: TOKEN,
      applicationId: '101599669838499955',
      apiUrl: DEFAULT_DISCORD_API_URL,
      gateway: true,
    });
    expect(
      discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '101599669838499955', DISCORD_API_URL: 'http://127.0.0.1:9/api/' })?.apiUrl,
    ).toBe('http://127.0.0.1:9/api');
  });

  it('names every bad variable without echoing the token', () => {
    let message = '';
    try {
      discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'my-bot', DISCORD_API_URL: 'ftp://x', DISCORD_GATEWAY: 'maybe' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DISCORD_APPLICATION_ID/);
    expect(message).toMatch(/DISCORD_API_URL/);
    expect(message).toMatch(/DISCORD_GATEWAY/);
    expect(message).not.toContain(TOKEN);
  });

  it('with DISCORD_GATEWAY=off the platform delivers but opens no gateway connection', async () => {
    const [discord] = platformsFromEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '101599669838499955',
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      DISCORD_GATEWAY: 'off',
    });
    expect(discord?.name).toBe('discord');
    // Would fail (nothing listens on port 9) if it tried to connect.
    await discord!.start({ commands: {} as never, log: silentLogger() });
    await discord!.stop();
  });
});
