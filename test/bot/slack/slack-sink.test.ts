// The Slack sink against the local Slack-compatible Web API, through the real WebClient.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/alerts/ports.ts';
import { emptyFacts } from '../../../src/alerts/types.ts';
import { deliverPending } from '../../../src/app/dispatcher.ts';
import { silentLogger } from '../../../src/app/logger.ts';
import { createSlackPlatform, slackConfigFromEnv } from '../../../src/bot/slack/index.ts';
import { createSqliteStore } from '../../../src/store/index.ts';
import { createSqliteOutboxStore } from '../../../src/store/outbox-store.ts';
import { recordingLogger } from '../../helpers/log.ts';
import { tempDir } from '../../helpers/temp.ts';
import { startFakeSlack, type FakeSlack } from '../../helpers/slack-server.ts';
import { HOSTILE, sampleAlert } from './fixtures.ts';

const TOKEN = 'xoxb-test-sink-token';
const CHANNEL = 'C0ALERTS01';
let slack: FakeSlack;

type SinkOptions = NonNullable<Parameters<typeof createSlackPlatform>[1]>['sink'];

function sink(options: SinkOptions = {}, log = recordingLogger().log) {
  const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl });
  if (!config) throw new Error('no config');
  return createSlackPlatform(config, { log, sink: { perChannelIntervalMs: 0, ...options } }).sink;
}
const fresh = { previousMessageRef: null, nonce: 'n1' };

beforeEach(async () => {
  slack = await startFakeSlack({ token: TOKEN });
});
afterEach(async () => {
  await slack.close();
});

