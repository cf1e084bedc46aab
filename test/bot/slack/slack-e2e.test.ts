// End to end: /subscribe through Bolt, then articles become a Slack alert posted through the
// real WebClient to the local Slack-compatible API; a second report edits the first message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app/app.ts';
import { silentLogger } from '../../../src/app/logger.ts';
import type { SlackPlatform } from '../../../src/bot/slack/index.ts';
import { sendSlashCommand, startFakeSlack, type FakeSlack } from '../../helpers/slack-server.ts';

const TOKEN = 'xoxb-test-e2e-token';
const SECRET = 'e2e-signing-secret';
const CHANNEL = 'C0SECOPS01';
const CREATOR = 'U0CREATOR1';

let dir: string;
let slack: FakeSlack;
let app: App;
let endpoint: string;
/** The app's clock runs this far ahead of the wall clock, to make a rescheduled delivery due. */
let aheadMs = 0;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const spelled = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function article(name: string, title: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `${title}\nPublished: ${day(0)}\n\n${body}\n`);
  return path;
}

async function subscribe(text: string) {
  const id = `sub-${text}`;
  const res = await sendSlashCommand(endpoint, SECRET, {
    command: '/subscribe',
    text,
    user_id: CREATOR,
    channel_id: CHANNEL,
    response_url: slack.responseUrl(id),
  });
  expect(res.status).toBe(200);
  return (await slack.waitForResponse(id)).body as { text: string };
}

beforeEach(async () => {
  aheadMs = 0;
  dir = mkdtempSync(join(tmpdir(), 'embassy-watch-slack-'));
  slack = await startFakeSlack({ token: TOKEN });
  slack.users.set(CREATOR, { id: CREATOR });
  slack.channels.set(CHANNEL, { id: CHANNEL, creator: CREATOR, is_member: true });
  const configPath = join(dir, 'config.yaml');
  writeFileSync(configPath, 'sources: []\n');
  app = createApp({
    configPath,
    dbPath: join(dir, 'test.db'),
    log: silentLogger(),
    now: () => new Date(Date.now() + aheadMs),
    env: { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0', HOST: '127.0.0.1' },
  });
  const platform = app.platforms.find((p) => p.name === 'slack') as SlackPlatform | undefined;
  expect(platform).toBeDefined();
  await platform!.start({ commands: app.commands, log: app.log });
  endpoint = `http://127.0.0.1:${platform!.bot!.address!.port}/slack/events`;
});

afterEach(async () => {
  await Promise.all(app.platforms.map((p) => p.stop()));
  app.close();
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

const attackDay = spelled(day(-1));

describe('Slack end to end', () => {
  it('/subscribe, then an article becomes one alert, and a second report edits it', async () => {
    expect((await subscribe('city kabul')).text).toContain('subscribed this channel to city Kabul');

    const first = app.ingestFile(
      article(
        'a1.txt',
        'Gunmen attack Pakistani embassy in Kabul, two guards killed',
        `Gunmen attacked the Pakistani embassy in Kabul on ${attackDay}, killing two guards, police said. ` +
          'The attackers opened fire at the gate of the embassy compound before fleeing.',
      ),
    );
    expect(first.decision).toBe('queued');
    expect(first.channels).toEqual([`slack:${CHANNEL}`]);

    const reports = await app.deliverOnce();
    expect(reports).toMatchObject([{ channel: `slack:${CHANNEL}`, status: 'sent' }]);
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ token: TOKEN, params: { channel: CHANNEL, unfurl_links: 'false' } });
    const blocks = posts[0]!.params.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]?.type).toBe('header');
    expect(blocks[0]?.text?.text).toMatch(/Kabul/);
    expect(JSON.stringify(blocks)).toContain('Developing: 1 source');
    expect(String(posts[0]!.params.text)).toMatch(/Kabul/);
    const ts = [...slack.messages.values()][0]!.ts;
    expect(reports[0]?.messageRef).toBe(`${CHANNEL}:${ts}`);

    const second = app.ingestFile(
      article(
        'a2.txt',
        'Attack on Pakistan embassy in Kabul: death toll rises to three',
        `Gunmen attacked the Pakistani embassy in Kabul on ${attackDay}, killing three guards and wounding four, officials said.`,
      ),
    );
    expect(second.incidentId).toBe(first.incidentId);
    const again = await app.deliverOnce();
    expect(again).toMatchObject([{ status: 'sent', messageRef: `${CHANNEL}:${ts}` }]);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    const updates = slack.callsTo('chat.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.params).toMatchObject({ channel: CHANNEL, ts });
    expect(JSON.stringify(updates[0]?.params.blocks)).toContain('Updated: ');
    expect(JSON.stringify(updates[0]?.params.blocks)).toContain('Confirmed by 2 sources');
    expect(slack.messages.size).toBe(1);
  });

  it('a hostile feed title arrives escaped', async () => {
    await subscribe('city kabul');
    const hostile = 'Gunmen attack Pakistani embassy in Kabul <!channel> <@U0BOSS0001> <http://evil.example|reuters.com>';
    app.ingestFile(
      article('h.txt', hostile, `Gunmen attacked the Pakistani embassy in Kabul on ${attackDay}, killing two guards, police said.`),
    );
    const reports = await app.deliverOnce();
    expect(reports).toMatchObject([{ status: 'sent' }]);
    const [post] = slack.callsTo('chat.postMessage');
    const wire = JSON.stringify(post?.params);
    expect(wire).not.toContain('<!channel>');
    expect(wire).not.toContain('<@U0BOSS0001>');
    expect(wire).not.toContain('<http://evil.example');
    expect(wire).toContain('&lt;!channel&gt; &lt;@U0BOSS0001&gt; &lt;http://evil.example|reuters.com&gt;');
  });

  it('honours a 429: waits Retry-After and posts once; a long one goes back to the outbox', async () => {
    await subscribe('city kabul');
    app.ingestFile(
      article('r.txt', 'Gunmen attack Pakistani embassy in Kabul', `Gunmen attacked the Pakistani embassy in Kabul on ${attackDay}, killing two guards.`),
    );
    slack.rateLimit('chat.postMessage', 600);
    const deferred = await app.deliverOnce();
    expect(deferred).toMatchObject([{ status: 'retry' }]);
    expect(deferred[0]?.error).toMatch(/rate limited/);
    const [pending] = app.store.outbox.list({ status: 'pending' });
    expect(Date.parse(pending!.nextAttemptAt) - Date.now()).toBeGreaterThan(590_000);
    expect(slack.messages.size).toBe(0);

    // Make it due again; this time the 429 is short and waited out in place.
    aheadMs = 11 * 60_000;
    slack.rateLimit('chat.postMessage', 1);
    const sent = await app.deliverOnce();
    expect(sent).toMatchObject([{ status: 'sent' }]);
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(3); // 429 (long), 429 (short), the post
    expect(posts[2]!.at - posts[1]!.at).toBeGreaterThanOrEqual(950);
    expect(slack.messages.size).toBe(1);
  });
});
