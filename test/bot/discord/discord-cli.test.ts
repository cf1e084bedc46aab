// The CLI side of Discord, run as the real `embassy-watch` binary against the fake Discord:
// command registration (global and per guild) and the invite URL. The token never reaches output.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../helpers/discord-server.ts';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../../bin/embassy-watch.js', import.meta.url));

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(async () => {
  await discord?.close();
});

function cli(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, [BIN, ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      LOG_LEVEL: 'silent',
      ...env,
    },
    timeout: 30_000,
  });
}

describe('embassy-watch discord:register', () => {
  it('registers the commands in one guild, with Manage Channels on the subscription commands', async () => {
    const { stdout, stderr } = await cli(['discord:register', '--guild', discord.guildId]);
    expect(stdout).toContain(`/subscribe, /unsubscribe, /subscriptions, /incidents, /incident guild ${discord.guildId}`);
    expect(stdout + stderr).not.toContain(discord.token);
    const put = discord.requests.find((r) => r.method === 'PUT' && r.path === `/applications/${discord.applicationId}/guilds/${discord.guildId}/commands`);
    expect(put?.authorization).toBe(`Bot ${discord.token}`);
    const byName = Object.fromEntries((put!.body as { name: string }[]).map((c) => [c.name, c as Record<string, any>]));
    expect(Object.keys(byName).sort()).toEqual(['incident', 'incidents', 'subscribe', 'subscriptions', 'unsubscribe']);
    expect(byName.subscribe!.default_member_permissions).toBe('16');
    expect(byName.unsubscribe!.default_member_permissions).toBe('16');
    expect(byName.incidents!.default_member_permissions ?? null).toBeNull();
    const subscribeOptions = byName.subscribe!.options as { name: string; autocomplete?: boolean }[];
    expect(subscribeOptions.map((o) => [o.name, o.autocomplete])).toEqual([
      ['city', true],
      ['country', true],
      ['group', true],
    ]);
    const incidentsOptions = byName.incidents!.options as { name: string; type: number; autocomplete?: boolean }[];
    expect(incidentsOptions.map((o) => o.name)).toEqual(['city', 'days', 'country', 'group']);
    expect(incidentsOptions.find((o) => o.name === 'city')?.autocomplete).toBe(true);
    expect(byName.incident!.options).toEqual([expect.objectContaining({ name: 'id', type: 4, required: true })]);
  }, 40_000);

  it('registers globally without --guild', async () => {
    await cli(['discord:register']);
    expect(discord.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${discord.applicationId}/commands`)).toBe(true);
  }, 40_000);

  it('says what is missing when the token is not set', async () => {
    const error = (await cli(['discord:register'], { DISCORD_TOKEN: '' }).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('DISCORD_TOKEN');
  }, 40_000);

  it('prints the invite URL with the bot and applications.commands scopes and few permissions', async () => {
    const { stdout } = await cli(['discord:invite']);
    const url = new URL(stdout.trim());
    expect(url.searchParams.get('client_id')).toBe(discord.applicationId);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channel, Send Messages, Embed Links, Read Message History (finding an alert posted before a crash).
    expect(url.searchParams.get('permissions')).toBe(String(1024 + 2048 + 16384 + 65536));
  }, 40_000);
});

describe('embassy-watch deliver', () => {
  it('posts a queued alert through the REST API alone, and exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'embassy-watch-deliver-cli-'));
    try {
      const flags = ['--config', join(dir, 'config.yaml'), '--db', join(dir, 'db.sqlite')];
      writeFileSync(join(dir, 'config.yaml'), 'sources: []\n');
      const article = join(dir, 'kabul.txt');
      writeFileSync(
        article,
        `Gunmen attack Pakistani embassy in Kabul, two guards killed\nPublished: ${new Date().toISOString().slice(0, 10)}\n\n` +
          'Gunmen attacked the Pakistani embassy in Kabul on Friday, killing two guards and wounding three others, Afghan police said.\n',
      );
      await cli([...flags, 'subscribe', `discord:${discord.channelId}`, '--city', 'Kabul']);
      await cli([...flags, 'ingest', article]);
      const gatewayBefore = discord.requests.filter((r) => r.path === '/gateway/bot').length;
      const { stdout } = await cli([...flags, 'deliver', '--json']);
      const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; channel: string; messageRef: string });
      expect(lines).toEqual([expect.objectContaining({ status: 'sent', channel: `discord:${discord.channelId}` })]);
      expect(discord.messages.get(lines[0]!.messageRef)?.allowed_mentions).toEqual({ parse: [] });
      expect(discord.requests.filter((r) => r.path === '/gateway/bot')).toHaveLength(gatewayBefore);
      expect(discord.gateway).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
