// Incidents with their merged facts, and the articles (sources) behind each with their own figures.
import type { IncidentQuery, IncidentRepo, NewIncidentSource } from '../alerts/ports.ts';
import { pickFacts, type AttackType, type Evidence, type Incident, type IncidentFacts, type IncidentSource } from '../alerts/types.ts';
import { fromJson, toJson, type Db } from './database.ts';

interface IncidentRow {
  id: number;
  city: string | null;
  host_country: string | null;
  target_countries: string;
  attack_types: string;
  perpetrators: string;
  claimed: number | null;
  killed: number | null;
  wounded: number | null;
  date: string | null;
  confidence: number;
  version: number;
  first_seen: string;
  last_updated: string;
}

interface SourceRow {
  article_id: number;
  url: string | null;
  title: string;
  source_id: string;
  published: string | null;
  facts: string;
  evidence: string;
  confidence: number;
}

function factsColumns(facts: IncidentFacts) {
  return {
    city: facts.city,
    hostCountry: facts.hostCountry,
    targetCountries: toJson(facts.targetCountries),
    attackTypes: toJson(facts.attackTypes),
    perpetrators: toJson(facts.perpetrators),
    claimed: facts.claimed === null ? null : facts.claimed ? 1 : 0,
    killed: facts.killed,
    wounded: facts.wounded,
    date: facts.date,
  };
}

const DAY_FILTER = `COALESCE(date, substr(first_seen, 1, 10))`;

export function createSqliteIncidentStore(db: Db): IncidentRepo {
  const insert = db.prepare(
    `INSERT INTO incidents (city, host_country, target_countries, attack_types, perpetrators, claimed, killed,
       wounded, date, confidence, version, first_seen, last_updated)
     VALUES (@city, @hostCountry, @targetCountries, @attackTypes, @perpetrators, @claimed, @killed, @wounded, @date,
       @confidence, 0, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE incidents SET city = @city, host_country = @hostCountry, target_countries = @targetCountries,
       attack_types = @attackTypes, perpetrators = @perpetrators, claimed = @claimed, killed = @killed,
       wounded = @wounded, date = @date, confidence = @confidence, version = version + 1, last_updated = @now
     WHERE id = @id RETURNING version`,
  );
  const byId = db.prepare<[number], IncidentRow>('SELECT * FROM incidents WHERE id = ?');
  const sourcesOf = db.prepare<[number], SourceRow>(
    `SELECT ia.article_id, a.url, a.title, a.source_id, a.published, ia.facts, ia.evidence, ia.confidence
     FROM incident_articles ia JOIN articles a ON a.id = ia.article_id
     WHERE ia.incident_id = ? ORDER BY ia.added_at, ia.article_id`,
  );
  const byUrl = db.prepare<[string], { incident_id: number }>(
    `SELECT ia.incident_id FROM incident_articles ia JOIN articles a ON a.id = ia.article_id
     WHERE a.canonical_url = ? LIMIT 1`,
  );
  const candidates = db.prepare<{ city: string; date: string | null; windowDays: number }, IncidentRow>(
    `SELECT * FROM incidents WHERE city = @city COLLATE NOCASE
       AND (date IS NULL OR @date IS NULL OR abs(julianday(date) - julianday(@date)) <= @windowDays)
     ORDER BY id DESC LIMIT 20`,
  );
  const addSource = db.prepare(
    `INSERT OR IGNORE INTO incident_articles (incident_id, article_id, facts, evidence, confidence, added_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );

  function toIncident(row: IncidentRow): Incident {
    const sources: IncidentSource[] = sourcesOf.all(row.id).map((s) => ({
      articleId: s.article_id,
      url: s.url,
      title: s.title,
      source: s.source_id,
      published: s.published,
      confidence: s.confidence,
      facts: fromJson<IncidentFacts>(s.facts),
      evidence: fromJson<Evidence>(s.evidence),
    }));
    return {
      id: row.id,
      city: row.city,
      hostCountry: row.host_country,
      targetCountries: fromJson<string[]>(row.target_countries),
      attackTypes: fromJson<AttackType[]>(row.attack_types),
      perpetrators: fromJson<string[]>(row.perpetrators),
      claimed: row.claimed === null ? null : row.claimed === 1,
      killed: row.killed,
      wounded: row.wounded,
      date: row.date,
      confidence: row.confidence,
      version: row.version,
      firstSeen: row.first_seen,
      lastUpdated: row.last_updated,
      sources,
    };
  }

  // Filters are bound parameters; a null parameter switches its filter off.
  const filters = `
    WHERE (@city IS NULL OR city = @city COLLATE NOCASE)
      AND (@country IS NULL OR host_country = @country
           OR EXISTS (SELECT 1 FROM json_each(target_countries) WHERE value = @country))
      AND (@group IS NULL OR EXISTS (SELECT 1 FROM json_each(perpetrators) WHERE value = @group COLLATE NOCASE))
      AND (@since IS NULL OR ${DAY_FILTER} >= @since)`;
  const listPage = db.prepare<Record<string, unknown>, IncidentRow>(
    `SELECT * FROM incidents ${filters} ORDER BY ${DAY_FILTER} DESC, id DESC LIMIT @limit`,
  );
  const countAll = db.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM incidents ${filters}`,
  );

  return {
    get(id) {
      const row = byId.get(id);
      return row ? toIncident(row) : null;
    },
    findByArticleUrl(canonicalUrl) {
      const hit = byUrl.get(canonicalUrl);
      return hit ? this.get(hit.incident_id) : null;
    },
    findCandidates(city, date, windowDays) {
      return candidates.all({ city, date, windowDays }).map(toIncident);
    },
    create(facts, confidence, now) {
      const info = insert.run({ ...factsColumns(facts), confidence, now });
      return Number(info.lastInsertRowid);
    },
    addSource(incidentId: number, source: NewIncidentSource, now: string) {
      const c = source.classification;
      addSource.run(incidentId, source.articleId, toJson(pickFacts(c)), toJson(c.evidence), c.confidence, now);
    },
    updateFacts(incidentId, facts, confidence, now) {
      const row = update.get({ ...factsColumns(facts), confidence, now, id: incidentId }) as { version: number };
      return row.version;
    },
    list(query: IncidentQuery) {
      const params = {
        city: query.city ?? null,
        country: query.country ?? null,
        group: query.group ?? null,
        since: query.since ?? null,
        limit: query.limit ?? 50,
      };
      return { incidents: listPage.all(params).map(toIncident), total: countAll.get(params)?.n ?? 0 };
    },
  };
}
