// Slash commands end to end through Bolt's HTTP receiver on 127.0.0.1: requests signed exactly as
// Slack signs them, answers posted to a response_url on the local Slack-compatible server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/app/logger.ts';
import type { CommandContext } from '../../../src/bot/commands.ts';
import { createSlackPlatform, slackConfigFromEnv, type SlackPlatform } from '../../../src/bot/slack/index.ts';
import { createSqliteStore, type Store } from '../../../src/store/index.ts';
import { sendSlashCommand, slackSignature, startFakeSlack, type FakeSlack } from '../../helpers/slack-server.ts';
import { testGazetteer } from './fixtures.ts';

const TOKEN = 'xoxb-test-commands-token';
const SECRET = 'test-signing-secret-0123456789';
const CHANNEL = 'C0SEC00001';
const ADMIN = 'U0ADMIN001';
const CREATOR = 'U0CREATOR1';
const MEMBER = 'U0MEMBER01';
const GUEST = 'U0GUEST001';

let slack: FakeSlack;
let store: Store;
let platform: SlackPlatform;
let endpoint: string;
let seq = 0;

async function run(command: string, text: string, user = CREATOR, channel = CHANNEL) {
  const id = `r${++seq}`;
  const http = await sendSlashCommand(endpoint, SECRET, {
    command,
    text,
    user_id: user,
    channel_id: channel,
    response_url: slack.responseUrl(id),
  });
  expect(http.status).toBe(200);
  const reply = await slack.waitForResponse(id);
  return { http, reply: reply.body as { response_type: string; text: string; blocks: unknown[]; replace_original?: boolean } };
}

