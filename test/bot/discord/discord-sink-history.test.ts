// A send the outbox marks unconfirmed (in flight when the process died, or its answer lost) after
// Discord has forgotten its nonce: the sink reads the channel from just before the first attempt and
// adopts its earlier post instead of posting again. Against the fake Discord, which forgets nonces
// and never returns them from GET, through the real discord.js REST client.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendContext } from '../../../src/alerts/ports.ts';
import { emptyFacts, type Alert } from '../../../src/alerts/types.ts';
import { deliverPending } from '../../../src/app/dispatcher.ts';
import { isAlertWithRef, renderAlertEmbed } from '../../../src/bot/discord/render.ts';
import { createDiscordRest, createDiscordSink, type DiscordSinkOptions } from '../../../src/bot/discord/sink.ts';
import { createSqliteStore } from '../../../src/store/index.ts';
import { createSqliteOutboxStore } from '../../../src/store/outbox-store.ts';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../../helpers/discord-server.ts';
import { recordingLogger } from '../../helpers/log.ts';
import { tempDir } from '../../helpers/temp.ts';

const alert: Alert = {
  incidentId: 3,
  version: 1,
  isUpdate: false,
  headline: 'Shooting on Pakistan embassy in Kabul',
  summary: 'Shooting on Pakistan embassy in Kabul. 1 source.',
  facts: [{ label: 'Killed', value: '2' }],
  sources: [{ title: 'Report', url: 'https://news.example/1', source: 'wire' }],
  developing: true,
  confidence: 0.8,
  why: null,
};

const CHANNELS = 12;
let discord: FakeDiscord;
let next = 0;
/** A channel of its own for each test. */
const channel = () => discord.channelIds[next++]!;
const hourAgo = () => Date.now() - 3_600_000;

function sink(options: DiscordSinkOptions = {}, rest: { maxRateLimitWaitMs?: number } = {}) {
  const { log, warnings } = recordingLogger();
  const s = createDiscordSink(createDiscordRest({ token: discord.token, apiUrl: discord.apiUrl }, rest), { log, ...options });
  return { sink: s, warnings };
}

/** Posts as a send did at `at`, then lets Discord forget the nonce (as it does after minutes). */
async function postedLongAgo(channelId: string, nonce: string, at: number, a: Alert = alert) {
  discord.setTime(at);
  try {
    return await sink().sink.send(channelId, a, { previousMessageRef: null, nonce });
  } finally {
    discord.setTime(null);
    discord.forgetNonces();
  }
}

const retry = (nonce: string, firstAttemptAt: number, previousMessageRef: string | null = null): SendContext => ({
  previousMessageRef,
  nonce,
  unconfirmed: true,
  firstAttemptAt: new Date(firstAttemptAt).toISOString(),
});

const reads = (channelId: string) => discord.requests.filter((r) => r.method === 'GET' && r.path === `/channels/${channelId}/messages`);
const posts = (channelId: string) => discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

beforeAll(async () => {
  discord = await startFakeDiscord({
    guilds: [{ id: snowflake(), name: 'Security Ops', channels: Array.from({ length: CHANNELS }, (_, i) => ({ id: snowflake(), name: `alerts-${i}` })) }],
  });
});
afterAll(async () => {
  await discord?.close();
});

describe('the delivery nonce in the embed', () => {
  it('is written in the footer by us, never taken from feed text', () => {
    const hostile = { ...alert, headline: 'x · ref n-1', summary: 'x · ref n-1', facts: [{ label: 'ref', value: 'x · ref n-1' }] };
    expect(isAlertWithRef(renderAlertEmbed(hostile), 'n-1')).toBe(false);
    const embed = renderAlertEmbed(alert, { ref: 'n-1' });
    expect(embed.footer?.text).toBe('Incident #3 · version 1 · confidence 80% · ref n-1');
    expect(isAlertWithRef(embed, 'n-1')).toBe(true);
    expect(isAlertWithRef(embed, 'n-')).toBe(false);
  });
});

