// Schema migrations, applied in order and tracked by PRAGMA user_version.
import type Database from 'better-sqlite3';

const MIGRATIONS: string[] = [
  `
  CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_success TEXT,
    last_attempt TEXT,
    next_poll_at TEXT,
    disabled_reason TEXT,
    first_polled_at TEXT,
    created_at TEXT NOT NULL
  );

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,
    item_key TEXT NOT NULL,
    url TEXT,
    canonical_url TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    published TEXT,
    fetched_at TEXT NOT NULL,
    relevant INTEGER,
    classification TEXT,
    UNIQUE (source_id, item_key)
  );
  CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url IS NOT NULL;

  CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    city TEXT,
    host_country TEXT,
    target_countries TEXT NOT NULL,
    attack_types TEXT NOT NULL,
    perpetrators TEXT NOT NULL,
    claimed INTEGER,
    killed INTEGER,
    wounded INTEGER,
    date TEXT,
    confidence REAL NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    last_updated TEXT NOT NULL
  );
  CREATE INDEX incidents_city_date ON incidents (city COLLATE NOCASE, date);
  CREATE INDEX incidents_last_updated ON incidents (last_updated);

  CREATE TABLE incident_articles (
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    article_id INTEGER NOT NULL UNIQUE REFERENCES articles (id),
    facts TEXT NOT NULL,
    evidence TEXT NOT NULL,
    confidence REAL NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (incident_id, article_id)
  );

  CREATE TABLE subscriptions (
    channel TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('city', 'country', 'target', 'group')),
    value TEXT NOT NULL COLLATE NOCASE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (channel, kind, value)
  );
  CREATE INDEX subscriptions_kind_value ON subscriptions (kind, value);

  CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    channel TEXT NOT NULL,
    version INTEGER NOT NULL,
    sent_version INTEGER,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    message_ref TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    in_flight_since TEXT,
    nonce TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (incident_id, channel)
  );
  CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
  `,
  // The send whose outcome is unknown (a crash or a lost response): its version and nonce are kept
  // until it is confirmed, so a retry reuses them even after the delivery moved to a newer version;
  // the owner (process) tells a live sender from a dead one.
  `
  ALTER TABLE deliveries ADD COLUMN in_flight_version INTEGER;
  ALTER TABLE deliveries ADD COLUMN in_flight_nonce TEXT;
  ALTER TABLE deliveries ADD COLUMN in_flight_owner TEXT;
  `,
  // An article that could not be processed (the classifier or the store threw on it) is kept with
  // the reason, unclassified: known, so not read again as new, and findable for a re-run.
  `
  ALTER TABLE articles ADD COLUMN process_error TEXT;
  `,
  // When the unconfirmed send was first attempted: a sink that looks for an earlier post of its
  // nonce (Discord and Slack history) reads from there on, not the whole channel. A send already
  // unconfirmed at the upgrade cannot have been attempted before its delivery was created.
  `
  ALTER TABLE deliveries ADD COLUMN in_flight_first_at TEXT;
  UPDATE deliveries SET in_flight_first_at = created_at WHERE in_flight_nonce IS NOT NULL;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema version ${current} is newer than this embassy-watch understands (${MIGRATIONS.length}); upgrade embassy-watch`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
