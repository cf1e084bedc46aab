// The dispatcher against a loopback receiver that misbehaves on a schedule: 429 with Retry-After,
// 500, a response that never comes (the sink's timeout aborts it), refused connections, 404/403.
// Real SQLite outbox, real webhook sink, a hand-driven clock. Asserts what crossed the wire.
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sink } from '../../src/alerts/ports.ts';
import { emptyFacts, type IncidentFacts } from '../../src/alerts/types.ts';
import { deliverPending, retryDelayMs, type DeliveryReport, type DispatcherDeps } from '../../src/app/dispatcher.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { createWebhookSink } from '../../src/bot/webhook/webhook-sink.ts';
import { createSqliteStore, type Store } from '../../src/store/index.ts';
import { createSqliteOutboxStore } from '../../src/store/outbox-store.ts';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.ts';
import { tempDir } from '../helpers/temp.ts';

type Answer = { status: number; headers?: Record<string, string> } | 'hang' | 'destroy';

interface Post {
  path: string;
  key: string;
  incidentId: number;
  version: number;
  type: string;
  answered: number | 'hang' | 'destroy';
}

const dir = tempDir();
let n = 0;
const BASE_MS = 1_000;

/** A receiver whose answers per path are scripted; after the script runs out it answers 204. */
function receiver() {
  const scripts = new Map<string, Answer[]>();
  const posts: Post[] = [];
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { incidentId: number; version: number; type: string };
    const path = req.url ?? '';
    const answer = scripts.get(path)?.shift() ?? { status: 204 };
    posts.push({
      path,
      key: String(req.headers['idempotency-key']),
      incidentId: body.incidentId,
      version: body.version,
      type: body.type,
      answered: typeof answer === 'string' ? answer : answer.status,
    });
    if (answer === 'hang') return; // never answers: the sink's timeout must abort
    if (answer === 'destroy') {
      req.socket.destroy();
      return;
    }
    res.writeHead(answer.status, answer.headers ?? {});
    res.end();
  };
  return { scripts, posts, handler };
}

function facts(city: string): IncidentFacts {
  return { ...emptyFacts(), city, hostCountry: 'SO', targetCountries: ['TR'], attackTypes: ['armed_assault'], date: '2026-01-01' };
}

function setup(store: Store, clock: { t: number }, overrides: Partial<DispatcherDeps> = {}): DispatcherDeps {
  return {
    outbox: store.outbox,
    incidents: store.incidents,
    sinks: { webhook: createWebhookSink({ timeoutMs: 1000 }) },
    countryName: (c) => c,
    now: () => new Date(clock.t),
    log: silentLogger(),
    concurrency: 4,
    maxAttempts: 6,
    retryBaseMs: BASE_MS,
    ...overrides,
  };
}

/** Runs the dispatcher until nothing is pending, moving the clock to each next attempt. */
async function drain(deps: DispatcherDeps, store: Store, clock: { t: number }, maxRounds = 30): Promise<DeliveryReport[]> {
  const reports: DeliveryReport[] = [];
  for (let round = 0; round < maxRounds; round++) {
    reports.push(...(await deliverPending(deps)));
    const pending = store.outbox.list({ status: 'pending' });
    if (pending.length === 0) return reports;
    clock.t = Math.max(clock.t, Math.min(...pending.map((d) => Date.parse(d.nextAttemptAt))));
  }
  throw new Error('outbox did not drain');
}

