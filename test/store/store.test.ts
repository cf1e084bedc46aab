import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/index.ts';
import { SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { emptyFacts, type Article, type Classification } from '../../src/alerts/types.ts';
import { tempDir } from '../helpers/temp.ts';

const dir = tempDir();
let n = 0;
const freshStore = () => createSqliteStore(join(dir, `store-${++n}.db`));

function article(overrides: Partial<Article> = {}): Article {
  return {
    sourceId: 'outlet-a',
    itemKey: 'key-1',
    url: 'https://a.example/story',
    canonicalUrl: 'https://a.example/story',
    title: 'Rockets hit embassy',
    text: 'Body',
    published: '2024-01-02',
    ...overrides,
  };
}

function classification(overrides: Partial<Classification> = {}): Classification {
  return {
    ...emptyFacts(),
    relevant: true,
    confidence: 0.9,
    evidence: { relevant: 'Rockets hit the embassy.' },
    city: 'Baghdad',
    hostCountry: 'IQ',
    targetCountries: ['US'],
    attackTypes: ['rocket_mortar'],
    date: '2024-01-02',
    ...overrides,
  };
}

describe('sqlite store', () => {
  it('creates the schema in WAL mode and records its version', () => {
    const store = freshStore();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    store.close();
  });

  it('refuses a database written by a newer version', () => {
    const path = join(dir, 'future.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expect(() => createSqliteStore(path)).toThrow(/newer than this embassy-watch/);
  });

  it('stores an article once per source item and once per canonical URL', () => {
    const store = freshStore();
    expect(store.articles.insertIfNew(article(), 'now')).not.toBeNull();
    expect(store.articles.insertIfNew(article(), 'now')).toBeNull();
    // Another outlet's feed carrying the same URL is the same story.
    expect(store.articles.insertIfNew(article({ sourceId: 'search-feed', itemKey: 'other' }), 'now')).toBeNull();
    expect(store.articles.insertIfNew(article({ itemKey: 'key-2', url: null, canonicalUrl: null }), 'now')).not.toBeNull();
    store.close();
  });

  it('keeps incidents with their sources, each with its own figures, and bumps versions', () => {
    const store = freshStore();
    const a = store.articles.insertIfNew(article(), '2024-01-02T10:00:00Z')!;
    const id = store.incidents.create(classification(), 0.9, '2024-01-02T10:00:00Z');
    store.incidents.addSource(id, { articleId: a.id, url: a.url, title: a.title, source: a.sourceId, published: a.published, classification: classification({ killed: 2 }) }, '2024-01-02T10:00:00Z');
    expect(store.incidents.updateFacts(id, { ...classification(), killed: 2 }, 0.9, '2024-01-02T10:00:00Z')).toBe(1);
    const incident = store.incidents.get(id)!;
    expect(incident.killed).toBe(2);
    expect(incident.sources).toHaveLength(1);
    expect(incident.sources[0]!.facts.killed).toBe(2);
    expect(store.incidents.findByArticleUrl('https://a.example/story')?.id).toBe(id);
    expect(store.incidents.findCandidates('baghdad', '2024-01-04', 3).map((i) => i.id)).toEqual([id]);
    expect(store.incidents.findCandidates('Baghdad', '2024-01-09', 3)).toEqual([]);
    store.close();
  });

  it('filters incident listings by city, country (host or target), group and day', () => {
    const store = freshStore();
    store.incidents.create(classification({ perpetrators: ['Kataib Hezbollah'] }), 0.9, '2024-01-02T00:00:00Z');
    store.incidents.create(classification({ city: 'Kabul', hostCountry: 'AF', targetCountries: ['PK'], date: '2023-12-01' }), 0.9, '2023-12-01T00:00:00Z');
    expect(store.incidents.list({ city: 'KABUL' }).total).toBe(1);
    expect(store.incidents.list({ country: 'US' }).total).toBe(1);
    expect(store.incidents.list({ country: 'AF' }).total).toBe(1);
    expect(store.incidents.list({ group: 'kataib hezbollah' }).total).toBe(1);
    expect(store.incidents.list({ since: '2024-01-01' }).incidents.map((i) => i.city)).toEqual(['Baghdad']);
    const all = store.incidents.list({ limit: 1 });
    expect(all.total).toBe(2);
    expect(all.incidents.map((i) => i.city)).toEqual(['Baghdad']);
    store.close();
  });

  it('matches subscriptions by city, host or targeted country, target and group, ignoring case', () => {
    const store = freshStore();
    store.subscriptions.add({ channel: 'console', kind: 'city', value: 'baghdad' }, 'now');
    store.subscriptions.add({ channel: 'webhook:http://x/1', kind: 'country', value: 'US' }, 'now');
    store.subscriptions.add({ channel: 'webhook:http://x/2', kind: 'target', value: 'IQ' }, 'now');
    store.subscriptions.add({ channel: 'webhook:http://x/3', kind: 'group', value: 'Kataib Hezbollah' }, 'now');
    expect(store.subscriptions.add({ channel: 'console', kind: 'city', value: 'Baghdad' }, 'now')).toBe(false);
    const facts = { ...classification(), perpetrators: ['Kataib Hezbollah'] };
    expect(store.subscriptions.channelsFor(facts)).toEqual(['console', 'webhook:http://x/1', 'webhook:http://x/3']);
    expect(store.subscriptions.remove({ channel: 'console', kind: 'city', value: 'BAGHDAD' })).toBe(true);
    expect(store.subscriptions.list('console')).toEqual([]);
    store.close();
  });

  it('queues one delivery per incident and channel, re-opening it for a newer version only', () => {
    const store = freshStore();
    const id = store.incidents.create(classification(), 0.9, 'now');
    store.outbox.enqueue(id, 'console', 1, '2024-01-01T00:00:00Z');
    store.outbox.enqueue(id, 'console', 1, '2024-01-01T00:00:00Z');
    const [d] = store.outbox.due('2024-01-01T00:00:00Z', 10);
    expect(store.outbox.list()).toHaveLength(1);
    store.outbox.markInFlight(d!.id, '2024-01-01T00:00:01Z');
    store.outbox.markSent(d!.id, 1, 'msg-1', '2024-01-01T00:00:02Z');
    expect(store.outbox.due('2024-01-01T00:00:03Z', 10)).toEqual([]);
    store.outbox.enqueue(id, 'console', 2, '2024-01-01T00:00:04Z');
    const [update] = store.outbox.due('2024-01-01T00:00:05Z', 10);
    expect(update).toMatchObject({ version: 2, sentVersion: 1, messageRef: 'msg-1', status: 'pending' });
    store.close();
  });

  it('holds back a channel\'s later alerts while an earlier one waits to retry', () => {
    const store = freshStore();
    const first = store.incidents.create(classification(), 0.9, 'now');
    const second = store.incidents.create(classification({ city: 'Kabul' }), 0.9, 'now');
    store.outbox.enqueue(first, 'console', 1, '2024-01-01T00:00:00Z');
    store.outbox.enqueue(second, 'console', 1, '2024-01-01T00:00:00Z');
    store.outbox.enqueue(second, 'webhook:http://x', 1, '2024-01-01T00:00:00Z');
    const [d1] = store.outbox.due('2024-01-01T00:00:00Z', 10);
    store.outbox.reschedule(d1!.id, 'busy', '2024-01-01T01:00:00Z', '2024-01-01T00:00:00Z');
    expect(store.outbox.due('2024-01-01T00:10:00Z', 10).map((d) => d.channel)).toEqual(['webhook:http://x']);
    store.close();
  });

  it('tracks source fetch state across restarts', () => {
    const path = join(dir, 'sources.db');
    let store = createSqliteStore(path);
    store.sources.sync([{ id: 'a', url: 'http://127.0.0.1/a' }], 'now');
    store.sources.recordSuccess('a', { etag: '"v1"', lastModified: null, notModified: false }, '2024-01-01T00:00:00Z', null);
    store.sources.recordFailure('a', 'boom', '2024-01-01T00:05:00Z', '2024-01-01T00:15:00Z', null);
    store.close();
    store = createSqliteStore(path);
    expect(store.sources.get('a')).toMatchObject({ etag: '"v1"', consecutiveFailures: 1, lastError: 'boom', firstPolledAt: '2024-01-01T00:00:00Z' });
    // A new URL for the same id is a new feed: validators and backlog state reset.
    const [state] = store.sources.sync([{ id: 'a', url: 'http://127.0.0.1/b' }], 'now');
    expect(state).toMatchObject({ etag: null, firstPolledAt: null, url: 'http://127.0.0.1/b' });
    store.close();
  });
});
