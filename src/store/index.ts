// The SQLite store: every repository over one database file.
import type { AlertStore, SourceRepo } from '../alerts/ports.ts';
import { createSqliteArticleStore } from './article-store.ts';
import { openDatabase, type Db } from './database.ts';
import { createSqliteIncidentStore } from './incident-store.ts';
import { createSqliteOutboxStore } from './outbox-store.ts';
import { createSqliteSourceStore } from './source-store.ts';
import { createSqliteSubscriptionStore } from './subscription-store.ts';

export interface Store extends AlertStore {
  sources: SourceRepo;
  db: Db;
  close(): void;
}

export function createSqliteStore(path: string): Store {
  const db = openDatabase(path);
  return {
    db,
    articles: createSqliteArticleStore(db),
    incidents: createSqliteIncidentStore(db),
    subscriptions: createSqliteSubscriptionStore(db),
    outbox: createSqliteOutboxStore(db),
    sources: createSqliteSourceStore(db),
    transaction: (fn) => db.transaction(fn)(),
    close() {
      if (db.open) db.close();
    },
  };
}