describe('dispatcher under platform faults', () => {
  const hook = receiver();
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer(hook.handler);
  });
  afterAll(async () => server?.close());

  it('retries 500, 429 with Retry-After, timeouts and dropped connections with back-off, in order, once each', async () => {
    const store = createSqliteStore(join(dir, `faults-${++n}.db`));
    const clock = { t: Date.parse('2026-01-02T00:00:00Z') };
    const channel = `webhook:${server.url}/flaky`;
    const other = `webhook:${server.url}/steady`;
    hook.scripts.set('/flaky', [{ status: 500 }, { status: 429, headers: { 'retry-after': '7' } }, 'hang', 'destroy', { status: 503 }]);
    const first = store.incidents.create(facts('Mogadishu'), 0.9, 'now');
    const second = store.incidents.create(facts('Kabul'), 0.9, 'now');
    store.outbox.enqueue(first, channel, 1, new Date(clock.t).toISOString());
    store.outbox.enqueue(second, channel, 1, new Date(clock.t).toISOString());
    store.outbox.enqueue(second, other, 1, new Date(clock.t).toISOString());
    const deps = setup(store, clock, { random: () => 0.5 });

    const firstRound = await deliverPending(deps);
    // The healthy channel is not held up by the flaky one; the flaky one's second alert waits.
    expect(firstRound.map((r) => [r.channel.split('/').pop(), r.incidentId, r.status])).toEqual([
      ['flaky', first, 'retry'],
      ['steady', second, 'sent'],
    ]);
    const waits: number[] = [];
    const errors: string[] = [];
    for (let round = 0; round < 10; round++) {
      const [d] = store.outbox.list({ channel }).filter((x) => x.status === 'pending' && x.incidentId === first);
      if (!d) break;
      waits.push(Date.parse(d.nextAttemptAt) - clock.t);
      errors.push(d.lastError ?? '');
      // Nothing of the channel is due before the waiting alert: the later one is held back too.
      clock.t = Date.parse(d.nextAttemptAt) - 1;
      expect(await deliverPending(deps)).toEqual([]);
      clock.t += 1;
      await deliverPending(deps);
    }
    // 500 → base; 429 → its Retry-After (7 s) plus ≤ 10% jitter; timeout → 4×; dropped → 8×; 503 → 16×.
    expect(waits).toEqual([BASE_MS, 7_350, 4 * BASE_MS, 8 * BASE_MS, 16 * BASE_MS]);
    expect(errors[0]).toContain('500');
    expect(errors[1]).toContain('429');
    expect(errors[2]).toMatch(/timed out after 1000 ms/);
    expect(errors[3]).toMatch(/unreachable/);
    expect(errors[4]).toContain('503');
    await drain(deps, store, clock);

    const flaky = hook.posts.filter((p) => p.path === '/flaky');
    // Six attempts for the first alert, all with one key; then the second alert, once.
    expect(flaky.map((p) => [p.incidentId, p.answered])).toEqual([
      [first, 500],
      [first, 429],
      [first, 'hang'],
      [first, 'destroy'],
      [first, 503],
      [first, 204],
      [second, 204],
    ]);
    expect(new Set(flaky.filter((p) => p.incidentId === first).map((p) => p.key)).size).toBe(1);
    expect(flaky[6]!.key).not.toBe(flaky[0]!.key);
    expect(store.outbox.list().map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
    store.close();
  });

  it('stops at a permanent refusal, records the reason and reports it once; the channel\'s next alert still goes', async () => {
    const store = createSqliteStore(join(dir, `faults-${++n}.db`));
    const clock = { t: Date.parse('2026-01-02T00:00:00Z') };
    hook.scripts.set('/gone', [{ status: 404 }]);
    hook.scripts.set('/forbidden', [{ status: 403 }, { status: 403 }]);
    const a = store.incidents.create(facts('Mogadishu'), 0.9, 'now');
    const b = store.incidents.create(facts('Kabul'), 0.9, 'now');
    const at = new Date(clock.t).toISOString();
    store.outbox.enqueue(a, `webhook:${server.url}/gone`, 1, at);
    store.outbox.enqueue(a, `webhook:${server.url}/forbidden`, 1, at);
    store.outbox.enqueue(b, `webhook:${server.url}/gone`, 1, at);
    const deps = setup(store, clock);
    const reports = await drain(deps, store, clock);
    for (let i = 0; i < 3; i++) {
      clock.t += 3_600_000;
      reports.push(...(await deliverPending(deps)));
      // A newer version of a failed delivery does not revive it: the dead channel is not retried.
      store.outbox.enqueue(a, `webhook:${server.url}/forbidden`, 2 + i, new Date(clock.t).toISOString());
    }
    expect(reports.map((r) => [r.channel.split('/').pop(), r.incidentId, r.status, r.error])).toEqual([
      ['gone', a, 'failed', 'webhook refused the alert with 404'],
      ['forbidden', a, 'failed', 'webhook refused the alert with 403'],
      ['gone', b, 'sent', null],
    ]);
    expect(hook.posts.filter((p) => p.path === '/forbidden')).toHaveLength(1);
    expect(store.outbox.list({ status: 'failed' }).map((d) => d.lastError)).toEqual([
      'webhook refused the alert with 404',
      'webhook refused the alert with 403',
    ]);
    store.close();
  });

  it('gives up after maxAttempts transient failures, reporting once', async () => {
    const store = createSqliteStore(join(dir, `faults-${++n}.db`));
    const clock = { t: Date.parse('2026-01-02T00:00:00Z') };
    hook.scripts.set('/down', Array.from({ length: 20 }, () => ({ status: 502 })));
    const a = store.incidents.create(facts('Mogadishu'), 0.9, 'now');
    store.outbox.enqueue(a, `webhook:${server.url}/down`, 1, new Date(clock.t).toISOString());
    const reports = await drain(setup(store, clock, { maxAttempts: 3 }), store, clock);
    expect(reports.map((r) => r.status)).toEqual(['retry', 'retry', 'failed']);
    expect(reports[2]!.error).toBe('gave up after 3 attempts: webhook answered 502');
    expect(hook.posts.filter((p) => p.path === '/down')).toHaveLength(3);
    store.close();
  });

  it('retries a refused connection as transient', async () => {
    const store = createSqliteStore(join(dir, `faults-${++n}.db`));
    const clock = { t: Date.parse('2026-01-02T00:00:00Z') };
    const closed = await startHttpServer(() => undefined);
    await closed.close(); // its port now refuses connections
    const a = store.incidents.create(facts('Mogadishu'), 0.9, 'now');
    store.outbox.enqueue(a, `webhook:${closed.url}/x`, 1, new Date(clock.t).toISOString());
    const [report] = await deliverPending(setup(store, clock));
    expect(report).toMatchObject({ status: 'retry', error: expect.stringMatching(/webhook unreachable: fetch failed.*ECONNREFUSED/) });
    expect(store.outbox.list()[0]).toMatchObject({ status: 'pending', attempts: 1 });
    store.close();
  });

  it('never sends one delivery twice when two dispatchers run at once', async () => {
    const store = createSqliteStore(join(dir, `faults-${++n}.db`));
    const clock = { t: Date.parse('2026-01-02T00:00:00Z') };
    const at = new Date(clock.t).toISOString();
    const ids = Array.from({ length: 5 }, (_, i) => store.incidents.create(facts(`City${i}`), 0.9, 'now'));
    for (const id of ids) store.outbox.enqueue(id, `webhook:${server.url}/concurrent`, 1, at);
    const deps = setup(store, clock);
    const reports = (await Promise.all([deliverPending(deps), deliverPending(deps), deliverPending(deps)])).flat();
    await drain(deps, store, clock);
    const posts = hook.posts.filter((p) => p.path === '/concurrent');
    expect(posts.map((p) => p.incidentId)).toEqual(ids);
    expect(reports.filter((r) => r.status === 'sent')).toHaveLength(5);
    store.close();
  });
});