beforeAll(async () => {
  slack = await startFakeSlack({ token: TOKEN });
  slack.users.set(ADMIN, { id: ADMIN, is_admin: true });
  slack.users.set(CREATOR, { id: CREATOR });
  slack.users.set(MEMBER, { id: MEMBER });
  slack.users.set(GUEST, { id: GUEST, is_restricted: true });
  slack.channels.set(CHANNEL, { id: CHANNEL, name: 'security', creator: CREATOR, is_member: true });
  slack.channels.set('C0OTHER001', { id: 'C0OTHER001', name: 'ops', creator: 'U0SOMEONE1', is_member: false });
  store = createSqliteStore(':memory:');
  const commands: CommandContext = {
    incidents: store.incidents,
    subscriptions: store.subscriptions,
    gazetteer: testGazetteer,
    now: () => new Date(),
  };
  const config = slackConfigFromEnv({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  platform = createSlackPlatform(config!);
  await platform.start({ commands, log: silentLogger() });
  const address = platform.bot!.address!;
  expect(address.address).toBe('127.0.0.1');
  endpoint = `http://127.0.0.1:${address.port}/slack/events`;
});

afterAll(async () => {
  await platform?.stop();
  store?.close();
  await slack?.close();
});

beforeEach(() => {
  for (const s of store.subscriptions.list()) store.subscriptions.remove(s);
});

describe('Slack slash commands', () => {
  it('acknowledges at once, then the channel creator subscribes and the channel is told', async () => {
    const { http, reply } = await run('/subscribe', 'city kabul');
    expect(http.body).toBe('');
    expect(reply.response_type).toBe('in_channel');
    expect(reply.text).toBe(`<@${CREATOR}> subscribed this channel to city Kabul.`);
    expect(store.subscriptions.list(`slack:${CHANNEL}`)).toMatchObject([{ kind: 'city', value: 'Kabul' }]);
    // The permission check went to the Web API with the bot token.
    expect(slack.callsTo('users.info').at(-1)).toMatchObject({ token: TOKEN, params: { user: CREATOR } });
    expect(slack.callsTo('conversations.info').at(-1)).toMatchObject({ params: { channel: CHANNEL } });
  });

  it('forgives the wording: country, group, a bare name', async () => {
    expect((await run('/subscribe', 'country iraq')).reply.text).toContain('country Iraq (IQ)');
    expect((await run('/subscribe', 'group isis')).reply.text).toContain('group Islamic State');
    expect((await run('/subscribe', 'Pakistan')).reply.text).toContain('country Pakistan (PK)');
    const again = await run('/subscribe', 'country IQ');
    expect(again.reply.response_type).toBe('ephemeral');
    expect(again.reply.text).toContain('Already subscribed to country Iraq (IQ)');
  });

  it('tells a plain member which permission they lack and changes nothing', async () => {
    const { reply } = await run('/subscribe', 'city kabul', MEMBER);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(/can't change this channel's subscriptions: .*workspace admin or owner, or the person who created the channel/);
    expect(store.subscriptions.list()).toEqual([]);
    const guest = await run('/unsubscribe', 'city kabul', GUEST);
    expect(guest.reply.text).toMatch(/guests cannot change subscriptions/);
  });

  it('lets a workspace admin manage any channel, and warns when the bot is not in it', async () => {
    const { reply } = await run('/subscribe', 'city baghdad', ADMIN, 'C0OTHER001');
    expect(reply.response_type).toBe('in_channel');
    expect(reply.text).toContain('city Baghdad');
    expect(reply.text).toContain('/invite @Embassy Watch');
    expect(store.subscriptions.list('slack:C0OTHER001')).toHaveLength(1);
  });

  it('lists and removes subscriptions', async () => {
    await run('/subscribe', 'city kabul country iraq');
    const list = await run('/subscriptions', '');
    expect(list.reply.response_type).toBe('ephemeral');
    expect(JSON.stringify(list.reply.blocks)).toContain('city Kabul');
    expect(JSON.stringify(list.reply.blocks)).toContain('country Iraq (IQ)');
    const removed = await run('/unsubscribe', 'kabul');
    expect(removed.reply.text).toContain('unsubscribed this channel from city Kabul');
    const all = await run('/unsubscribe', 'all');
    expect(all.reply.text).toContain('country Iraq (IQ)');
    expect(store.subscriptions.list()).toEqual([]);
    expect((await run('/subscriptions', '')).reply.text).toContain('no subscriptions');
  });

  it('answers queries ephemerally and bad input with short usage help', async () => {
    const empty = await run('/incidents', 'kabul 7d', MEMBER);
    expect(empty.reply.response_type).toBe('ephemeral');
    expect(empty.reply.text).toContain('No incidents (Kabul, last 7 days)');
    const unknown = await run('/incidents', 'atlantis', MEMBER);
    expect(unknown.reply.response_type).toBe('ephemeral');
    expect(unknown.reply.text).toContain(`I don't know "atlantis"`);
    expect(unknown.reply.text).toContain('Usage: `/incidents');
    const badId = await run('/incident', 'abc', MEMBER);
    expect(badId.reply.text).toContain('"abc" is not an incident id');
    expect(badId.reply.text).toContain('Usage: `/incident ID`');
    const missing = await run('/incident', '#999', MEMBER);
    expect(missing.reply.text).toContain('no incident #999');
    const help = await run('/subscribe', '', MEMBER);
    expect(help.reply.text).toContain('Usage: `/subscribe');
  });

  it('escapes what users type when it comes back', async () => {
    const { reply } = await run('/subscribe', 'group <!channel>');
    expect(reply.text).toContain('group &lt;!channel&gt;');
    expect(JSON.stringify(reply)).not.toContain('<!channel>');
    const bad = await run('/incidents', 'city <@U999>', MEMBER);
    expect(JSON.stringify(bad.reply)).not.toContain('<@U999>');
  });

  it('refuses a badly signed request and a stale one', async () => {
    const before = slack.responses.length;
    const fields = { command: '/subscribe', text: 'city kabul', user_id: ADMIN, channel_id: CHANNEL, response_url: slack.responseUrl('forged') };
    const forged = await sendSlashCommand(endpoint, 'not-the-secret', fields);
    expect(forged.status).toBe(401);
    const garbled = await sendSlashCommand(endpoint, SECRET, fields, { signature: 'v0=deadbeef' });
    expect(garbled.status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    const old = await sendSlashCommand(endpoint, SECRET, fields, { timestamp: stale });
    expect(old.status).toBe(401);
    // A valid signature over an old timestamp is a replay: still refused.
    expect(slackSignature(SECRET, stale, 'x')).toMatch(/^v0=[0-9a-f]{64}$/);
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.responses.length).toBe(before);
    expect(store.subscriptions.list()).toEqual([]);
  });
});

describe('Slack Socket Mode', () => {
  it('connects through SLACK_API_URL with the app token and serves the commands', async () => {
    const fake = await startFakeSlack({ token: TOKEN, appToken: 'xapp-1-test-app-token' });
    fake.users.set(CREATOR, { id: CREATOR });
    fake.channels.set(CHANNEL, { id: CHANNEL, creator: CREATOR });
    const socketStore = createSqliteStore(':memory:');
    const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: TOKEN, SLACK_APP_TOKEN: 'xapp-1-test-app-token', SLACK_API_URL: fake.apiUrl });
    const socketPlatform = createSlackPlatform(config!);
    try {
      await socketPlatform.start({
        commands: { incidents: socketStore.incidents, subscriptions: socketStore.subscriptions, gazetteer: testGazetteer, now: () => new Date() },
        log: silentLogger(),
      });
      await fake.socketConnected();
      expect(socketPlatform.bot?.address).toBeNull();
      expect(fake.callsTo('apps.connections.open')[0]?.token).toBe('xapp-1-test-app-token');
      const ack = await fake.sendSocketSlashCommand({
        command: '/subscribe',
        text: 'city kabul',
        user_id: CREATOR,
        channel_id: CHANNEL,
        response_url: fake.responseUrl('socket-1'),
      });
      expect(ack.envelope_id).toBe('env-1');
      const reply = await fake.waitForResponse('socket-1');
      expect(reply.body).toMatchObject({ response_type: 'in_channel', text: `<@${CREATOR}> subscribed this channel to city Kabul.` });
      expect(socketStore.subscriptions.list(`slack:${CHANNEL}`)).toHaveLength(1);
    } finally {
      await socketPlatform.stop();
      socketStore.close();
      await fake.close();
    }
  });
});
