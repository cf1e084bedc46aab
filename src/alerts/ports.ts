// The small interfaces the core needs from the edges: storage, lookups and message sinks.
// store/ implements the repositories, knowledge/ the gazetteer, bot/ the sinks.
import type {
  Alert,
  Classification,
  Incident,
  IncidentFacts,
  IncidentSource,
  StoredArticle,
  Subscription,
  SubscriptionKind,
  Article,
} from './types.ts';

export interface ArticleRepo {
  /** Stores an article unless its (source, item) or canonical URL is known; returns it only when new. */
  insertIfNew(article: Article, fetchedAt: string): StoredArticle | null;
  saveClassification(articleId: number, classification: Classification): void;
  /** Records why a stored article could not be processed; it stays unclassified. */
  markFailed(articleId: number, error: string): void;
  get(id: number): StoredArticle | null;
}

export interface IncidentQuery {
  city?: string;
  /** Host or targeted country, alpha-2. */
  country?: string;
  group?: string;
  /** Only incidents whose attack date (or first sighting) is on or after this day. */
  since?: string;
  limit?: number;
}

export interface NewIncidentSource extends Omit<IncidentSource, 'facts' | 'evidence' | 'confidence'> {
  classification: Classification;
}

export interface IncidentRepo {
  get(id: number): Incident | null;
  /** The incident that already holds an article with this canonical URL. */
  findByArticleUrl(canonicalUrl: string): Incident | null;
  /** Incidents in this city whose date is near `date` (or unknown), newest first. */
  findCandidates(city: string, date: string | null, windowDays: number): Incident[];
  create(facts: IncidentFacts, confidence: number, now: string): number;
  addSource(incidentId: number, source: NewIncidentSource, now: string): void;
  /** Replaces the merged facts and bumps the version; returns the new version. */
  updateFacts(incidentId: number, facts: IncidentFacts, confidence: number, now: string): number;
  list(query: IncidentQuery): { incidents: Incident[]; total: number };
}

export interface SubscriptionRepo {
  add(subscription: Omit<Subscription, 'createdAt'>, now: string): boolean;
  remove(subscription: Omit<Subscription, 'createdAt'>): boolean;
  list(channel?: string): Subscription[];
  /** Channels with at least one subscription matching these facts. */
  channelsFor(facts: IncidentFacts): string[];
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface Delivery {
  id: number;
  incidentId: number;
  channel: string;
  /** The incident version this delivery should bring the channel up to. */
  version: number;
  sentVersion: number | null;
  status: DeliveryStatus;
  /** Platform message id of the first post, so updates edit it instead of posting again. */
  messageRef: string | null;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  /** Set while a send is under way; a restart finding it set knows the send may have happened. */
  inFlightSince: string | null;
  /** Stable per (delivery, version); sent as the platform's nonce/idempotency key where it has one. */
  nonce: string;
  /**
   * The version and nonce of a send that may have reached the platform but was never confirmed
   * (a crash or a lost response). A retry resends with this nonce first, even when the delivery
   * has moved on to a newer version since, so the platform can recognise the repeat.
   */
  inFlightVersion: number | null;
  inFlightNonce: string | null;
  /** When the unconfirmed send (inFlightNonce) was first attempted; kept and cleared with it. */
  inFlightFirstAt: string | null;
}

export interface OutboxRepo {
  /** Queues (or re-queues at a newer version) the alert of an incident for a channel. */
  enqueue(incidentId: number, channel: string, version: number, now: string): void;
  /**
   * Pending deliveries due now, oldest first; optionally only those whose platform (the channel's
   * prefix: "discord", "console") is, or is not, in a list.
   */
  due(now: string, limit: number, platforms?: { include?: string[]; exclude?: string[] }): Delivery[];
  get(id: number): Delivery | null;
  /**
   * Claims a due delivery for sending. False when it is no longer due, or another live process (or
   * another send in this one) holds it; the caller then leaves the channel alone for now.
   */
  markInFlight(id: number, now: string): boolean;
  /** Confirms the send of `version` (the delivery stays pending when a newer one was queued meanwhile). */
  markSent(id: number, version: number, messageRef: string | null, now: string): void;
  reschedule(id: number, error: string, nextAttemptAt: string, now: string): void;
  markFailed(id: number, error: string, now: string): void;
  list(filter?: { status?: DeliveryStatus; channel?: string }): Delivery[];
}

export interface SourceState {
  id: string;
  url: string;
  etag: string | null;
  lastModified: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  lastSuccess: string | null;
  lastAttempt: string | null;
  nextPollAt: string | null;
  disabledReason: string | null;
  /** Null until the first successful poll: its items are the backlog, stored but not alerted. */
  firstPolledAt: string | null;
}

export interface SourceRepo {
  /** Makes sure each configured source has a row (updating its URL) and returns their states. */
  sync(sources: { id: string; url: string }[], now: string): SourceState[];
  get(id: string): SourceState | null;
  list(): SourceState[];
  recordSuccess(
    id: string,
    fetch: { etag: string | null; lastModified: string | null; notModified: boolean },
    now: string,
    nextPollAt: string | null,
  ): void;
  recordFailure(id: string, error: string, now: string, nextPollAt: string | null, disable: string | null): void;
  enable(id: string): boolean;
}

/** What the alert pipeline needs in one place; store/ provides it over one database. */
export interface AlertStore {
  articles: ArticleRepo;
  incidents: IncidentRepo;
  subscriptions: SubscriptionRepo;
  outbox: OutboxRepo;
  /** Runs fn atomically; the incident change and its deliveries commit together or not at all. */
  transaction<T>(fn: () => T): T;
}

/** Names of places, countries and groups, as the classifier's knowledge base resolves them. */
export interface Gazetteer {
  findCity(name: string): { name: string; country: string } | null;
  findCountry(nameOrCode: string): { code: string; name: string } | null;
  findGroup(nameOrAlias: string): string | null;
  countryName(code: string): string;
}

export type SubscriptionTarget = { kind: SubscriptionKind; value: string };

/** A chat platform or other destination for alerts. */
export interface Sink {
  /**
   * Posts the alert to `target` (the channel id without its `platform:` prefix), or edits
   * `previousMessageRef` when given. Returns the message reference to edit next time.
   * Throws DeliveryError for failures.
   */
  send(target: string, alert: Alert, context: SendContext): Promise<{ messageRef: string | null }>;
}

export interface SendContext {
  previousMessageRef: string | null;
  /** Stable per (delivery, version): the platform's nonce or idempotency key where it has one. */
  nonce: string;
  /**
   * True when an earlier send with this nonce may have reached the platform but was never confirmed
   * (a crash or a lost response). A sink whose platform cannot deduplicate by nonce looks for that
   * message before posting again; others may ignore it.
   */
  unconfirmed?: boolean;
  /**
   * With `unconfirmed`: when the first send with this nonce was attempted (ISO time), so a search
   * for its message can start there instead of at the channel's latest messages.
   */
  firstAttemptAt?: string;
}

/** A failed send: permanent ones are not retried; transient ones may say when to retry. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  readonly permanent: boolean;
  readonly retryAfterMs: number | null;
  constructor(message: string, options: { permanent: boolean; retryAfterMs?: number | null; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.permanent = options.permanent;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}