describe('a send left unconfirmed by a crash', () => {
  const hook = receiver();
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer(hook.handler);
  });
  afterAll(async () => server?.close());

  /** What a sink was asked to send: the nonce must be stable per (delivery, version). */
  function recording(inner: Sink) {
    const calls: { version: number; nonce: string; isUpdate: boolean; previousMessageRef: string | null }[] = [];
    const sink: Sink = {
      async send(target, alert, context) {
        calls.push({ version: alert.version, nonce: context.nonce, isUpdate: alert.isUpdate, previousMessageRef: context.previousMessageRef });
        return inner.send(target, alert, context);
      },
    };
    return { sink, calls };
  }

  it('is retried with the same nonce after a restart, and a newer version queued meanwhile follows with a new one', async () => {
    const path = join(dir, `crash-${++n}.db`);
    const channel = `webhook:${server.url}/crash`;
    const clock = { t: Date.parse('2026-01-02T00:00:00Z') };
    const at = () => new Date(clock.t).toISOString();
    // Process 1 claims the delivery and "dies" mid-send (the POST reached the receiver, no record).
    const before = createSqliteStore(path);
    const id = before.incidents.create(facts('Mogadishu'), 0.9, 'now');
    before.outbox.enqueue(id, channel, 1, at());
    const [d] = before.outbox.due(at(), 10);
    const deadOwner = createSqliteOutboxStore(before.db, { owner: '999999999:dead' });
    expect(deadOwner.markInFlight(d!.id, at())).toBe(true);
    const firstKey = `embassy-watch-${id}-${d!.nonce}`;
    // A newer report of the same attack arrives before the restart.
    before.incidents.updateFacts(id, { ...facts('Mogadishu'), killed: 2 }, 0.9, at());
    before.outbox.enqueue(id, channel, 2, at());
    before.close();

    const store = createSqliteStore(path);
    const [restarted] = store.outbox.list();
    expect(restarted).toMatchObject({ version: 2, inFlightVersion: 1, inFlightNonce: d!.nonce });
    expect(restarted!.inFlightSince).not.toBeNull();
    expect(restarted!.nonce).not.toBe(d!.nonce);
    const { sink, calls } = recording(createWebhookSink({ timeoutMs: 1000 }));
    clock.t += 1000;
    const reports = await drain(setup(store, clock, { sinks: { webhook: sink } }), store, clock);
    expect(reports).toMatchObject([{ status: 'sent', version: 2 }]);
    expect(calls).toEqual([
      { version: 1, nonce: d!.nonce, isUpdate: false, previousMessageRef: null },
      { version: 2, nonce: restarted!.nonce, isUpdate: true, previousMessageRef: null },
    ]);
    expect(hook.posts.map((p) => [p.key, p.version, p.type])).toEqual([
      [firstKey, 1, 'incident.created'],
      [`embassy-watch-${id}-${restarted!.nonce}`, 2, 'incident.updated'],
    ]);
    expect(store.outbox.get(restarted!.id)).toMatchObject({ status: 'sent', sentVersion: 2, inFlightSince: null, inFlightNonce: null });
    store.close();
  });

  it('keeps the nonce of an unconfirmed send through transient failures and re-queues of the same version', async () => {
    const store = createSqliteStore(join(dir, `crash-${++n}.db`));
    const channel = `webhook:${server.url}/lost-response`;
    hook.scripts.set('/lost-response', ['hang', { status: 500 }]);
    const clock = { t: Date.parse('2026-01-02T00:00:00Z') };
    const id = store.incidents.create(facts('Mogadishu'), 0.9, 'now');
    store.outbox.enqueue(id, channel, 1, new Date(clock.t).toISOString());
    const nonce = store.outbox.list()[0]!.nonce;
    const deps = setup(store, clock);
    expect(await deliverPending(deps)).toMatchObject([{ status: 'retry' }]);
    // The same version queued again (another report that changed nothing) keeps the nonce.
    store.outbox.enqueue(id, channel, 1, new Date(clock.t).toISOString());
    expect(store.outbox.list()[0]).toMatchObject({ nonce, inFlightNonce: nonce, inFlightVersion: 1 });
    await drain(deps, store, clock);
    const keys = hook.posts.filter((p) => p.path === '/lost-response').map((p) => p.key);
    expect(keys).toEqual([`embassy-watch-${id}-${nonce}`, `embassy-watch-${id}-${nonce}`, `embassy-watch-${id}-${nonce}`]);
    store.close();
  });

  it('leaves a delivery alone while another live process holds it, and takes over a stale claim', async () => {
    const store = createSqliteStore(join(dir, `claim-${++n}.db`));
    const clock = { t: Date.parse('2026-01-02T00:00:00Z') };
    const at = () => new Date(clock.t).toISOString();
    const a = store.incidents.create(facts('Mogadishu'), 0.9, 'now');
    const b = store.incidents.create(facts('Kabul'), 0.9, 'now');
    store.outbox.enqueue(a, `webhook:${server.url}/held`, 1, at());
    store.outbox.enqueue(b, `webhook:${server.url}/held`, 1, at());
    // The parent of this test process is alive: its claim is respected, and so is the channel's order.
    const other = createSqliteOutboxStore(store.db, { owner: `${process.ppid}:other` });
    expect(other.markInFlight(store.outbox.list()[0]!.id, at())).toBe(true);
    expect(store.outbox.due(at(), 10)).toEqual([]);
    expect(await deliverPending(setup(store, clock))).toEqual([]);
    clock.t += 11 * 60_000;
    expect(store.outbox.due(at(), 10).map((d) => d.incidentId)).toEqual([a, b]);
    store.close();
  });
});