describe('Slack sink', () => {
  it('posts Block Kit with a fallback text, unfurling off, and returns channel:ts', async () => {
    const { messageRef } = await sink().send(CHANNEL, sampleAlert(), fresh);
    const [call] = slack.callsTo('chat.postMessage');
    expect(call?.token).toBe(TOKEN);
    expect(call?.params).toMatchObject({ channel: CHANNEL, unfurl_links: 'false', unfurl_media: 'false', link_names: 'false' });
    expect(call?.params.text).toContain('Armed assault on Pakistan embassy in Kabul');
    expect((call?.params.blocks as { type: string }[]).map((b) => b.type)[0]).toBe('header');
    const [message] = [...slack.messages.values()];
    expect(messageRef).toBe(`${CHANNEL}:${message?.ts}`);
  });

  it('edits the original message for an update instead of posting again', async () => {
    const s = sink();
    const first = await s.send(CHANNEL, sampleAlert(), fresh);
    const second = await s.send(CHANNEL, sampleAlert({ version: 2, isUpdate: true, developing: false }), {
      previousMessageRef: first.messageRef,
      nonce: 'n2',
    });
    expect(second.messageRef).toBe(first.messageRef);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    const [update] = slack.callsTo('chat.update');
    expect(update?.params).toMatchObject({ channel: CHANNEL, ts: first.messageRef?.split(':')[1] });
    expect(JSON.stringify(update?.params.blocks)).toContain('Updated: Armed assault');
  });

  it('accepts a bare ts as the message reference', async () => {
    const s = sink();
    const first = await s.send(CHANNEL, sampleAlert(), fresh);
    const ts = first.messageRef!.split(':')[1]!;
    const second = await s.send(CHANNEL, sampleAlert({ isUpdate: true }), { previousMessageRef: ts, nonce: 'n2' });
    expect(second.messageRef).toBe(first.messageRef);
    expect(slack.callsTo('chat.update')[0]?.params).toMatchObject({ channel: CHANNEL, ts });
  });

  it('replies in the thread when the original can no longer be edited', async () => {
    const s = sink();
    const first = await s.send(CHANNEL, sampleAlert(), fresh);
    slack.failNext('chat.update', 'cant_update_message');
    const second = await s.send(CHANNEL, sampleAlert({ isUpdate: true }), { previousMessageRef: first.messageRef, nonce: 'n2' });
    expect(second.messageRef).toBe(first.messageRef);
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1]?.params.thread_ts).toBe(first.messageRef?.split(':')[1]);
  });

  it('escapes a hostile title on the wire', async () => {
    await sink().send(CHANNEL, sampleAlert({ headline: HOSTILE, summary: HOSTILE, sources: [{ title: HOSTILE, url: null, source: 'X' }] }), fresh);
    const [call] = slack.callsTo('chat.postMessage');
    const wire = JSON.stringify(call?.params);
    expect(wire).not.toContain('<!channel>');
    expect(wire).not.toContain('<@U123>');
    expect(wire).not.toContain('<http://evil.example');
    expect(wire).toContain('&lt;!channel&gt;');
  });

  it('waits out a short 429 and posts once', async () => {
    slack.rateLimit('chat.postMessage', 1);
    const started = Date.now();
    const { messageRef } = await sink().send(CHANNEL, sampleAlert(), fresh);
    expect(messageRef).toMatch(new RegExp(`^${CHANNEL}:`));
    const calls = slack.callsTo('chat.postMessage');
    expect(calls).toHaveLength(2); // the 429 and the retry
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(slack.messages.size).toBe(1);
  });

  it('hands a long Retry-After back to the outbox as a transient DeliveryError', async () => {
    slack.rateLimit('chat.postMessage', 120);
    const error = await sink({ maxRateLimitWaitMs: 5_000 }).send(CHANNEL, sampleAlert(), fresh).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: false, retryAfterMs: 120_000 });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'invalid_auth', 'missing_scope'])(
    '%s is permanent, with the reason',
    async (reason) => {
      slack.failNext('chat.postMessage', reason);
      const error = await sink().send(CHANNEL, sampleAlert(), fresh).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error).toMatchObject({ permanent: true });
      expect((error as Error).message).toContain(reason);
    },
  );

  it('treats other Slack errors as transient', async () => {
    slack.failNext('chat.postMessage', 'internal_error');
    const error = await sink().send(CHANNEL, sampleAlert(), fresh).catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: false, retryAfterMs: null });
    expect((error as Error).message).toContain('internal_error');
  });

  it('a bad token is permanent and never shows up in the error', async () => {
    const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-wrong-token-123', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl })!;
    const error = await createSlackPlatform(config).sink.send(CHANNEL, sampleAlert(), fresh).catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: true });
    expect((error as Error).message).toContain('invalid_auth');
    expect(JSON.stringify(error)).not.toContain('xoxb-wrong');
  });

  it('spaces posts to one channel about a second apart, but not across channels', async () => {
    const s = sink({ perChannelIntervalMs: 1000 });
    await Promise.all([
      s.send(CHANNEL, sampleAlert({ incidentId: 1 }), fresh),
      s.send(CHANNEL, sampleAlert({ incidentId: 2 }), fresh),
      s.send('C0OTHER001', sampleAlert({ incidentId: 3 }), fresh),
    ]);
    const same = slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL);
    const other = slack.callsTo('chat.postMessage').find((c) => c.params.channel === 'C0OTHER001');
    expect(same).toHaveLength(2);
    expect(same[1]!.at - same[0]!.at).toBeGreaterThanOrEqual(950);
    expect(other!.at - same[0]!.at).toBeLessThan(500);
  });

  it('tags each post with the delivery nonce in its metadata', async () => {
    await sink().send(CHANNEL, sampleAlert({ incidentId: 7 }), fresh);
    const [call] = slack.callsTo('chat.postMessage');
    expect(call?.params.metadata).toEqual({ event_type: 'embassy_watch_alert', event_payload: { nonce: 'n1', incident: 7, version: 1 } });
    expect(slack.callsTo('conversations.history')).toHaveLength(0); // a first send looks for nothing
  });
});

