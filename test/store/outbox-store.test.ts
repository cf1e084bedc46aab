// The outbox's idempotency state: a nonce per (delivery, version), the unconfirmed send kept until
// confirmed, claims that keep two senders apart, and the migration of a database from before them.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../../src/alerts/types.ts';
import { createSqliteStore } from '../../src/store/index.ts';
import { createSqliteOutboxStore } from '../../src/store/outbox-store.ts';
import { SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { tempDir } from '../helpers/temp.ts';

const dir = tempDir();
let n = 0;
const T = (s: number) => new Date(Date.parse('2026-01-01T00:00:00Z') + s * 1000).toISOString();

function withIncident() {
  const store = createSqliteStore(join(dir, `outbox-${++n}.db`));
  const id = store.incidents.create({ ...emptyFacts(), city: 'Kabul' }, 0.9, T(0));
  return { store, id };
}

describe('outbox store', () => {
  it('keeps one nonce per (delivery, version): retries and re-queues of the version keep it, a new version changes it', () => {
    const { store, id } = withIncident();
    store.outbox.enqueue(id, 'console', 1, T(0));
    const [d] = store.outbox.due(T(0), 10);
    expect(store.outbox.markInFlight(d!.id, T(1))).toBe(true);
    store.outbox.reschedule(d!.id, 'timeout', T(2), T(1));
    store.outbox.enqueue(id, 'console', 1, T(2));
    expect(store.outbox.get(d!.id)).toMatchObject({ nonce: d!.nonce, attempts: 1, inFlightSince: null, inFlightNonce: d!.nonce, inFlightVersion: 1, inFlightFirstAt: T(1) });
    store.outbox.enqueue(id, 'console', 2, T(3));
    const v2 = store.outbox.get(d!.id)!;
    expect(v2.nonce).not.toBe(d!.nonce);
    // The unconfirmed send of version 1 is still on record, to be settled with its own nonce.
    expect(v2).toMatchObject({ version: 2, inFlightNonce: d!.nonce, inFlightVersion: 1 });
    expect(store.outbox.markInFlight(d!.id, T(4))).toBe(true);
    // A retry keeps the time of the first attempt: where a search for an earlier post starts.
    expect(store.outbox.get(d!.id)).toMatchObject({ inFlightSince: T(4), inFlightFirstAt: T(1) });
    store.outbox.markSent(d!.id, 1, 'msg-1', T(5));
    expect(store.outbox.get(d!.id)).toMatchObject({ status: 'pending', sentVersion: 1, messageRef: 'msg-1', inFlightNonce: null, inFlightFirstAt: null, nonce: v2.nonce });
    expect(store.outbox.markInFlight(d!.id, T(6))).toBe(true);
    expect(store.outbox.get(d!.id)).toMatchObject({ inFlightNonce: v2.nonce, inFlightVersion: 2, inFlightFirstAt: T(6) });
    store.outbox.markSent(d!.id, 2, 'msg-1', T(7));
    expect(store.outbox.get(d!.id)).toMatchObject({ status: 'sent', sentVersion: 2, inFlightNonce: null, inFlightVersion: null, inFlightFirstAt: null });
    store.close();
  });

  it('lets one sender claim a delivery at a time and refuses a claim on one no longer due', () => {
    const { store, id } = withIncident();
    store.outbox.enqueue(id, 'console', 1, T(0));
    const [d] = store.outbox.due(T(0), 10);
    expect(store.outbox.markInFlight(d!.id, T(1))).toBe(true);
    expect(store.outbox.markInFlight(d!.id, T(1))).toBe(false); // already being sent by this process
    store.outbox.reschedule(d!.id, '500', T(60), T(2));
    expect(store.outbox.markInFlight(d!.id, T(3))).toBe(false); // waiting for its retry
    expect(store.outbox.markInFlight(d!.id, T(60))).toBe(true);
    store.outbox.markSent(d!.id, 1, null, T(61));
    expect(store.outbox.markInFlight(d!.id, T(62))).toBe(false); // sent
    store.close();
  });

  it('takes over a claim of a dead process at once, of a live one only when stale', () => {
    const { store, id } = withIncident();
    store.outbox.enqueue(id, 'console', 1, T(0));
    const [d] = store.outbox.due(T(0), 10);
    const dead = createSqliteOutboxStore(store.db, { owner: '999999999:gone' });
    expect(dead.markInFlight(d!.id, T(1))).toBe(true);
    expect(store.outbox.due(T(2), 10)).toHaveLength(1);
    expect(store.outbox.markInFlight(d!.id, T(2))).toBe(true);
    const live = createSqliteOutboxStore(store.db, { owner: `${process.ppid}:parent`, staleClaimMs: 60_000 });
    store.outbox.reschedule(d!.id, 'x', T(2), T(2));
    expect(live.markInFlight(d!.id, T(3))).toBe(true);
    expect(store.outbox.markInFlight(d!.id, T(4))).toBe(false);
    expect(createSqliteOutboxStore(store.db, { staleClaimMs: 60_000 }).markInFlight(d!.id, T(64))).toBe(true);
    store.close();
  });

  it('migrates a database from before the in-flight columns, keeping a delivery caught mid-send', () => {
    const { store, id } = withIncident();
    const path = store.db.name;
    store.close();
    // Back to schema version 1: the deliveries table as the first migration made it.
    const v1 = new Database(path);
    for (const column of ['in_flight_version', 'in_flight_nonce', 'in_flight_owner', 'in_flight_first_at']) v1.exec(`ALTER TABLE deliveries DROP COLUMN ${column}`);
    v1.exec('ALTER TABLE articles DROP COLUMN process_error');
    v1.pragma('user_version = 1');
    v1.prepare(`INSERT INTO deliveries (incident_id, channel, version, status, next_attempt_at, in_flight_since, nonce, created_at, updated_at, attempts)
      VALUES (?, 'console', 1, 'pending', ?, ?, 'abc', ?, ?, 1)`).run(id, T(0), T(1), T(0), T(1));
    v1.close();
    const reopened = createSqliteStore(path);
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    // Its owner is unknown: treated as dead, so it is due and resent with its stored nonce.
    expect(reopened.outbox.due(T(2), 10)).toMatchObject([{ nonce: 'abc', inFlightSince: T(1), inFlightNonce: null }]);
    reopened.close();
  });

  it('migrates a send left unconfirmed before first-attempt times were kept: its search starts at the delivery\'s creation', () => {
    const { store, id } = withIncident();
    store.outbox.enqueue(id, 'console', 1, T(0));
    store.outbox.enqueue(id, 'slack:C1', 1, T(0));
    const [unconfirmed, idle] = store.outbox.due(T(0), 10);
    store.outbox.markInFlight(unconfirmed!.id, T(30));
    store.outbox.reschedule(unconfirmed!.id, 'timeout', T(40), T(31));
    const path = store.db.name;
    store.close();
    const v3 = new Database(path);
    v3.exec('ALTER TABLE deliveries DROP COLUMN in_flight_first_at');
    v3.pragma('user_version = 3');
    v3.close();
    const reopened = createSqliteStore(path);
    expect(reopened.outbox.get(unconfirmed!.id)).toMatchObject({ inFlightNonce: unconfirmed!.nonce, inFlightFirstAt: T(0) });
    expect(reopened.outbox.get(idle!.id)).toMatchObject({ inFlightNonce: null, inFlightFirstAt: null });
    reopened.close();
  });

  it('lists due deliveries of some platforms only, or of all but some, keeping each channel\'s order', () => {
    const { store, id } = withIncident();
    const other = store.incidents.create(emptyFacts(), 0.5, T(0));
    for (const channel of ['discord:111111111111111111', 'console', 'webhook:http://x/a', 'slack:C1']) store.outbox.enqueue(id, channel, 1, T(0));
    store.outbox.enqueue(other, 'discord:111111111111111111', 1, T(0));
    const channels = (filter?: { include?: string[]; exclude?: string[] }) => store.outbox.due(T(1), 10, filter).map((d) => `${d.incidentId === id ? 1 : 2}@${d.channel}`);
    expect(channels({ include: ['console', 'webhook'] })).toEqual(['1@console', '1@webhook:http://x/a']);
    expect(channels({ exclude: ['console', 'webhook'] })).toEqual(['1@discord:111111111111111111', '1@slack:C1', '2@discord:111111111111111111']);
    expect(channels({ include: [] })).toEqual([]);
    expect(channels()).toHaveLength(5);
    store.close();
  });
});
