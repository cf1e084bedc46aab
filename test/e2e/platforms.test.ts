// Chat platforms through the real command line: an alert for a platform whose token is unset waits
// (no attempts burned) and `deliver` says so; and commands that need no platform do not load the
// platforms' SDKs (discord.js, @slack/bolt), which cost half a second or more at every start.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/index.ts';
import { BIN, CHILD_ENV, attackReports, cli, jsonLines } from '../helpers/cli.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { daysAgo, tempDir, writeFile } from '../helpers/temp.ts';

const dir = tempDir();
const config = writeFile(dir, 'config.yaml', 'sources:\n  - id: none\n    url: http://127.0.0.1:9/feed.xml\n');

describe('a platform without credentials', () => {
  it('holds its alerts, and `deliver --json` reports them as waiting for its credentials, every time, without attempts', async () => {
    const db = join(dir, 'waiting.db');
    const base = ['--config', config, '--db', db];
    expect((await cli([...base, 'subscribe', 'discord:123456789012345678', '--city', 'Mogadishu'])).code).toBe(0);
    const [attack] = attackReports(daysAgo(1)).attacks;
    const article = writeFile(dir, 'mogadishu.txt', `${attack!.title}\nPublished: ${attack!.published}\n\n${attack!.description}\n`);
    const ingest = jsonLines((await cli([...base, 'ingest', '--json', article])).stdout);
    expect(ingest[0]).toMatchObject({ decision: 'queued' });

    for (let pass = 0; pass < 2; pass++) {
      // The same each time: nothing attempted, nothing given up on.
      const lines = jsonLines((await cli([...base, 'deliver', '--json'])).stdout);
      expect(lines).toEqual([
        { incident: 1, channel: 'discord:123456789012345678', version: 1, status: 'waiting', messageRef: null, error: 'waiting for discord credentials' },
      ]);
    }
    const text = await cli([...base, 'deliver']);
    expect(text.stdout).toMatch(/→ discord:123456789012345678: waiting for discord credentials/);
    const store = createSqliteStore(db);
    expect(store.outbox.list({ channel: 'discord:123456789012345678' })).toMatchObject([{ status: 'pending', attempts: 0, lastError: null }]);
    store.close();
  }, 60_000);
});

describe('start-up', () => {
  // Reports (on stderr) every import of a chat SDK from our code, through a module resolve hook.
  const hook = `export async function resolve(spec, ctx, next) {
    const r = await next(spec, ctx);
    if (/node_modules\\/(discord\\.js|@slack\\/bolt)\\//.test(r.url) && !/node_modules/.test(ctx.parentURL ?? '')) process.stderr.write('SDK ' + spec + '\\n');
    return r;
  }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  const run = async (args: string[], env: Record<string, string> = {}) => {
    const { stderr, stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(register)}`, BIN, ...args],
      { env: { ...process.env, ...CHILD_ENV, ...env }, timeout: 60_000 },
    );
    return { stdout, sdks: stderr.split('\n').filter((l) => l.startsWith('SDK ')) };
  };

  it('loads no chat SDK for a command that needs none, even with the tokens set', async () => {
    const base = ['--config', config, '--db', join(dir, 'startup.db')];
    expect((await run([...base, 'subscriptions'])).sdks).toEqual([]);
    const tokens = { DISCORD_TOKEN: 'token', DISCORD_APPLICATION_ID: '101599669838499955', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect((await run([...base, 'subscriptions'], tokens)).sdks).toEqual([]);
    // Nothing to deliver to Discord or Slack: still not loaded.
    expect((await run([...base, 'deliver'], tokens)).sdks).toEqual([]);
    // The platform commands still exist, and the help lists them.
    const help = await run(['--help']);
    expect(help.stdout).toContain('discord:register');
    expect(help.sdks).toContain('SDK discord.js');
  }, 60_000);
});
