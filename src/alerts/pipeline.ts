// From a stored article to an incident and queued alerts, in one transaction per article.
import { DEFAULT_MERGE_WINDOW_DAYS, mergeFacts, sameAttack } from './merge.ts';
import type { AlertStore } from './ports.ts';
import { pickFacts, type Classification, type Classifier, type IncidentFacts, type StoredArticle } from './types.ts';

export interface AlertPolicy {
  /** Cities whose incidents are alerted; empty means everywhere. Matching ignores case. */
  watchCities: string[];
  /** Reports older than this (by attack date, else publication day) are stored but never alerted. */
  maxAgeDays: number;
  mergeWindowDays: number;
}

export const DEFAULT_ALERT_POLICY: AlertPolicy = {
  watchCities: [],
  maxAgeDays: 7,
  mergeWindowDays: DEFAULT_MERGE_WINDOW_DAYS,
};

export type AlertDecision =
  | 'queued'
  | 'backlog'
  | 'too_old'
  | 'not_watched'
  | 'no_subscribers'
  | 'duplicate'
  | 'not_relevant';

export interface ProcessedArticle {
  articleId: number;
  classification: Classification;
  incidentId: number | null;
  newIncident: boolean;
  decision: AlertDecision;
  channels: string[];
}

const DAY_MS = 86_400_000;

function tooOld(facts: IncidentFacts, published: string | null, now: Date, maxAgeDays: number): boolean {
  const day = facts.date ?? published;
  if (!day) return false;
  return now.getTime() - Date.parse(`${day}T00:00:00Z`) > maxAgeDays * DAY_MS;
}

function isWatched(city: string | null, watchCities: string[]): boolean {
  if (watchCities.length === 0) return true;
  if (!city) return false;
  return watchCities.some((w) => w.localeCompare(city, 'en', { sensitivity: 'base' }) === 0);
}

function findIncident(store: AlertStore, article: StoredArticle, facts: IncidentFacts, windowDays: number) {
  if (article.canonicalUrl) {
    const byUrl = store.incidents.findByArticleUrl(article.canonicalUrl);
    if (byUrl) return byUrl;
  }
  if (!facts.city) return null;
  return (
    store.incidents
      .findCandidates(facts.city, facts.date, windowDays)
      .find((incident) => sameAttack(pickFacts(incident), facts, windowDays)) ?? null
  );
}

/**
 * Classifies a newly stored article and, when it reports an attack on a mission, attaches it to
 * the incident it describes (or a new one), re-merges the facts and queues a delivery for every
 * subscribed channel, all in one transaction so a crash leaves no incident without its alerts.
 * `alert: false` is the first-run backlog: stored and merged, never alerted.
 */
export function processArticle(
  deps: { store: AlertStore; classify: Classifier; policy: AlertPolicy; now: Date },
  article: StoredArticle,
  options: { alert: boolean },
): ProcessedArticle {
  const { store, policy } = deps;
  const classification = deps.classify(article);
  const nowIso = deps.now.toISOString();
  return store.transaction(() => {
    store.articles.saveClassification(article.id, classification);
    const result: ProcessedArticle = {
      articleId: article.id,
      classification,
      incidentId: null,
      newIncident: false,
      decision: 'not_relevant',
      channels: [],
    };
    if (!classification.relevant || !classification.city) return result;

    const existing = findIncident(store, article, classification, policy.mergeWindowDays);
    const incidentId = existing?.id ?? store.incidents.create(classification, classification.confidence, nowIso);
    result.incidentId = incidentId;
    result.newIncident = existing === null;
    store.incidents.addSource(
      incidentId,
      {
        articleId: article.id,
        url: article.url,
        title: article.title,
        source: article.sourceId,
        published: article.published,
        classification,
      },
      nowIso,
    );
    const withSource = store.incidents.get(incidentId);
    if (!withSource) throw new Error(`incident ${incidentId} vanished inside its own transaction`);
    const merged = mergeFacts(withSource.sources.map((s) => ({ facts: s.facts, published: s.published })));
    const confidence = Math.max(...withSource.sources.map((s) => s.confidence));
    const version = store.incidents.updateFacts(incidentId, merged, confidence, nowIso);

    if (!options.alert) result.decision = 'backlog';
    else if (tooOld(classification, article.published, deps.now, policy.maxAgeDays)) result.decision = 'too_old';
    else if (!isWatched(merged.city, policy.watchCities)) result.decision = 'not_watched';
    else {
      result.channels = store.subscriptions.channelsFor(merged);
      for (const channel of result.channels) store.outbox.enqueue(incidentId, channel, version, nowIso);
      result.decision = result.channels.length > 0 ? 'queued' : 'no_subscribers';
    }
    return result;
  });
}
