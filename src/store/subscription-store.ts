// Subscriptions: which channels want which cities, countries and groups.
import type { SubscriptionRepo } from '../alerts/ports.ts';
import type { IncidentFacts, Subscription, SubscriptionKind } from '../alerts/types.ts';
import type { Db } from './database.ts';

interface SubscriptionRow {
  channel: string;
  kind: SubscriptionKind;
  value: string;
  created_at: string;
}

export function createSqliteSubscriptionStore(db: Db): SubscriptionRepo {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO subscriptions (channel, kind, value, created_at) VALUES (?, ?, ?, ?)',
  );
  const remove = db.prepare('DELETE FROM subscriptions WHERE channel = ? AND kind = ? AND value = ?');
  const all = db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions ORDER BY channel, kind, value');
  const ofChannel = db.prepare<[string], SubscriptionRow>(
    'SELECT * FROM subscriptions WHERE channel = ? ORDER BY kind, value',
  );
  const matching = db.prepare<{ city: string | null; countries: string; targets: string; groups: string }, { channel: string }>(
    `SELECT DISTINCT channel FROM subscriptions
     WHERE (kind = 'city' AND value = @city)
        OR (kind = 'country' AND value IN (SELECT value FROM json_each(@countries)))
        OR (kind = 'target' AND value IN (SELECT value FROM json_each(@targets)))
        OR (kind = 'group' AND value IN (SELECT value FROM json_each(@groups)))
     ORDER BY channel`,
  );

  const toSubscription = (row: SubscriptionRow): Subscription => ({
    channel: row.channel,
    kind: row.kind,
    value: row.value,
    createdAt: row.created_at,
  });

  return {
    add(sub, now) {
      return insert.run(sub.channel, sub.kind, sub.value, now).changes > 0;
    },
    remove(sub) {
      return remove.run(sub.channel, sub.kind, sub.value).changes > 0;
    },
    list(channel) {
      return (channel === undefined ? all.all() : ofChannel.all(channel)).map(toSubscription);
    },
    channelsFor(facts: IncidentFacts) {
      const countries = [facts.hostCountry, ...facts.targetCountries].filter((c): c is string => c !== null);
      return matching
        .all({
          city: facts.city,
          countries: JSON.stringify(countries),
          targets: JSON.stringify(facts.targetCountries),
          groups: JSON.stringify(facts.perpetrators),
        })
        .map((r) => r.channel);
    },
  };
}
