// Incident merging: deciding that two reports describe the same attack, and combining their facts.
import type { AttackType, IncidentFacts } from './types.ts';

export const DEFAULT_MERGE_WINDOW_DAYS = 3;

const DAY_MS = 86_400_000;

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

function sameText(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;
}

/** Days apart within which a report that names no city may join one that does (same day, or a night told on either side). */
const CITYLESS_WINDOW_DAYS = 1;

/**
 * Attack types that rule out one attack: both known, none shared, and neither the catch-all "other"
 * (a rocket strike is not a stone-throwing crowd; "stones thrown, a flag burned" may be read either way).
 */
function typesClash(a: IncidentFacts, b: IncidentFacts): boolean {
  if (a.attackTypes.length === 0 || b.attackTypes.length === 0) return false;
  if (a.attackTypes.includes('other') || b.attackTypes.includes('other')) return false;
  return !a.attackTypes.some((t) => b.attackTypes.includes(t));
}

/**
 * A report that names no city (only a district or suburb: "in the Wazir Akbar Khan neighbourhood", "dans la
 * commune de X", "في المنطقة الخضراء") joins one that does when it names the same target, the same or an unknown
 * host country, a date within a day and no clashing attack type: the mission is the same, only its place went unread.
 */
function citylessMatch(a: IncidentFacts, b: IncidentFacts): boolean {
  if ((a.city === null) === (b.city === null)) return false;
  if (a.hostCountry !== null && b.hostCountry !== null && a.hostCountry !== b.hostCountry) return false;
  if (a.targetCountries.length === 0 || b.targetCountries.length === 0) return false;
  if (a.date === null || b.date === null || daysApart(a.date, b.date) > CITYLESS_WINDOW_DAYS) return false;
  return !typesClash(a, b);
}

/**
 * Two reports are the same attack when they name the same city, their targeted countries overlap
 * (or one of them does not know the target yet) and their dates lie within the window
 * (a report without a date matches on place and target alone); a report without a city, see citylessMatch.
 */
export function sameAttack(a: IncidentFacts, b: IncidentFacts, windowDays = DEFAULT_MERGE_WINDOW_DAYS): boolean {
  if (!sameText(a.city, b.city) && !citylessMatch(a, b)) return false;
  if (a.targetCountries.length > 0 && b.targetCountries.length > 0) {
    if (!a.targetCountries.some((code) => b.targetCountries.includes(code))) return false;
  }
  if (a.date !== null && b.date !== null && daysApart(a.date, b.date) > windowDays) return false;
  return true;
}

/** One report's contribution to a merged incident. */
export interface FactReport {
  facts: IncidentFacts;
  /** Publication day; later reports win ties because casualty counts firm up over time. */
  published: string | null;
}

function mostCommon<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function union<T>(lists: T[][]): T[] {
  return [...new Set(lists.flat())];
}

function maxKnown(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/**
 * Merged facts of an incident: the place and date most reports agree on, every target, type and
 * group any report names, a claim when any report has one, and the highest casualty figures
 * reported (tolls rise as reports firm up; each source keeps its own figures beside these).
 */
export function mergeFacts(reports: FactReport[]): IncidentFacts {
  const facts = reports.map((r) => r.facts);
  const claims = facts.map((f) => f.claimed);
  return {
    city: mostCommon(facts.map((f) => f.city).filter((c): c is string => c !== null)),
    hostCountry: mostCommon(facts.map((f) => f.hostCountry).filter((c): c is string => c !== null)),
    targetCountries: union(facts.map((f) => f.targetCountries)).sort(),
    attackTypes: union<AttackType>(facts.map((f) => f.attackTypes)).sort(),
    perpetrators: union(facts.map((f) => f.perpetrators)).sort(),
    claimed: claims.includes(true) ? true : claims.includes(false) ? false : null,
    killed: maxKnown(facts.map((f) => f.killed)),
    wounded: maxKnown(facts.map((f) => f.wounded)),
    date: mostCommon(facts.map((f) => f.date).filter((d): d is string => d !== null)),
  };
}

/**
 * Greedy clustering of reports into incidents, in the order given: each joins the first cluster
 * whose merged facts are the same attack. Used by the evaluation; the pipeline does the same
 * against stored incidents.
 */
export function clusterReports<T extends FactReport>(reports: T[], windowDays = DEFAULT_MERGE_WINDOW_DAYS): T[][] {
  const clusters: { members: T[]; merged: IncidentFacts }[] = [];
  for (const report of reports) {
    const home = clusters.find((c) => sameAttack(c.merged, report.facts, windowDays));
    if (home) {
      home.members.push(report);
      home.merged = mergeFacts(home.members);
    } else {
      clusters.push({ members: [report], merged: mergeFacts([report]) });
    }
  }
  return clusters.map((c) => c.members);
}
