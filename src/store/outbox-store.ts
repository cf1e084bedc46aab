// The outbox: one delivery per (incident, channel), queued in the incident's transaction.
// Sends are claimed by a process (owner) before they start; a send whose outcome is unknown keeps
// its version and nonce until confirmed, so any retry is recognisable to the platform.
import { randomBytes } from 'node:crypto';
import type { Delivery, DeliveryStatus, OutboxRepo } from '../alerts/ports.ts';
import type { Db } from './database.ts';

interface DeliveryRow {
  id: number;
  incident_id: number;
  channel: string;
  version: number;
  sent_version: number | null;
  status: DeliveryStatus;
  message_ref: string | null;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  in_flight_since: string | null;
  nonce: string;
  in_flight_version: number | null;
  in_flight_nonce: string | null;
  in_flight_owner: string | null;
  in_flight_first_at: string | null;
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    incidentId: row.incident_id,
    channel: row.channel,
    version: row.version,
    sentVersion: row.sent_version,
    status: row.status,
    messageRef: row.message_ref,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    inFlightSince: row.in_flight_since,
    nonce: row.nonce,
    inFlightVersion: row.in_flight_version,
    inFlightNonce: row.in_flight_nonce,
    inFlightFirstAt: row.in_flight_first_at,
  };
}

// 24 hex characters: within Discord's 25-character nonce limit.
const newNonce = () => randomBytes(12).toString('hex');

/** This process's identity as a sender: its pid, and a token that tells it from an earlier process with the same pid. */
const PROCESS_OWNER = `${process.pid}:${randomBytes(6).toString('hex')}`;

