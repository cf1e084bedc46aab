// The alert pipeline over a real SQLite file with the real classifier.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_POLICY, processArticle, type AlertPolicy } from '../../src/alerts/pipeline.ts';
import type { Article } from '../../src/alerts/types.ts';
import { createDefaultClassifier } from '../../src/knowledge/index.ts';
import { createSqliteStore } from '../../src/store/index.ts';
import { daysAgo, tempDir } from '../helpers/temp.ts';

const dir = tempDir();
const classify = createDefaultClassifier();
const now = new Date();
let dbCount = 0;

function setup(policy: Partial<AlertPolicy> = {}) {
  const store = createSqliteStore(join(dir, `pipeline-${++dbCount}.db`));
  store.subscriptions.add({ channel: 'console', kind: 'city', value: 'Kabul' }, now.toISOString());
  store.subscriptions.add({ channel: 'webhook:http://127.0.0.1/iq', kind: 'target', value: 'IQ' }, now.toISOString());
  store.subscriptions.add({ channel: 'webhook:http://127.0.0.1/other', kind: 'city', value: 'Nairobi' }, now.toISOString());
  const ingest = (article: Article, alert = true) => {
    const stored = store.articles.insertIfNew(article, now.toISOString());
    if (!stored) throw new Error('duplicate article in test');
    return processArticle({ store, classify, policy: { ...DEFAULT_ALERT_POLICY, ...policy }, now }, stored, { alert });
  };
  return { store, ingest };
}

const day = daysAgo(1);
const report = (id: string, title: string, text: string, published = day): Article => ({
  sourceId: `outlet-${id}`,
  itemKey: id,
  url: `https://outlet-${id}.example/story`,
  canonicalUrl: `https://outlet-${id}.example/story`,
  title,
  text,
  published,
});
const first = report(
  'a',
  'Gunmen attack Iraqi embassy in Kabul',
  'Gunmen attacked the Iraqi embassy in Kabul today after a suicide bomber blew himself up at its gate. Two guards were killed, officials said.',
);
const second = report(
  'b',
  "Islamic State claims Kabul attack on Iraq's embassy",
  'Islamic State claimed responsibility for the attack on the Iraqi embassy in Kabul. A suicide bomber and gunmen killed two guards. Three people were wounded.',
);

describe('processArticle', () => {
  it('merges two outlets into one incident and queues one delivery per subscribed channel', () => {
    const { store, ingest } = setup();
    const a = ingest(first);
    expect(a).toMatchObject({ newIncident: true, decision: 'queued' });
    expect(a.channels.sort()).toEqual(['console', 'webhook:http://127.0.0.1/iq']);
    const b = ingest(second);
    expect(b).toMatchObject({ newIncident: false, incidentId: a.incidentId, decision: 'queued' });
    const incident = store.incidents.get(a.incidentId!)!;
    expect(incident.sources).toHaveLength(2);
    expect(incident).toMatchObject({ city: 'Kabul', targetCountries: ['IQ'], perpetrators: ['Islamic State'], claimed: true, killed: 2, wounded: 3 });
    // Still one delivery per channel, now asking for the newer version (an edit, not a second alert).
    const deliveries = store.outbox.list();
    expect(deliveries).toHaveLength(2);
    expect(deliveries.every((d) => d.version === incident.version)).toBe(true);
    store.close();
  });

  it('stores and merges the first-run backlog without queueing anything', () => {
    const { store, ingest } = setup();
    expect(ingest(first, false)).toMatchObject({ decision: 'backlog', newIncident: true });
    expect(store.outbox.list()).toEqual([]);
    store.close();
  });

  it('never alerts reports older than the configured age', () => {
    const { store, ingest } = setup({ maxAgeDays: 7 });
    const old = report('c', 'Gunmen attack Iraqi embassy in Kabul', 'Gunmen attacked the Iraqi embassy in Kabul, killing two guards.', daysAgo(30));
    expect(ingest(old).decision).toBe('too_old');
    expect(store.outbox.list()).toEqual([]);
    store.close();
  });

  it('alerts only watched cities, while recognising every city', () => {
    const { store, ingest } = setup({ watchCities: ['Baghdad'] });
    const result = ingest(first);
    expect(result.incidentId).not.toBeNull();
    expect(result.decision).toBe('not_watched');
    expect(store.outbox.list()).toEqual([]);
    store.close();
  });

  it('stores an embassy story that is no attack without an incident', () => {
    const { store, ingest } = setup();
    const advisory = report('d', 'US embassy in Nairobi issues security alert', 'The U.S. Embassy in Nairobi warned citizens to avoid demonstrations planned for Tuesday.');
    expect(ingest(advisory)).toMatchObject({ decision: 'not_relevant', incidentId: null });
    store.close();
  });
});