describe('Slack sink: a send that may already have arrived', () => {
  const dir = tempDir();
  const unconfirmed = { previousMessageRef: null, nonce: 'n-crash', unconfirmed: true };

  it('adopts the earlier post of its nonce instead of posting again', async () => {
    const s = sink();
    const first = await s.send(CHANNEL, sampleAlert(), { ...unconfirmed, unconfirmed: false });
    await s.send(CHANNEL, sampleAlert({ incidentId: 2 }), { previousMessageRef: null, nonce: 'other' });
    const again = await s.send(CHANNEL, sampleAlert(), unconfirmed);
    expect(again.messageRef).toBe(first.messageRef);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slack.callsTo('conversations.history')[0]?.params).toMatchObject({ channel: CHANNEL, limit: '200', include_all_metadata: 'true' });
  });

  it('posts when the nonce is on none of the pages', async () => {
    const s = sink({ historyPageSize: 2 });
    await s.send(CHANNEL, sampleAlert(), { ...unconfirmed, unconfirmed: false });
    await s.send(CHANNEL, sampleAlert({ incidentId: 2 }), { previousMessageRef: null, nonce: 'b' });
    await s.send(CHANNEL, sampleAlert({ incidentId: 3 }), { previousMessageRef: null, nonce: 'c' });
    const { messageRef } = await s.send(CHANNEL, sampleAlert({ incidentId: 4 }), { ...unconfirmed, nonce: 'never-posted' });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(4);
    expect(messageRef).toBe(`${CHANNEL}:${[...slack.messages.values()].at(-1)!.ts}`);
  });

  it('does not post while the history cannot be read for a transient reason', async () => {
    slack.failNext('conversations.history', 'internal_error');
    const error = await sink().send(CHANNEL, sampleAlert(), unconfirmed).catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: false });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('posts (a duplicate is better than a lost alert) when the install lacks the history scope, with a warning', async () => {
    slack.failNext('conversations.history', 'missing_scope');
    const { log, warnings } = recordingLogger();
    await sink({}, log).send(CHANNEL, sampleAlert(), unconfirmed);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(warnings()).toEqual(['Slack history unreadable: cannot check for an earlier post of this alert']);
  });

  it('a channel the bot has left fails the history read and then the post, for good', async () => {
    // not_in_channel on the history is permanent, so the post is tried, and fails for the same reason.
    slack.channels.set(CHANNEL, { id: CHANNEL, is_member: false });
    const error = await sink().send(CHANNEL, sampleAlert(), unconfirmed).catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: true });
    expect((error as Error).message).toContain('not_in_channel');
  });

  it('finds a post made long ago in a busy channel: reads from just before the first attempt, page after page', async () => {
    const hourAgo = Date.now() - 3_600_000;
    slack.addMessage({ channel: CHANNEL, at: hourAgo - 20 * 60_000, text: 'before the window' });
    slack.setTime(hourAgo);
    const s = sink();
    const first = await s.send(CHANNEL, sampleAlert(), { previousMessageRef: null, nonce: 'n-long-ago' });
    slack.setTime(null);
    for (let i = 0; i < 450; i++) slack.addMessage({ channel: CHANNEL, text: `chatter ${i}` });

    const again = await s.send(CHANNEL, sampleAlert(), {
      previousMessageRef: null,
      nonce: 'n-long-ago',
      unconfirmed: true,
      firstAttemptAt: new Date(hourAgo).toISOString(),
    });
    expect(again.messageRef).toBe(first.messageRef);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    const reads = slack.callsTo('conversations.history');
    expect(reads).toHaveLength(3); // 200 + 200 + the last 51, newest first
    const oldest = ((hourAgo - 5 * 60_000) / 1000).toFixed(6);
    expect(reads.map((r) => r.params.oldest)).toEqual([oldest, oldest, oldest]);
    expect(reads[0]?.params.cursor).toBeUndefined();
    expect(reads[1]?.params.cursor).toEqual(expect.any(String));
  });

  it('gives up after its last page and posts, with a warning', async () => {
    const hourAgo = Date.now() - 3_600_000;
    slack.setTime(hourAgo);
    const s0 = sink();
    await s0.send(CHANNEL, sampleAlert(), { previousMessageRef: null, nonce: 'n-buried' });
    slack.setTime(null);
    for (let i = 0; i < 30; i++) slack.addMessage({ channel: CHANNEL });
    const { log, warnings } = recordingLogger();
    await sink({ historyPageSize: 10, historyPages: 2 }, log).send(CHANNEL, sampleAlert(), {
      previousMessageRef: null,
      nonce: 'n-buried',
      unconfirmed: true,
      firstAttemptAt: new Date(hourAgo).toISOString(),
    });
    expect(slack.callsTo('conversations.history')).toHaveLength(2);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(warnings()).toEqual(['Slack history too long to search for an earlier post of this alert: posting']);
  });

  it('an update whose original was deleted is posted anew once, however often it is retried', async () => {
    const s = sink();
    const first = await s.send(CHANNEL, sampleAlert(), fresh);
    slack.messages.delete(first.messageRef!);
    const update = { previousMessageRef: first.messageRef, nonce: 'n-update', firstAttemptAt: new Date().toISOString() };
    const reposted = await s.send(CHANNEL, sampleAlert({ isUpdate: true }), update);
    // The response was lost: the outbox retries the same send as unconfirmed.
    const again = await s.send(CHANNEL, sampleAlert({ isUpdate: true }), { ...update, unconfirmed: true });
    expect(again.messageRef).toBe(reposted.messageRef);
    expect(reposted.messageRef).not.toBe(first.messageRef);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2); // the original and one re-post
  });

  it('an update replied in the thread (the original no longer editable) is replied once, however often it is retried', async () => {
    const s = sink();
    const first = await s.send(CHANNEL, sampleAlert(), fresh);
    const parentTs = first.messageRef!.split(':')[1]!;
    for (let i = 0; i < 5; i++) slack.addMessage({ channel: CHANNEL, thread_ts: parentTs, text: `comment ${i}` });
    const update = { previousMessageRef: first.messageRef, nonce: 'n-reply', firstAttemptAt: new Date().toISOString() };
    slack.failNext('chat.update', 'cant_update_message');
    await s.send(CHANNEL, sampleAlert({ isUpdate: true }), update);
    slack.failNext('chat.update', 'cant_update_message');
    const again = await s.send(CHANNEL, sampleAlert({ isUpdate: true }), { ...update, unconfirmed: true });
    expect(again.messageRef).toBe(first.messageRef);
    const replies = [...slack.messages.values()].filter((m) => m.thread_ts === parentTs && m.user === 'U0BOT00001');
    expect(replies).toHaveLength(1);
    // The reply's nonce is its own: the same send's top-level re-post (if the original goes) is another post.
    expect(replies[0]?.metadata).toMatchObject({ event_payload: { nonce: 'n-reply:reply' } });
    expect(slack.callsTo('conversations.replies')[0]?.params).toMatchObject({ channel: CHANNEL, ts: parentTs, include_all_metadata: 'true' });
    expect(slack.callsTo('conversations.history')).toHaveLength(0);
  });

  it('a reply left unconfirmed whose original was deleted since is posted anew at the top level, once', async () => {
    const s = sink();
    const first = await s.send(CHANNEL, sampleAlert(), fresh);
    const update = { previousMessageRef: first.messageRef, nonce: 'n-both', firstAttemptAt: new Date().toISOString() };
    slack.failNext('chat.update', 'cant_update_message');
    await s.send(CHANNEL, sampleAlert({ isUpdate: true }), update); // replied in the thread; response lost
    slack.messages.delete(first.messageRef!);
    const reposted = await s.send(CHANNEL, sampleAlert({ isUpdate: true }), { ...update, unconfirmed: true });
    const again = await s.send(CHANNEL, sampleAlert({ isUpdate: true }), { ...update, unconfirmed: true });
    expect(again.messageRef).toBe(reposted.messageRef);
    const topLevel = [...slack.messages.values()].filter((m) => !m.thread_ts);
    expect(topLevel.map((m) => `${CHANNEL}:${m.ts}`)).toEqual([reposted.messageRef]);
  });

  it('a normal send reads no history (it costs a call per alert)', async () => {
    const s = sink();
    const first = await s.send(CHANNEL, sampleAlert(), fresh);
    slack.failNext('chat.update', 'cant_update_message');
    await s.send(CHANNEL, sampleAlert({ isUpdate: true }), { previousMessageRef: first.messageRef, nonce: 'n2' });
    slack.messages.delete(first.messageRef!);
    await s.send(CHANNEL, sampleAlert({ isUpdate: true }), { previousMessageRef: first.messageRef, nonce: 'n3' });
    expect(slack.callsTo('conversations.history')).toHaveLength(0);
    expect(slack.callsTo('conversations.replies')).toHaveLength(0);
  });

  it('through the outbox: a crash after chat.postMessage succeeded is settled without a second post', async () => {
    const store = createSqliteStore(join(dir, 'slack-crash.db'));
    const now = new Date('2026-01-02T00:00:00Z');
    const incidentId = store.incidents.create(
      { ...emptyFacts(), city: 'Kabul', hostCountry: 'AF', targetCountries: ['PK'], attackTypes: ['armed_assault'], date: '2026-01-01' },
      0.9,
      now.toISOString(),
    );
    store.outbox.enqueue(incidentId, `slack:${CHANNEL}`, 1, now.toISOString());
    // Process 1 claims the delivery, posts it, and dies before recording the ts.
    const [d] = store.outbox.due(now.toISOString(), 10);
    expect(createSqliteOutboxStore(store.db, { owner: '999999999:dead' }).markInFlight(d!.id, now.toISOString())).toBe(true);
    const s = sink();
    const posted = await s.send(CHANNEL, sampleAlert({ incidentId }), { previousMessageRef: null, nonce: d!.nonce });

    // The restarted process delivers what is due.
    const reports = await deliverPending({
      outbox: store.outbox,
      incidents: store.incidents,
      sinks: { slack: s },
      countryName: (c) => c,
      now: () => new Date(now.getTime() + 1000),
      log: silentLogger(),
      concurrency: 1,
      maxAttempts: 5,
    });
    expect(reports).toMatchObject([{ status: 'sent', messageRef: posted.messageRef }]);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.messages.size).toBe(1);
    expect(store.outbox.get(d!.id)).toMatchObject({ status: 'sent', messageRef: posted.messageRef, inFlightNonce: null });
    store.close();
  });
});
