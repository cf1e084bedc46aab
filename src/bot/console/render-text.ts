// Plain-text rendering for the terminal: alerts, incidents and subscriptions.
// Feed text can carry terminal escape sequences, so control characters are dropped.
import { attackLabel, incidentHeadline, type CountryNamer } from '../../alerts/alert.ts';
import type { Alert, Incident } from '../../alerts/types.ts';
import { incidentScope, type IncidentListResult } from '../commands.ts';

export function terminalSafe(text: string, max = 500): string {
  const clean = text.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function renderAlertText(alert: Alert): string {
  const lines = [
    `${alert.isUpdate ? 'UPDATE' : 'ALERT'} #${alert.incidentId}: ${terminalSafe(alert.headline)}${
      alert.developing ? ' (developing: 1 source)' : ''
    }`,
    ...alert.facts.map((f) => `  ${f.label}: ${terminalSafe(f.value)}`),
    '  Sources:',
    ...alert.sources.map((s) => `    - ${terminalSafe(s.title, 200)} [${terminalSafe(s.source, 60)}]${s.url ? ` ${terminalSafe(s.url, 300)}` : ''}`),
  ];
  if (alert.why) lines.push(`  Why: ${terminalSafe(alert.why, 300)}`);
  return lines.join('\n');
}

function casualty(n: number | null): string {
  return n === null ? '?' : String(n);
}

export function renderIncidentLine(incident: Incident, countryName: CountryNamer): string {
  const groups = incident.perpetrators.length
    ? ` — ${incident.perpetrators.join(', ')} (${incident.claimed === true ? 'claimed' : incident.claimed === false ? 'not claimed' : 'claim unknown'})`
    : '';
  return `#${incident.id} ${incident.date ?? 'date unknown'}  ${terminalSafe(incidentHeadline(incident, countryName))}${groups}  killed ${casualty(
    incident.killed,
  )}, wounded ${casualty(incident.wounded)}  [${incident.sources.length} source${incident.sources.length === 1 ? '' : 's'}]`;
}

export function renderIncidentList(result: IncidentListResult, countryName: CountryNamer): string {
  const { incidents, total, filters } = result;
  const scope = incidentScope(filters, countryName).map((part) => terminalSafe(part, 100)).join(', ');
  if (incidents.length === 0) {
    return `No incidents (${scope}).${filters.days !== null ? ' Try a wider window: --days 365 or --all.' : ''}`;
  }
  const lines = incidents.map((i) => renderIncidentLine(i, countryName));
  if (total > incidents.length) lines.push(`… and ${total - incidents.length} more (${scope}).`);
  return lines.join('\n');
}

export function renderIncidentDetail(incident: Incident, countryName: CountryNamer): string {
  const lines = [renderIncidentLine(incident, countryName), `  First seen ${incident.firstSeen}, updated ${incident.lastUpdated}`];
  lines.push(`  Attack types: ${incident.attackTypes.map(attackLabel).join(', ') || 'unknown'}`);
  for (const s of incident.sources) {
    lines.push(
      `  - ${terminalSafe(s.title, 200)} [${terminalSafe(s.source, 60)}] ${s.url ? terminalSafe(s.url, 300) : ''}`,
      `      killed ${casualty(s.facts.killed)}, wounded ${casualty(s.facts.wounded)}, date ${s.facts.date ?? '?'}, confidence ${Math.round(
        s.confidence * 100,
      )}%`,
    );
    for (const [field, sentence] of Object.entries(s.evidence)) {
      if (sentence) lines.push(`      ${field}: "${terminalSafe(sentence, 240)}"`);
    }
  }
  return lines.join('\n');
}