describe('retry delay', () => {
  it('grows exponentially with ±20% jitter and honours Retry-After', () => {
    expect(retryDelayMs(1, null, 1000, () => 0)).toBe(800);
    expect(retryDelayMs(1, null, 1000, () => 1)).toBe(1200);
    expect(retryDelayMs(4, null, 1000, () => 0.5)).toBe(8000);
    expect(retryDelayMs(30, null, 1000, () => 0.5)).toBe(3_600_000);
    expect(retryDelayMs(1, 7000, 1000, () => 0)).toBe(7000);
    expect(retryDelayMs(1, 7000, 1000, () => 1)).toBe(7700);
    expect(retryDelayMs(1, 86_400_000, 1000, () => 0)).toBe(3_600_000);
  });
});

describe('a platform with no sink configured', () => {
  const hook = receiver();
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer(hook.handler);
  });
  afterAll(async () => server?.close());

  it('holds its deliveries without attempts or back-off, says so once, and sends them once a sink exists', async () => {
    const store = createSqliteStore(join(dir, `waiting-${++n}.db`));
    const clock = { t: Date.parse('2026-01-02T00:00:00Z') };
    const at = () => new Date(clock.t).toISOString();
    const a = store.incidents.create(facts('Mogadishu'), 0.9, 'now');
    store.outbox.enqueue(a, 'discord:123456789012345678', 1, at());
    store.outbox.enqueue(a, `webhook:${server.url}/beside`, 1, at());
    const warnings: string[] = [];
    const log = { ...silentLogger(), warn: (_fields: unknown, msg: string) => void warnings.push(msg) } as ReturnType<typeof silentLogger>;
    const waitingLogged = new Set<string>();
    const deps = setup(store, clock, { log, waitingLogged });
    const held = store.outbox.list().find((d) => d.channel.startsWith('discord:'))!;

    for (let pass = 0; pass < 5; pass++) {
      const reports = await deliverPending(deps);
      expect(reports.map((r) => [r.channel.split(':')[0], r.status, r.error])).toEqual(
        pass === 0
          ? [['discord', 'waiting', 'waiting for discord credentials'], ['webhook', 'sent', null]]
          : [['discord', 'waiting', 'waiting for discord credentials']],
      );
      clock.t += 30_000;
    }
    // Untouched: no attempt burned, no back-off, nothing recorded as an error; one warning in all.
    expect(store.outbox.get(held.id)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: held.nextAttemptAt, lastError: null });
    expect(warnings).toEqual(['alerts waiting for discord credentials: set its token to deliver them']);

    const sent: string[] = [];
    const discord: Sink = { send: async (target) => (sent.push(target), { messageRef: 'm1' }) };
    const reports = await deliverPending({ ...deps, sinks: { ...deps.sinks, discord } });
    expect(reports).toMatchObject([{ status: 'sent', messageRef: 'm1' }]);
    expect(sent).toEqual(['123456789012345678']);
    store.close();
  });
});