export interface OutboxStoreOptions {
  /** Who claims deliveries; one per process by default. */
  owner?: string;
  /** A claim older than this is taken over even if its process seems alive (pid reuse, a hung sender). */
  staleClaimMs?: number;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The platform of a delivery's channel in SQL: "discord:123" -> "discord", "console" -> "console". */
const PLATFORM = `CASE WHEN instr(d.channel, ':') = 0 THEN d.channel ELSE substr(d.channel, 1, instr(d.channel, ':') - 1) END`;

export function createSqliteOutboxStore(db: Db, options: OutboxStoreOptions = {}): OutboxRepo {
  const owner = options.owner ?? PROCESS_OWNER;
  const staleClaimMs = options.staleClaimMs ?? 10 * 60_000;

  /** Held by another sender that may still be sending: a different process that is alive, not stale. */
  const heldElsewhere = (row: DeliveryRow, now: string): boolean => {
    if (!row.in_flight_since || !row.in_flight_owner) return false;
    if (row.in_flight_owner === owner) return true; // a concurrent send in this process
    if (Date.parse(now) - Date.parse(row.in_flight_since) > staleClaimMs) return false;
    const pid = Number(row.in_flight_owner.split(':')[0]);
    // Same pid, other token: an earlier incarnation of this process (a restart in a fresh container).
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
    return pidAlive(pid);
  };

  // A newer version re-opens a sent delivery (the sink then edits its message) with a new nonce; a
  // permanently failed one stays failed so a dead channel is reported once, not retried forever.
  // The in-flight columns are left alone: an unconfirmed send still has to be settled first.
  const enqueue = db.prepare(
    `INSERT INTO deliveries (incident_id, channel, version, status, next_attempt_at, nonce, created_at, updated_at)
     VALUES (@incidentId, @channel, @version, 'pending', @now, @nonce, @now, @now)
     ON CONFLICT (incident_id, channel) DO UPDATE SET
       version = excluded.version,
       status = CASE WHEN status = 'failed' THEN 'failed' ELSE 'pending' END,
       next_attempt_at = CASE WHEN status = 'sent' THEN excluded.next_attempt_at ELSE next_attempt_at END,
       attempts = CASE WHEN status = 'sent' THEN 0 ELSE attempts END,
       nonce = excluded.nonce,
       updated_at = excluded.updated_at
     WHERE excluded.version > deliveries.version`,
  );
  // Alerts keep their order per channel: nothing is due behind an earlier one that is waiting to retry
  // (a claim held elsewhere is filtered below, since liveness is not known to SQL).
  const due = db.prepare<{ now: string; limit: number; include: string | null; exclude: string | null }, DeliveryRow>(
    `SELECT * FROM deliveries d WHERE status = 'pending' AND next_attempt_at <= @now
       AND (@include IS NULL OR ${PLATFORM} IN (SELECT value FROM json_each(@include)))
       AND (@exclude IS NULL OR ${PLATFORM} NOT IN (SELECT value FROM json_each(@exclude)))
       AND NOT EXISTS (SELECT 1 FROM deliveries e WHERE e.channel = d.channel AND e.status = 'pending'
                       AND e.id < d.id AND e.next_attempt_at > @now)
     ORDER BY id LIMIT @limit`,
  );
  const byId = db.prepare<[number], DeliveryRow>('SELECT * FROM deliveries WHERE id = ?');
  // The first unconfirmed send fixes the in-flight version, nonce and start time; later attempts keep them.
  const claim = db.prepare(
    `UPDATE deliveries SET in_flight_since = @now, in_flight_owner = @owner, attempts = attempts + 1,
       in_flight_version = COALESCE(in_flight_version, version), in_flight_nonce = COALESCE(in_flight_nonce, nonce),
       in_flight_first_at = COALESCE(in_flight_first_at, @now), updated_at = @now
     WHERE id = @id`,
  );
  const sent = db.prepare(
    `UPDATE deliveries SET sent_version = @version, message_ref = COALESCE(@messageRef, message_ref),
       status = CASE WHEN status = 'failed' THEN 'failed' WHEN version <= @version THEN 'sent' ELSE 'pending' END,
       attempts = CASE WHEN version <= @version THEN attempts ELSE 0 END,
       in_flight_since = NULL, in_flight_owner = NULL, in_flight_version = NULL, in_flight_nonce = NULL,
       in_flight_first_at = NULL, last_error = NULL, updated_at = @now
     WHERE id = @id`,
  );
  // A failed attempt may still have reached the platform (a lost response): the in-flight version
  // and nonce stay until a send is confirmed.
  const reschedule = db.prepare(
    `UPDATE deliveries SET last_error = ?, next_attempt_at = ?, in_flight_since = NULL, in_flight_owner = NULL, updated_at = ?
     WHERE id = ?`,
  );
  const failed = db.prepare(
    `UPDATE deliveries SET status = 'failed', last_error = ?, in_flight_since = NULL, in_flight_owner = NULL,
       in_flight_version = NULL, in_flight_nonce = NULL, in_flight_first_at = NULL, updated_at = ? WHERE id = ?`,
  );
  const list = db.prepare<{ status: string | null; channel: string | null }, DeliveryRow>(
    `SELECT * FROM deliveries WHERE (@status IS NULL OR status = @status) AND (@channel IS NULL OR channel = @channel)
     ORDER BY id`,
  );

  const claimTx = db.transaction((id: number, now: string): boolean => {
    const row = byId.get(id);
    // Re-checked inside the transaction: another sender may have sent or rescheduled it since `due`.
    if (!row || row.status !== 'pending' || row.next_attempt_at > now || heldElsewhere(row, now)) return false;
    claim.run({ id, now, owner });
    return true;
  });

  return {
    enqueue(incidentId, channel, version, now) {
      enqueue.run({ incidentId, channel, version, now, nonce: newNonce() });
    },
    due(now, limit, platforms = {}) {
      const blocked = new Set<string>();
      const result: Delivery[] = [];
      const include = platforms.include ? JSON.stringify(platforms.include) : null;
      const exclude = platforms.exclude ? JSON.stringify(platforms.exclude) : null;
      for (const row of due.all({ now, limit, include, exclude })) {
        if (blocked.has(row.channel)) continue;
        if (heldElsewhere(row, now)) {
          blocked.add(row.channel);
          continue;
        }
        result.push(toDelivery(row));
      }
      return result;
    },
    get(id) {
      const row = byId.get(id);
      return row ? toDelivery(row) : null;
    },
    markInFlight(id, now) {
      return claimTx.immediate(id, now);
    },
    markSent(id, version, messageRef, now) {
      sent.run({ id, version, messageRef, now });
    },
    reschedule(id, error, nextAttemptAt, now) {
      reschedule.run(error, nextAttemptAt, now, id);
    },
    markFailed(id, error, now) {
      failed.run(error, now, id);
    },
    list(filter = {}) {
      return list.all({ status: filter.status ?? null, channel: filter.channel ?? null }).map(toDelivery);
    },
  };
}