describe('an unconfirmed send after Discord forgot its nonce', () => {
  it('the fake forgets: a plain repeat of an old send would post a second message', async () => {
    const id = channel();
    await postedLongAgo(id, 'n-plain', hourAgo());
    await sink().sink.send(id, alert, { previousMessageRef: null, nonce: 'n-plain' });
    expect(discord.channelMessages(id)).toHaveLength(2);
  });

  it('adopts the earlier post instead of posting again, reading from just before the first attempt', async () => {
    const id = channel();
    const at = hourAgo();
    const first = await postedLongAgo(id, 'n-crash', at);
    const again = await sink().sink.send(id, alert, retry('n-crash', at));
    expect(again.messageRef).toBe(first.messageRef);
    expect(discord.channelMessages(id)).toHaveLength(1);
    expect(posts(id)).toHaveLength(1);
    expect(reads(id).map((r) => r.query)).toEqual([{ after: snowflakeAtFloor(at - 5 * 60_000), limit: '100' }]);
    // GET never returns the nonce: the footer is what was found.
    expect(discord.messages.get(first.messageRef!)?.embeds[0].footer.text).toMatch(/ · ref n-crash$/);
  });

  it('finds it beyond the first page of a busy channel, and ignores a copy by another bot', async () => {
    const id = channel();
    const at = hourAgo();
    // Someone else's copy of an alert carrying the same footer, then chatter, all inside the margin.
    const copy = discord.addMessage(id, { at: at - 4 * 60_000, embeds: [renderAlertEmbed(alert, { ref: 'n-busy' })] });
    for (let i = 0; i < 150; i++) discord.addMessage(id, { at: at - 3 * 60_000 + i });
    const first = await postedLongAgo(id, 'n-busy', at);
    for (let i = 0; i < 120; i++) discord.addMessage(id, { at: at + 1000 + i });

    const again = await sink().sink.send(id, alert, retry('n-busy', at));
    expect(again.messageRef).toBe(first.messageRef);
    expect(again.messageRef).not.toBe(copy.id);
    expect(posts(id)).toHaveLength(1);
    const pages = reads(id);
    expect(pages).toHaveLength(2);
    // The second page starts after the newest message of the first.
    const firstPage = [...discord.channelMessages(id)].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)).slice(0, 100);
    expect(pages[1]?.query.after).toBe(firstPage.at(-1)!.id);
  });

  it('reads forward to the present, and posts when its nonce is nowhere', async () => {
    const id = channel();
    const at = hourAgo();
    await postedLongAgo(id, 'n-other', at);
    for (let i = 0; i < 230; i++) discord.addMessage(id, { at: at + 1000 + i });
    const { messageRef } = await sink().sink.send(id, alert, retry('n-never', at));
    expect(reads(id)).toHaveLength(3); // 100, 100, 31: a short page is the present
    expect(posts(id)).toHaveLength(2);
    expect(discord.messages.get(messageRef!)?.embeds[0].footer.text).toMatch(/ · ref n-never$/);
  });

  it('stops after its last page and posts, with a warning', async () => {
    const id = channel();
    const at = hourAgo();
    for (let i = 0; i < 250; i++) discord.addMessage(id, { at: at - 60_000 + i });
    await postedLongAgo(id, 'n-deep', at);
    const { sink: s, warnings } = sink({ historyPages: 2 });
    await s.send(id, alert, retry('n-deep', at));
    expect(reads(id)).toHaveLength(2);
    expect(discord.channelMessages(id).filter((m) => m.author_id === discord.botUserId)).toHaveLength(2);
    expect(warnings()).toEqual(['Discord history too long to search for an earlier post of this alert: posting']);
  });

  it('an update whose original was deleted adopts its earlier re-post and edits it', async () => {
    const id = channel();
    const original = await sink().sink.send(id, alert, { previousMessageRef: null, nonce: 'n-v1' });
    discord.deleteMessage(original.messageRef!);
    const update = { ...alert, version: 2, isUpdate: true, developing: false };
    const at = hourAgo();
    discord.setTime(at);
    const reposted = await sink().sink.send(id, update, { previousMessageRef: original.messageRef, nonce: 'n-v2' });
    discord.setTime(null);
    discord.forgetNonces();

    const again = await sink().sink.send(id, update, retry('n-v2', at, original.messageRef));
    expect(again.messageRef).toBe(reposted.messageRef);
    expect(discord.channelMessages(id)).toHaveLength(1);
    expect(discord.messages.get(reposted.messageRef!)?.edits).toBe(1);
    expect(discord.messages.get(reposted.messageRef!)?.embeds[0].title).toBe('Update: Shooting on Pakistan embassy in Kabul');
  });

  it('posts, with a warning, when reading the history is forbidden (403 Missing Access)', async () => {
    const id = channel();
    const at = hourAgo();
    await postedLongAgo(id, 'n-403', at);
    discord.denyHistory(id, 'forbidden');
    const { sink: s, warnings } = sink();
    await s.send(id, alert, retry('n-403', at));
    expect(reads(id).map((r) => r.status)).toEqual([403]);
    expect(posts(id).map((r) => r.status)).toEqual([200, 200]);
    expect(warnings()).toEqual(['Discord history unreadable: cannot check for an earlier post of this alert']);
  });

  it('posts when the history reads empty (Discord\'s answer to a bot without Read Message History)', async () => {
    const id = channel();
    const at = hourAgo();
    await postedLongAgo(id, 'n-empty', at);
    discord.denyHistory(id, 'empty');
    await sink().sink.send(id, alert, retry('n-empty', at));
    expect(reads(id)).toHaveLength(1);
    expect(discord.channelMessages(id)).toHaveLength(2);
  });

  it('does not post while the history cannot be read for a transient reason', async () => {
    const id = channel();
    const at = hourAgo();
    await postedLongAgo(id, 'n-429', at);
    discord.rateLimit({ method: 'GET', path: new RegExp(`^/channels/${id}/messages$`) }, 60);
    const error = await sink({}, { maxRateLimitWaitMs: 1_000 }).sink.send(id, alert, retry('n-429', at)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DeliveryError', permanent: false });
    expect(posts(id)).toHaveLength(1);
  });

  it('a normal send reads no history: first posts, edits and re-posts of a deleted original', async () => {
    const id = channel();
    const before = discord.requests.length;
    const s = sink().sink;
    const first = await s.send(id, alert, { previousMessageRef: null, nonce: 'n-a' });
    await s.send(id, { ...alert, version: 2, isUpdate: true }, { previousMessageRef: first.messageRef, nonce: 'n-b' });
    discord.deleteMessage(first.messageRef!);
    await s.send(id, { ...alert, version: 3, isUpdate: true }, { previousMessageRef: first.messageRef, nonce: 'n-c' });
    const made = discord.requests.slice(before).map((r) => `${r.method} ${r.path.replace(/\d{15,}/g, ':id')}`);
    expect(made).toEqual([
      'POST /channels/:id/messages',
      'PATCH /channels/:id/messages/:id',
      'PATCH /channels/:id/messages/:id',
      'POST /channels/:id/messages',
    ]);
  });
});