describe('the unconfirmed flag', () => {
  it('tells the sink when an earlier send of this nonce may have arrived, and since when, and only then', async () => {
    const store = createSqliteStore(join(dir, `unconfirmed-${++n}.db`));
    const clock = { t: Date.parse('2026-01-02T00:00:00Z') };
    const at = () => new Date(clock.t).toISOString();
    const a = store.incidents.create(facts('Mogadishu'), 0.9, 'now');
    const b = store.incidents.create(facts('Kabul'), 0.9, 'now');
    store.outbox.enqueue(a, 'chat:crashed', 1, at());
    store.outbox.enqueue(b, 'chat:fresh', 1, at());
    // A dead process claimed the first one and died mid-send.
    const [d] = store.outbox.due(at(), 10);
    const crashedAt = at();
    expect(createSqliteOutboxStore(store.db, { owner: '999999999:dead' }).markInFlight(d!.id, crashedAt)).toBe(true);
    clock.t += 3_600_000; // restarted an hour later
    const seen: { target: string; nonce: string; unconfirmed: boolean | undefined; firstAttemptAt: string | undefined }[] = [];
    const chat: Sink = {
      async send(target, _alert, context) {
        seen.push({ target, nonce: context.nonce, unconfirmed: context.unconfirmed, firstAttemptAt: context.firstAttemptAt });
        return { messageRef: `${target}-1` };
      },
    };
    const deps: DispatcherDeps = {
      outbox: store.outbox,
      incidents: store.incidents,
      sinks: { chat },
      countryName: (c) => c,
      now: () => new Date(clock.t),
      log: silentLogger(),
      concurrency: 1,
      maxAttempts: 5,
    };
    await deliverPending(deps);
    expect(seen).toEqual([
      { target: 'crashed', nonce: d!.nonce, unconfirmed: true, firstAttemptAt: crashedAt },
      { target: 'fresh', nonce: store.outbox.list()[1]!.nonce, unconfirmed: undefined, firstAttemptAt: undefined },
    ]);
    store.close();
  });
});
