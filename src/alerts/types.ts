// The domain model shared by every layer: articles in, incidents and alerts out.
// Plain data only, so the core stays free of SQL, HTTP and chat SDKs.

export const ATTACK_TYPES = [
  'bombing',
  'suicide_attack',
  'armed_assault',
  'rocket_mortar',
  'shooting',
  'arson_mob',
  'stabbing_melee',
  'other',
] as const;
export type AttackType = (typeof ATTACK_TYPES)[number];

/** What the classifier reads: a title, plain text, and the publication day (YYYY-MM-DD) when known. */
export interface ArticleText {
  title: string;
  text: string;
  published: string | null;
}

/** The facts of one attack, with the conventions of shared/corpus/README.md. */
export interface IncidentFacts {
  city: string | null;
  hostCountry: string | null;
  targetCountries: string[];
  attackTypes: AttackType[];
  perpetrators: string[];
  claimed: boolean | null;
  killed: number | null;
  wounded: number | null;
  date: string | null;
}
export type FactField = keyof IncidentFacts;
export const FACT_FIELDS: readonly FactField[] = [
  'city',
  'hostCountry',
  'targetCountries',
  'attackTypes',
  'perpetrators',
  'claimed',
  'killed',
  'wounded',
  'date',
];

/** The sentence each decision came from, so users can see why. */
export type Evidence = Partial<Record<FactField | 'relevant', string>>;

export interface Classification extends IncidentFacts {
  relevant: boolean;
  /** 0..1: how sure we are that this reports a recent attack on a diplomatic mission. */
  confidence: number;
  evidence: Evidence;
}

export type Classifier = (article: ArticleText) => Classification;

export function emptyFacts(): IncidentFacts {
  return {
    city: null,
    hostCountry: null,
    targetCountries: [],
    attackTypes: [],
    perpetrators: [],
    claimed: null,
    killed: null,
    wounded: null,
    date: null,
  };
}

/** Just the facts of anything that carries them (a classification, an incident), in field order. */
export function pickFacts(f: IncidentFacts): IncidentFacts {
  const { city, hostCountry, targetCountries, attackTypes, perpetrators, claimed, killed, wounded, date } = f;
  return { city, hostCountry, targetCountries, attackTypes, perpetrators, claimed, killed, wounded, date };
}

/** A feed item or article file after normalisation by sources/. */
export interface Article extends ArticleText {
  sourceId: string;
  /** Stable hash of the item's identity within its source (guid, else link, else title + date). */
  itemKey: string;
  url: string | null;
  /** URL with tracking parameters and fragments removed; used to spot the same story twice. */
  canonicalUrl: string | null;
}

export interface StoredArticle extends Article {
  id: number;
  fetchedAt: string;
}

/** One outlet's report as part of an incident, with its own figures. */
export interface IncidentSource {
  articleId: number;
  url: string | null;
  title: string;
  source: string;
  published: string | null;
  confidence: number;
  facts: IncidentFacts;
  evidence: Evidence;
}

export interface Incident extends IncidentFacts {
  id: number;
  firstSeen: string;
  lastUpdated: string;
  /** Bumped whenever the merged facts or the source list change; alerts are sent per version. */
  version: number;
  confidence: number;
  sources: IncidentSource[];
}

export type SubscriptionKind = 'city' | 'country' | 'target' | 'group';
export const SUBSCRIPTION_KINDS: readonly SubscriptionKind[] = ['city', 'country', 'target', 'group'];

/**
 * A channel's interest. `country` matches the host country or a targeted country;
 * `target` only a targeted country. Values are normalised: city names as in the gazetteer,
 * alpha-2 codes, canonical group names.
 */
export interface Subscription {
  channel: string;
  kind: SubscriptionKind;
  value: string;
  createdAt: string;
}

/** The platform-neutral alert that each sink renders in its own format. Text here is untrusted. */
export interface Alert {
  incidentId: number;
  version: number;
  /** True when an earlier version was already delivered to this channel. */
  isUpdate: boolean;
  headline: string;
  summary: string;
  facts: AlertFact[];
  sources: AlertSource[];
  /** Single-source incidents are "Developing" until a second outlet confirms. */
  developing: boolean;
  confidence: number;
  /** The evidence sentence for relevance, when known. */
  why: string | null;
}
export interface AlertFact {
  label: string;
  value: string;
}
export interface AlertSource {
  title: string;
  url: string | null;
  source: string;
}
