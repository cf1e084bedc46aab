// Shared bits for the Slack tests: a small gazetteer and a neutral Alert to render.
import type { Gazetteer } from '../../../src/alerts/ports.ts';
import type { Alert } from '../../../src/alerts/types.ts';

const CITIES: Record<string, { name: string; country: string }> = {
  kabul: { name: 'Kabul', country: 'AF' },
  baghdad: { name: 'Baghdad', country: 'IQ' },
  'new york': { name: 'New York', country: 'US' },
};
const COUNTRIES: Record<string, { code: string; name: string }> = {
  iraq: { code: 'IQ', name: 'Iraq' },
  iq: { code: 'IQ', name: 'Iraq' },
  afghanistan: { code: 'AF', name: 'Afghanistan' },
  af: { code: 'AF', name: 'Afghanistan' },
  'united states': { code: 'US', name: 'United States' },
  us: { code: 'US', name: 'United States' },
  pakistan: { code: 'PK', name: 'Pakistan' },
  pk: { code: 'PK', name: 'Pakistan' },
};
const GROUPS: Record<string, string> = { isis: 'Islamic State', 'islamic state': 'Islamic State', taliban: 'Taliban' };

export const testGazetteer: Gazetteer = {
  findCity: (name) => CITIES[name.trim().toLowerCase()] ?? null,
  findCountry: (name) => COUNTRIES[name.trim().toLowerCase()] ?? null,
  findGroup: (name) => GROUPS[name.trim().toLowerCase()] ?? null,
  countryName: (code) => Object.values(COUNTRIES).find((c) => c.code === code)?.name ?? code,
};

export function sampleAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    incidentId: 7,
    version: 1,
    isUpdate: false,
    headline: 'Armed assault on Pakistan embassy in Kabul',
    summary: 'Armed assault on Pakistan embassy in Kabul on 2024-05-03. Killed: 2, wounded: not reported. 1 source.',
    facts: [
      { label: 'Where', value: 'Kabul, Afghanistan' },
      { label: 'Killed', value: '2' },
    ],
    sources: [{ title: 'Gunmen attack Pakistani embassy', url: 'https://news.example/a?x=1&y=2', source: 'Example News' }],
    developing: true,
    confidence: 0.8,
    why: 'Gunmen attacked the Pakistani embassy in Kabul on Friday.',
    ...overrides,
  };
}

export const HOSTILE = '<!channel> <@U123> <http://evil.example|click me> & *bold*';