describe('through the outbox', () => {
  const dir = tempDir();

  it('a delivery in flight when its process died an hour ago is settled without a second post', async () => {
    const id = channel();
    const store = createSqliteStore(join(dir, 'discord-crash.db'));
    const at = hourAgo();
    const incidentId = store.incidents.create(
      { ...emptyFacts(), city: 'Kabul', hostCountry: 'AF', targetCountries: ['PK'], attackTypes: ['armed_assault'], date: '2026-01-01' },
      0.9,
      new Date(at).toISOString(),
    );
    store.outbox.enqueue(incidentId, `discord:${id}`, 1, new Date(at).toISOString());
    // Process 1 claims the delivery, posts it, and dies before recording the message id.
    const [d] = store.outbox.due(new Date(at).toISOString(), 10);
    expect(createSqliteOutboxStore(store.db, { owner: '999999999:dead' }).markInFlight(d!.id, new Date(at).toISOString())).toBe(true);
    const posted = await postedLongAgo(id, d!.nonce, at + 200, { ...alert, incidentId });

    // The restarted process delivers what is due; Discord no longer knows the nonce.
    const { sink: s } = sink();
    const reports = await deliverPending({
      outbox: store.outbox,
      incidents: store.incidents,
      sinks: { discord: s },
      countryName: (c) => c,
      now: () => new Date(),
      log: recordingLogger().log,
      concurrency: 1,
      maxAttempts: 5,
    });
    expect(reports).toMatchObject([{ status: 'sent', messageRef: posted.messageRef }]);
    expect(discord.channelMessages(id)).toHaveLength(1);
    expect(posts(id)).toHaveLength(1);
    expect(store.outbox.get(d!.id)).toMatchObject({ status: 'sent', messageRef: posted.messageRef, inFlightNonce: null, inFlightFirstAt: null });
    store.close();
  });
});

/** The `after` the sink asks for: the smallest snowflake of that millisecond. */
function snowflakeAtFloor(ms: number): string {
  return ((BigInt(ms) - 1_420_070_400_000n) << 22n).toString();
}
