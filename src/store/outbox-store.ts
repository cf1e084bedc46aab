// The outbox: one delivery per (incident, channel), queued in the incident's transaction.
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
  };
}

const newNonce = () => randomBytes(12).toString('hex');

export function createSqliteOutboxStore(db: Db): OutboxRepo {
  // A newer version re-opens a sent delivery (the sink then edits its message); a permanently
  // failed one stays failed so a dead channel is reported once, not retried forever.
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
  // Alerts keep their order per channel: nothing is due behind an earlier one that is waiting to retry.
  const due = db.prepare<{ now: string; limit: number }, DeliveryRow>(
    `SELECT * FROM deliveries d WHERE status = 'pending' AND next_attempt_at <= @now
       AND NOT EXISTS (SELECT 1 FROM deliveries e WHERE e.channel = d.channel AND e.status = 'pending'
                       AND e.id < d.id AND e.next_attempt_at > @now)
     ORDER BY id LIMIT @limit`,
  );
  const inFlight = db.prepare(
    'UPDATE deliveries SET in_flight_since = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?',
  );
  const sent = db.prepare(
    `UPDATE deliveries SET sent_version = @version, message_ref = COALESCE(@messageRef, message_ref),
       status = CASE WHEN version <= @version THEN 'sent' ELSE 'pending' END,
       in_flight_since = NULL, last_error = NULL, updated_at = @now
     WHERE id = @id`,
  );
  const reschedule = db.prepare(
    `UPDATE deliveries SET last_error = ?, next_attempt_at = ?, in_flight_since = NULL, updated_at = ? WHERE id = ?`,
  );
  const failed = db.prepare(
    `UPDATE deliveries SET status = 'failed', last_error = ?, in_flight_since = NULL, updated_at = ? WHERE id = ?`,
  );
  const list = db.prepare<{ status: string | null; channel: string | null }, DeliveryRow>(
    `SELECT * FROM deliveries WHERE (@status IS NULL OR status = @status) AND (@channel IS NULL OR channel = @channel)
     ORDER BY id`,
  );

  return {
    enqueue(incidentId, channel, version, now) {
      enqueue.run({ incidentId, channel, version, now, nonce: newNonce() });
    },
    due(now, limit) {
      return due.all({ now, limit }).map(toDelivery);
    },
    markInFlight(id, now) {
      inFlight.run(now, now, id);
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
