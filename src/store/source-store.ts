// Fetch state per configured source: conditional-GET validators, failures, back-off.
import type { SourceRepo, SourceState } from '../alerts/ports.ts';
import type { Db } from './database.ts';

interface SourceRow {
  id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  consecutive_failures: number;
  last_error: string | null;
  last_success: string | null;
  last_attempt: string | null;
  next_poll_at: string | null;
  disabled_reason: string | null;
  first_polled_at: string | null;
}

function toState(row: SourceRow): SourceState {
  return {
    id: row.id,
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    consecutiveFailures: row.consecutive_failures,
    lastError: row.last_error,
    lastSuccess: row.last_success,
    lastAttempt: row.last_attempt,
    nextPollAt: row.next_poll_at,
    disabledReason: row.disabled_reason,
    firstPolledAt: row.first_polled_at,
  };
}

export function createSqliteSourceStore(db: Db): SourceRepo {
  // A changed URL is a new feed: its validators and backlog state no longer apply.
  const upsert = db.prepare(
    `INSERT INTO sources (id, url, created_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET url = excluded.url, etag = NULL, last_modified = NULL, first_polled_at = NULL,
       consecutive_failures = 0, disabled_reason = NULL
     WHERE sources.url <> excluded.url`,
  );
  const byId = db.prepare<[string], SourceRow>('SELECT * FROM sources WHERE id = ?');
  const all = db.prepare<[], SourceRow>('SELECT * FROM sources ORDER BY id');
  const success = db.prepare(
    `UPDATE sources SET etag = CASE WHEN @notModified THEN etag ELSE @etag END,
       last_modified = CASE WHEN @notModified THEN last_modified ELSE @lastModified END,
       consecutive_failures = 0, last_error = NULL, last_success = @now, last_attempt = @now,
       next_poll_at = @nextPollAt, first_polled_at = COALESCE(first_polled_at, @now)
     WHERE id = @id`,
  );
  const failure = db.prepare(
    `UPDATE sources SET consecutive_failures = consecutive_failures + 1, last_error = @error, last_attempt = @now,
       next_poll_at = @nextPollAt, disabled_reason = COALESCE(@disable, disabled_reason)
     WHERE id = @id`,
  );
  const enable = db.prepare(
    'UPDATE sources SET disabled_reason = NULL, consecutive_failures = 0, next_poll_at = NULL WHERE id = ?',
  );

  return {
    sync(sources, now) {
      return db.transaction(() =>
        sources.map((s) => {
          upsert.run(s.id, s.url, now);
          return toState(byId.get(s.id)!);
        }),
      )();
    },
    get(id) {
      const row = byId.get(id);
      return row ? toState(row) : null;
    },
    list() {
      return all.all().map(toState);
    },
    recordSuccess(id, fetch, now, nextPollAt) {
      success.run({ id, etag: fetch.etag, lastModified: fetch.lastModified, notModified: fetch.notModified ? 1 : 0, now, nextPollAt });
    },
    recordFailure(id, error, now, nextPollAt, disable) {
      failure.run({ id, error, now, nextPollAt, disable });
    },
    enable(id) {
      return enable.run(id).changes > 0;
    },
  };
}
