// Less common paths against the fake Discord: a slow command is deferred and its reply edited through
// the interaction webhook; an update whose first message was deleted is posted anew; 5xx is transient.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError, type Gazetteer, type IncidentRepo, type SubscriptionRepo } from '../../../src/alerts/ports.ts';
import type { Alert } from '../../../src/alerts/types.ts';
import { silentLogger } from '../../../src/app/logger.ts';
import type { CommandContext } from '../../../src/bot/commands.ts';
import { createDiscordPlatform } from '../../../src/bot/discord/platform.ts';
import { createDiscordRest, createDiscordSink } from '../../../src/bot/discord/sink.ts';
import type { Platform } from '../../../src/bot/platform.ts';
import { startFakeDiscord, type FakeDiscord } from '../../helpers/discord-server.ts';

const gazetteer: Gazetteer = {
  findCity: (name) => (name.toLowerCase() === 'kabul' ? { name: 'Kabul', country: 'AF' } : null),
  findCountry: () => null,
  findGroup: () => null,
  countryName: (code) => code,
};
const incidents: IncidentRepo = {
  get: () => null,
  findByArticleUrl: () => null,
  findCandidates: () => [],
  create: () => 1,
  addSource: () => undefined,
  updateFacts: () => 1,
  list: () => ({ incidents: [], total: 0 }),
};
const subscriptions: SubscriptionRepo = { add: () => true, remove: () => false, list: () => [], channelsFor: () => [] };
const commands: CommandContext = { incidents, subscriptions, gazetteer, now: () => new Date() };

const alert: Alert = {
  incidentId: 3,
  version: 2,
  isUpdate: true,
  headline: 'Shooting on Pakistan embassy in Kabul',
  summary: 'Shooting on Pakistan embassy in Kabul. 2 sources.',
  facts: [{ label: 'Killed', value: '2' }],
  sources: [{ title: 'Report', url: 'https://news.example/1', source: 'wire' }],
  developing: false,
  confidence: 0.8,
  why: null,
};

let discord: FakeDiscord;
let platform: Platform;
const config = () => ({ token: discord.token, applicationId: discord.applicationId, apiUrl: discord.apiUrl, gateway: true });

beforeAll(async () => {
  discord = await startFakeDiscord();
  platform = createDiscordPlatform(config(), { deferAfterMs: 0 });
  await platform.start({ commands, log: silentLogger() });
});
afterAll(async () => {
  await platform?.stop();
  await discord?.close();
});

describe('deferred replies', () => {
  it('defers a command that is not answered at once, then edits the original response', async () => {
    const { id, token } = discord.sendInteraction({ name: 'incidents', options: { city: 'kabul' } });
    const callback = await discord.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(callback.body.type).toBe(5);
    const edit = await discord.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${discord.applicationId}/${token}/messages/@original`);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(edit.body.embeds[0].title).toBe('No incidents');
  });

  it('defers subscription commands ephemerally', async () => {
    const { id, token } = discord.sendInteraction({ name: 'subscribe', options: { city: 'kabul' } });
    const callback = await discord.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(callback.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await discord.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(`/webhooks/${discord.applicationId}/${token}/`));
    expect(edit.body.embeds[0].description).toContain('Subscribed to city Kabul');
  });
});

describe('the sink', () => {
  it('posts anew when the message to edit was deleted', async () => {
    const sink = createDiscordSink(createDiscordRest(config()));
    const first = await sink.send(discord.channelId, { ...alert, isUpdate: false }, { previousMessageRef: null, nonce: 'n-first' });
    expect(first.messageRef).toMatch(/^\d+$/);
    discord.deleteMessage(first.messageRef!);
    const second = await sink.send(discord.channelId, alert, { previousMessageRef: first.messageRef, nonce: 'n-second' });
    expect(second.messageRef).not.toBe(first.messageRef);
    expect(discord.messages.get(second.messageRef!)?.embeds[0].title).toBe('Update: Shooting on Pakistan embassy in Kabul');
  });

  it('returns the first message when the same nonce is posted twice (a retried send)', async () => {
    const sink = createDiscordSink(createDiscordRest(config()));
    const a = await sink.send(discord.otherChannelId, alert, { previousMessageRef: null, nonce: 'n-same' });
    const b = await sink.send(discord.otherChannelId, alert, { previousMessageRef: null, nonce: 'n-same' });
    expect(b.messageRef).toBe(a.messageRef);
    expect(discord.channelMessages(discord.otherChannelId).filter((m) => m.nonce === 'n-same')).toHaveLength(1);
  });

  it('turns an unreachable API into a transient DeliveryError without the token in it', async () => {
    const sink = createDiscordSink(createDiscordRest({ token: discord.token, apiUrl: 'http://127.0.0.1:9/api' }, { retries: 0, timeoutMs: 2_000 }));
    const error = await sink.send(discord.channelId, alert, { previousMessageRef: null, nonce: 'n-x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).permanent).toBe(false);
    expect((error as DeliveryError).message).not.toContain(discord.token);
  });

  it('reports Missing Permissions as permanent', async () => {
    discord.forbidChannel(discord.channelIds[2]!, 50013);
    const sink = createDiscordSink(createDiscordRest(config()));
    const error = (await sink.send(discord.channelIds[2]!, alert, { previousMessageRef: null, nonce: 'n-y' }).catch((e: unknown) => e)) as DeliveryError;
    expect(error.permanent).toBe(true);
    expect(error.message).toContain('Missing Permissions');
  });
});
