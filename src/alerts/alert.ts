// Builds the platform-neutral alert for an incident; each sink renders (and escapes) it.
import type { Alert, AlertFact, AttackType, Incident } from './types.ts';

const ATTACK_LABELS: Record<AttackType, string> = {
  bombing: 'Bombing',
  suicide_attack: 'Suicide attack',
  armed_assault: 'Armed assault',
  rocket_mortar: 'Rocket attack',
  shooting: 'Shooting',
  arson_mob: 'Mob attack',
  stabbing_melee: 'Knife attack',
  other: 'Attack',
};

export function attackLabel(type: AttackType): string {
  return ATTACK_LABELS[type];
}

/** Turns alpha-2 codes into names; the caller passes the gazetteer's. */
export type CountryNamer = (code: string) => string;

function missionPhrase(incident: Incident, countryName: CountryNamer): string {
  const whose = incident.targetCountries.map(countryName).join(' and ');
  return whose ? `${whose} embassy` : 'diplomatic mission';
}

/** "Rocket attack on United States embassy in Baghdad" */
export function incidentHeadline(incident: Incident, countryName: CountryNamer): string {
  const main = incident.attackTypes[0];
  const kind = main ? ATTACK_LABELS[main] : 'Attack';
  const place = incident.city ? ` in ${incident.city}` : '';
  return `${kind} on ${missionPhrase(incident, countryName)}${place}`;
}

function casualties(n: number | null): string {
  return n === null ? 'not reported' : String(n);
}

export function incidentFacts(incident: Incident, countryName: CountryNamer): AlertFact[] {
  const groups = incident.perpetrators.length > 0 ? incident.perpetrators.join(', ') : 'none named';
  const claim = incident.claimed === true ? 'claimed' : incident.claimed === false ? 'not claimed' : 'claim unknown';
  const where = [incident.city, incident.hostCountry ? countryName(incident.hostCountry) : null]
    .filter(Boolean)
    .join(', ');
  return [
    { label: 'Where', value: where || 'unknown' },
    { label: 'Date', value: incident.date ?? 'unknown' },
    { label: 'Mission of', value: incident.targetCountries.map(countryName).join(', ') || 'unknown' },
    { label: 'Attack', value: incident.attackTypes.map((t) => ATTACK_LABELS[t]).join(', ') || 'unknown' },
    { label: 'Group', value: `${groups} (${claim})` },
    { label: 'Killed', value: casualties(incident.killed) },
    { label: 'Wounded', value: casualties(incident.wounded) },
    { label: 'Confidence', value: `${Math.round(incident.confidence * 100)}%` },
  ];
}

export function buildAlert(incident: Incident, options: { isUpdate: boolean; countryName: CountryNamer }): Alert {
  const sourceCount = incident.sources.length;
  const headline = incidentHeadline(incident, options.countryName);
  const toll =
    incident.killed !== null || incident.wounded !== null
      ? ` Killed: ${casualties(incident.killed)}, wounded: ${casualties(incident.wounded)}.`
      : '';
  const summary = `${headline}${incident.date ? ` on ${incident.date}` : ''}.${toll} ${sourceCount} source${
    sourceCount === 1 ? '' : 's'
  }.`;
  return {
    incidentId: incident.id,
    version: incident.version,
    isUpdate: options.isUpdate,
    headline,
    summary,
    facts: incidentFacts(incident, options.countryName),
    sources: incident.sources.map((s) => ({ title: s.title, url: s.url, source: s.source })),
    developing: sourceCount < 2,
    confidence: incident.confidence,
    why: incident.sources.find((s) => s.evidence.relevant)?.evidence.relevant ?? null,
  };
}
